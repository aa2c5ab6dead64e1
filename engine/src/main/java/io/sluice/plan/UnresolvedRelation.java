package io.sluice.plan;

import java.util.List;

/** A table or view named in SQL or {@code Session.table(name)}, looked up by the analyzer. */
public final class UnresolvedRelation extends LogicalPlan {
  private final List<String> nameParts;
  private final int line;
  private final int column;

  /** {@code line}/{@code column}: 1-based position in the SQL text, or 0 when not from SQL. */
  public UnresolvedRelation(List<String> nameParts, int line, int column) {
    this.nameParts = List.copyOf(nameParts);
    this.line = line;
    this.column = column;
  }

  public List<String> nameParts() {
    return nameParts;
  }

  public String name() {
    return String.join(".", nameParts);
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  @Override
  public List<LogicalPlan> children() {
    return List.of();
  }

  @Override
  public String describe() {
    return "UnresolvedRelation " + name();
  }
}
