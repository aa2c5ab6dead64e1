package io.sluice.plan;

import io.sluice.plan.expr.SortKey;
import java.util.List;

/** {@code ORDER BY keys}. */
public final class Sort extends LogicalPlan {
  private final List<SortKey> keys;
  private final LogicalPlan child;

  public Sort(List<SortKey> keys, LogicalPlan child) {
    this.keys = List.copyOf(keys);
    this.child = child;
  }

  public List<SortKey> keys() {
    return keys;
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
    return "Sort " + list(keys);
  }
}
