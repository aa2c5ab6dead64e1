package io.sluice.plan;

import io.sluice.plan.expr.UnresolvedExpr;
import java.util.List;

/**
 * {@code left JOIN right ON condition} or {@code USING (columns)}. With USING, the output has
 * each using column once, first, as in Spark.
 */
public final class Join extends LogicalPlan {
  private final LogicalPlan left;
  private final LogicalPlan right;
  private final JoinType type;
  private final UnresolvedExpr condition;
  private final List<String> usingColumns;

  public Join(
      LogicalPlan left,
      LogicalPlan right,
      JoinType type,
      UnresolvedExpr condition,
      List<String> usingColumns) {
    this.left = left;
    this.right = right;
    this.type = type;
    this.condition = condition;
    this.usingColumns = List.copyOf(usingColumns);
  }

  public LogicalPlan left() {
    return left;
  }

  public LogicalPlan right() {
    return right;
  }

  public JoinType type() {
    return type;
  }

  /** The ON condition, or null (USING, or a cross join). */
  public UnresolvedExpr condition() {
    return condition;
  }

  public List<String> usingColumns() {
    return usingColumns;
  }

  @Override
  public List<LogicalPlan> children() {
    return List.of(left, right);
  }

  @Override
  public String describe() {
    return "Join "
        + type
        + (condition == null ? "" : ", " + condition.sql())
        + (usingColumns.isEmpty() ? "" : ", using " + usingColumns);
  }
}
