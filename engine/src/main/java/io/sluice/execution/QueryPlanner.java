package io.sluice.execution;

import io.sluice.Session;
import io.sluice.analysis.Analyzer;
import io.sluice.plan.LogicalPlan;

/** Analyzes a logical plan and plans its execution, for the session's Datasets and queries. */
public final class QueryPlanner {
  private final Session session;

  public QueryPlanner(Session session) {
    this.session = session;
  }

  /** The executable plan; analysis errors are {@link io.sluice.AnalysisException}s. */
  public PhysicalNode plan(LogicalPlan plan) {
    return new Analyzer(session.catalog(), session.kernels()).plan(plan);
  }
}
