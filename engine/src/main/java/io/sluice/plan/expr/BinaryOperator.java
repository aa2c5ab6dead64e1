package io.sluice.plan.expr;

import java.util.List;

/** {@code left op right} for arithmetic, comparison and boolean operators. */
public final class BinaryOperator extends UnresolvedExpr {

  /** The operators, with the symbols Spark prints. */
  public enum Op {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    REMAINDER("%"),
    EQ("="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    NULL_SAFE_EQ("<=>"),
    AND("AND"),
    OR("OR");

    public final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }
  }

  private final Op op;
  private final UnresolvedExpr left;
  private final UnresolvedExpr right;

  public BinaryOperator(Op op, UnresolvedExpr left, UnresolvedExpr right) {
    this.op = op;
    this.left = left;
    this.right = right;
  }

  public Op op() {
    return op;
  }

  public UnresolvedExpr left() {
    return left;
  }

  public UnresolvedExpr right() {
    return right;
  }

  @Override
  public List<UnresolvedExpr> children() {
    return List.of(left, right);
  }

  @Override
  public String sql() {
    String symbol = op == Op.NE ? "!=" : op.symbol;
    if (op == Op.NE) {
      return "(NOT (" + left.sql() + " = " + right.sql() + "))";
    }
    return "(" + left.sql() + " " + symbol + " " + right.sql() + ")";
  }
}
