package io.sluice.plan.expr;

import java.util.List;

/**
 * A column of the input by its position: what {@code *} and {@code t.*} expand to once the
 * analyzer knows the columns, so that a column reachable only qualified (a USING join's
 * {@code t1.k}) needs no name lookup again.
 */
public final class ColumnOrdinal extends UnresolvedExpr {
  private final int ordinal;
  private final String name;

  public ColumnOrdinal(int ordinal, String name) {
    this.ordinal = ordinal;
    this.name = name;
  }

  /** 0-based position in the input's columns. */
  public int ordinal() {
    return ordinal;
  }

  public String name() {
    return name;
  }

  @Override
  public List<UnresolvedExpr> children() {
    return List.of();
  }

  @Override
  public String sql() {
    return name;
  }
}
