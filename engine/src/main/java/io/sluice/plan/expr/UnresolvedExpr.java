package io.sluice.plan.expr;

import java.util.List;

/**
 * An expression as the user wrote it, with column names not yet bound and types not yet known.
 * The analyzer turns it into the typed IR of {@code io.sluice.codegen.ir}. Immutable.
 */
public abstract class UnresolvedExpr {

  UnresolvedExpr() {}

  public abstract List<UnresolvedExpr> children();

  /**
   * Spark's SQL text of the expression, which is also the name of a column computed by it when
   * no alias is given: {@code (age + 1)}, {@code count(1)}, {@code upper(name)}.
   */
  public abstract String sql();

  @Override
  public String toString() {
    return sql();
  }
}
