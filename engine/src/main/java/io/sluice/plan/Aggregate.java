package io.sluice.plan;

import io.sluice.plan.expr.UnresolvedExpr;
import java.util.List;

/**
 * {@code SELECT outputs FROM child GROUP BY groupings [HAVING having]}. Outputs may be grouping
 * expressions, aggregates and expressions over both ({@code sum(x) + 1}); {@code having} may use
 * aggregates that are not among the outputs, as SQL allows.
 */
public final class Aggregate extends LogicalPlan {
  private final List<UnresolvedExpr> groupings;
  private final List<UnresolvedExpr> outputs;
  private final UnresolvedExpr having;
  private final LogicalPlan child;

  public Aggregate(
      List<UnresolvedExpr> groupings,
      List<UnresolvedExpr> outputs,
      UnresolvedExpr having,
      LogicalPlan child) {
    this.groupings = List.copyOf(groupings);
    this.outputs = List.copyOf(outputs);
    this.having = having;
    this.child = child;
  }

  public List<UnresolvedExpr> groupings() {
    return groupings;
  }

  public List<UnresolvedExpr> outputs() {
    return outputs;
  }

  /** The HAVING condition, or null. */
  public UnresolvedExpr having() {
    return having;
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
    return "Aggregate "
        + list(groupings)
        + ", "
        + list(outputs)
        + (having == null ? "" : ", having " + having.sql());
  }
}
