package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * {@code left op right} where both sides already have the result's type (the factories insert
 * the casts). Null if either side is null; integer division by zero and remainder by zero are
 * null, as in Spark with ANSI mode off.
 */
public final class Arithmetic extends Expr {

  /** The operators, with their SQL symbols. */
  public enum Op {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    REMAINDER("%");

    public final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }
  }

  private final Op op;
  private final Expr left;
  private final Expr right;
  private final DataType type;

  public Arithmetic(Op op, Expr left, Expr right, DataType type) {
    this.op = op;
    this.left = left;
    this.right = right;
    this.type = type;
  }

  public Op op() {
    return op;
  }

  public Expr left() {
    return left;
  }

  public Expr right() {
    return right;
  }

  @Override
  public DataType type() {
    return type;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public List<Expr> children() {
    return List.of(left, right);
  }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) {
    return visitor.visitArithmetic(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Arithmetic
        && ((Arithmetic) o).op == op
        && ((Arithmetic) o).left.equals(left)
        && ((Arithmetic) o).right.equals(right)
        && ((Arithmetic) o).type.equals(type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(op, left, right, type);
  }

  @Override
  public String toString() {
    return "(" + left + " " + op.symbol + " " + right + ")";
  }
}
