package io.sluice.plan.expr;

import java.util.List;

/**
 * {@code ORDER BY 2} over a select list with a star: the output column at a 1-based position,
 * which only the analyzer can count.
 */
public final class SelectPosition extends UnresolvedExpr {
  private final int position;

  public SelectPosition(int position) {
    this.position = position;
  }

  /** 1-based. */
  public int position() {
    return position;
  }

  @Override
  public List<UnresolvedExpr> children() {
    return List.of();
  }

  @Override
  public String sql() {
    return Integer.toString(position);
  }
}
