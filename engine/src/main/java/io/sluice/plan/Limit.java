package io.sluice.plan;

import java.util.List;

/** {@code LIMIT n}. */
public final class Limit extends LogicalPlan {
  private final int limit;
  private final LogicalPlan child;

  public Limit(int limit, LogicalPlan child) {
    if (limit < 0) {
      throw new IllegalArgumentException("LIMIT must not be negative: " + limit);
    }
    this.limit = limit;
    this.child = child;
  }

  public int limit() {
    return limit;
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
    return "Limit " + limit;
  }
}
