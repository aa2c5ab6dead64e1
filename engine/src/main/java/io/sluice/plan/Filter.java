package io.sluice.plan;

import io.sluice.plan.expr.UnresolvedExpr;
import java.util.List;

/** {@code WHERE condition}. */
public final class Filter extends LogicalPlan {
  private final UnresolvedExpr condition;
  private final LogicalPlan child;

  public Filter(UnresolvedExpr condition, LogicalPlan child) {
    this.condition = condition;
    this.child = child;
  }

  public UnresolvedExpr condition() {
    return condition;
  }

  public LogicalPlan child() {
    return child;
  }

  @Override
  public List<LogicalPlan> children() {
    return List.of(child);
  }

  @Override
  public String describe() {
    return "Filter " + condition.sql();
  }
}
