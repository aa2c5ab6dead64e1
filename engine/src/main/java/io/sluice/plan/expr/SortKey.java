package io.sluice.plan.expr;

import java.util.List;

/** An ORDER BY key: Spark's defaults are ascending with nulls first, descending with nulls last. */
public final class SortKey extends UnresolvedExpr {
  private final UnresolvedExpr child;
  private final boolean ascending;
  private final boolean nullsFirst;

  public SortKey(UnresolvedExpr child, boolean ascending, boolean nullsFirst) {
    this.child = child;
    this.ascending = ascending;
    this.nullsFirst = nullsFirst;
  }

  public static SortKey of(UnresolvedExpr child, boolean ascending) {
    return new SortKey(child, ascending, ascending);
  }

  public UnresolvedExpr child() {
    return child;
  }

  public boolean ascending() {
    return ascending;
  }

  public boolean nullsFirst() {
    return nullsFirst;
  }

  @Override
  public List<UnresolvedExpr> children() {
    return List.of(child);
  }

  @Override
  public String sql() {
    return child.sql()
        + (ascending ? " ASC" : " DESC")
        + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
  }
}
