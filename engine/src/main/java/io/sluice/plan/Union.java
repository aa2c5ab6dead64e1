package io.sluice.plan;

import java.util.List;

/** Spark's {@code union} ({@code UNION ALL}): rows of both, columns matched by position. */
public final class Union extends LogicalPlan {
  private final LogicalPlan left;
  private final LogicalPlan right;

  public Union(LogicalPlan left, LogicalPlan right) {
    this.left = left;
    this.right = right;
  }

  public LogicalPlan left() {
    return left;
  }

  public LogicalPlan right() {
    return right;
  }

  @Override
  public List<LogicalPlan> children() {
    return List.of(left, right);
  }

  @Override
  public String describe() {
    return "Union";
  }
}
