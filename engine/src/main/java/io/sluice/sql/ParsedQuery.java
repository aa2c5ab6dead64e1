package io.sluice.sql;

import io.sluice.plan.LogicalPlan;
import java.util.List;

/**
 * A parsed query and the CTE definitions it never references, which Spark analyzes all the same
 * ({@code WITH t AS (SELECT 1 FROM missing) SELECT 2} fails with TABLE_OR_VIEW_NOT_FOUND).
 */
public final class ParsedQuery {
  private final LogicalPlan plan;
  private final List<LogicalPlan> unusedCtes;

  ParsedQuery(LogicalPlan plan, List<LogicalPlan> unusedCtes) {
    this.plan = plan;
    this.unusedCtes = List.copyOf(unusedCtes);
  }

  public LogicalPlan plan() {
    return plan;
  }

  /** The unreferenced CTE definitions, to analyze (not run). */
  public List<LogicalPlan> unusedCtes() {
    return unusedCtes;
  }
}
