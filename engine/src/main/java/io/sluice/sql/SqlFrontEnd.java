package io.sluice.sql;

import io.sluice.plan.LogicalPlan;
import io.sluice.plan.expr.UnresolvedExpr;

/** SQL text to unresolved logical plans, through Calcite's parser. */
public final class SqlFrontEnd {

  private SqlFrontEnd() {}

  /** Parses one query ({@code SELECT ...}). */
  public static LogicalPlan parseQuery(String sql) {
    throw new UnsupportedOperationException("SQL front end not integrated yet");
  }

  /** Parses one expression, as {@code expr()}, {@code selectExpr()} and {@code filter(String)} take it. */
  public static UnresolvedExpr parseExpression(String expression) {
    throw new UnsupportedOperationException("SQL front end not integrated yet");
  }
}
