package io.sluice.plan;

import java.util.List;

/** The relation of {@code SELECT} without {@code FROM}: one row, no columns. */
public final class OneRowRelation extends LogicalPlan {
  public static final OneRowRelation INSTANCE = new OneRowRelation();

  private OneRowRelation() {}

  @Override
  public List<LogicalPlan> children() {
    return List.of();
  }

  @Override
  public String describe() {
    return "OneRowRelation";
  }
}
