package io.sluice.plan.expr;

import java.util.List;

/** {@code *} or {@code t.*}: every column (of one relation when qualified). */
public final class Star extends UnresolvedExpr {
  private final String qualifier;

  public Star(String qualifier) {
    this.qualifier = qualifier;
  }

  /** The relation alias, or null for all columns. */
  public String qualifier() {
    return qualifier;
  }

  @Override
  public List<UnresolvedExpr> children() {
    return List.of();
  }

  @Override
  public String sql() {
    return qualifier == null ? "*" : qualifier + ".*";
  }
}
