package io.sluice.codegen.kernel;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.Interpreter;
import io.sluice.codegen.errors.SluiceThrowable;
import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Call;
import io.sluice.codegen.ir.CaseWhen;
import io.sluice.codegen.ir.ColumnRef;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Literal;
import java.util.List;
import java.util.Set;

/**
 * Evaluates the constant parts of a kernel's expressions once, when the kernel is made, and
 * raises the first Spark error one of them gives.
 *
 * <p>Why: Spark's optimizer replaces every foldable expression by its value before the query runs
 * ({@code ConstantFolding}, top-down, with no guard), so under ANSI a constant that cannot be
 * evaluated — {@code CAST('x' AS DATE)}, {@code 1 / 0}, {@code 2147483647 + 1} — fails the query
 * even when no row reaches it: over an empty table, in a {@code CASE} branch no row takes, behind
 * a filter that keeps nothing. A kernel that evaluated it per row would answer where Spark fails.
 * Like Spark's rule, the walk is top-down: a constant subtree that evaluates is not looked into, so
 * {@code coalesce(1, 1 / 0)} and {@code CASE WHEN false THEN 1 / 0 END} do not fail; and inside a
 * {@code CASE} that is not constant nothing is raised here (Spark's {@code isConditionalBranch}).
 * Errors that are
 * not Spark's (an interpreter gap) are left to the kernel.
 *
 * <p>Stateless; the cost is one interpreted evaluation per constant subtree per kernel.
 */
final class ConstantChecks {

  /** Functions whose value is not fixed by their arguments: never folded. */
  private static final Set<String> NOT_FOLDABLE =
      Set.of(
          "current_timestamp", "now", "current_date", "localtimestamp", "current_timezone",
          "rand", "randn", "random", "uuid", "shuffle", "monotonically_increasing_id",
          "spark_partition_id", "input_file_name");

  private static final Object[] NO_ROW = new Object[0];

  private ConstantChecks() {}

  static void check(Expr filter, List<Expr> expressions, EvalOptions options) {
    if (filter != null) {
      check(filter, options);
    }
    for (Expr e : expressions) {
      check(e, options);
    }
  }

  static void checkAggregates(List<AggregateCall> aggregates, EvalOptions options) {
    for (AggregateCall a : aggregates) {
      if (a.argument() != null) {
        check(a.argument(), options);
      }
    }
  }

  private static void check(Expr e, EvalOptions options) {
    check(e, options, false);
  }

  /**
   * {@code conditional}: {@code e} is inside a conditional expression that is not itself constant
   * ({@code CASE}, and so {@code coalesce}, {@code if}, {@code nvl2}, {@code nullif}). Spark's
   * rule folds those children with {@code isConditionalBranch} set and keeps one that fails to
   * evaluate as it is, so it raises only if a row evaluates it: {@code coalesce(CAST('x y' AS
   * TIMESTAMP), ts)} behind a filter that keeps nothing answers with no rows.
   */
  private static void check(Expr e, EvalOptions options, boolean conditional) {
    if (e instanceof Literal) {
      return;
    }
    if (foldable(e)) {
      try {
        Interpreter.evaluate(e, NO_ROW, options);
        return;
      } catch (RuntimeException error) {
        if (error instanceof SluiceThrowable && !conditional) {
          throw error;
        }
        return;
      }
    }
    boolean branches = conditional || e instanceof CaseWhen;
    for (Expr child : e.children()) {
      check(child, options, branches);
    }
  }

  /**
   * The value of {@code e} when it is constant and evaluates, else null (also for a constant whose
   * evaluation fails: that is left to {@link #check}). Given to {@code NullPropagation} so that a
   * constant side of {@code AND}/{@code OR} decides it as Spark's folding does.
   */
  static Object valueIfConstant(Expr e, EvalOptions options) {
    if (e instanceof Literal || !foldable(e)) {
      return null;
    }
    try {
      return Interpreter.evaluate(e, NO_ROW, options);
    } catch (RuntimeException notFoldable) {
      return null;
    }
  }

  private static boolean foldable(Expr e) {
    if (e instanceof ColumnRef) {
      return false;
    }
    if (e instanceof Call && NOT_FOLDABLE.contains(((Call) e).function())) {
      return false;
    }
    for (Expr child : e.children()) {
      if (!foldable(child)) {
        return false;
      }
    }
    return true;
  }
}
