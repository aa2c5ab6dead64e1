package io.sluice.plan.expr;

import java.util.List;

/**
 * A reference to a column by name, optionally qualified ({@code t.age}): the parts of a dotted
 * name, back-quotes removed. Matched case-insensitively, as Spark does by default.
 */
public final class ColumnName extends UnresolvedExpr {
  private final List<String> parts;

  public ColumnName(List<String> parts) {
    this.parts = List.copyOf(parts);
  }

  /** Parses Spark's column-name syntax: dots separate parts, back-quotes protect dots. */
  public static ColumnName parse(String name) {
    java.util.ArrayList<String> parts = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '`') {
        if (quoted && i + 1 < name.length() && name.charAt(i + 1) == '`') {
          current.append('`');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == '.' && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return new ColumnName(parts);
  }

  public List<String> parts() {
    return parts;
  }

  /** The last part: the column's own name. */
  public String name() {
    return parts.get(parts.size() - 1);
  }

  /** The qualifier (table alias), or null. */
  public String qualifier() {
    return parts.size() > 1 ? parts.get(parts.size() - 2) : null;
  }

  @Override
  public List<UnresolvedExpr> children() {
    return List.of();
  }

  @Override
  public String sql() {
    return name();
  }
}
