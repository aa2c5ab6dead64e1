package io.sluice.plan.expr;

import java.util.List;

/** {@code NOT x}, {@code -x}, {@code x IS NULL}, {@code x IS NOT NULL}. */
public final class UnaryOperator extends UnresolvedExpr {

  /** The operators. */
  public enum Op {
    NOT,
    NEGATE,
    /** Unary {@code +}: the value itself, for numbers only (Spark's UnaryPositive). */
    POSITIVE,
    IS_NULL,
    IS_NOT_NULL
  }

  private final Op op;
  private final UnresolvedExpr child;

  public UnaryOperator(Op op, UnresolvedExpr child) {
    this.op = op;
    this.child = child;
  }

  public Op op() {
    return op;
  }

  public UnresolvedExpr child() {
    return child;
  }

  @Override
  public List<UnresolvedExpr> children() {
    return List.of(child);
  }

  @Override
  public String sql() {
    switch (op) {
      case NOT:
        return "(NOT " + child.sql() + ")";
      case NEGATE:
        return "(- " + child.sql() + ")";
      case POSITIVE:
        return "(+ " + child.sql() + ")";
      case IS_NULL:
        return "(" + child.sql() + " IS NULL)";
      default:
        return "(" + child.sql() + " IS NOT NULL)";
    }
  }
}
