package io.sluice.plan;

import io.sluice.plan.expr.UnresolvedExpr;
import java.util.List;

/** {@code SELECT list FROM child}. */
public final class Project extends LogicalPlan {
  private final List<UnresolvedExpr> list;
  private final LogicalPlan child;

  public Project(List<UnresolvedExpr> list, LogicalPlan child) {
    this.list = List.copyOf(list);
    this.child = child;
  }

  public List<UnresolvedExpr> list() {
    return list;
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
    return "Project " + list(list);
  }
}
