package io.sluice.plan;

import io.sluice.plan.expr.UnresolvedExpr;
import java.util.List;

/**
 * {@code left JOIN right ON condition}, {@code USING (columns)} or {@code NATURAL} (USING the
 * columns both sides have, known only once the inputs are analyzed). With USING, the output has
 * each using column once, first, as in Spark; each side's own columns stay reachable qualified
 * ({@code t1.k}, {@code t1.*}).
 */
public final class Join extends LogicalPlan {
  private final LogicalPlan left;
  private final LogicalPlan right;
  private final JoinType type;
  private final UnresolvedExpr condition;
  private final List<String> usingColumns;
  private final boolean natural;

  public Join(
      LogicalPlan left,
      LogicalPlan right,
      JoinType type,
      UnresolvedExpr condition,
      List<String> usingColumns) {
    this(left, right, type, condition, usingColumns, false);
  }

  public Join(
      LogicalPlan left,
      LogicalPlan right,
      JoinType type,
      UnresolvedExpr condition,
      List<String> usingColumns,
      boolean natural) {
    this.natural = natural;
    this.left = left;
    this.right = right;
    this.type = type;
    this.condition = condition;
    this.usingColumns = List.copyOf(usingColumns);
  }

  public LogicalPlan left() {
    return left;
  }

  public LogicalPlan right() {
    return right;
  }

  public JoinType type() {
    return type;
  }

  /** The ON condition, or null (USING, or a cross join). */
  public UnresolvedExpr condition() {
    return condition;
  }

  public List<String> usingColumns() {
    return usingColumns;
  }

  /** NATURAL JOIN: USING every column name the two sides share. */
  public boolean natural() {
    return natural;
  }

  @Override
  public List<LogicalPlan> children() {
    return List.of(left, right);
  }

  @Override
  public String describe() {
    return (natural ? "NaturalJoin " : "Join ")
        + type
        + (condition == null ? "" : ", " + condition.sql())
        + (usingColumns.isEmpty() ? "" : ", using " + usingColumns);
  }
}
