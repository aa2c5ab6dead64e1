package io.sluice.plan;

import java.util.List;

/** {@code SELECT DISTINCT *}: one row per distinct row of the child. */
public final class Distinct extends LogicalPlan {
  private final LogicalPlan child;

  public Distinct(LogicalPlan child) {
    this.child = child;
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
    return "Distinct";
  }
}
