package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * {@code left op right} where both sides already have the result's type (the factories insert
 * the casts). Null if either side is null. What overflow and division by zero do depends on
 * {@link #mode()} and the kernel's ANSI setting (see {@link EvalMode}); {@code try_add} etc. are
 * this node in {@link EvalMode#TRY}.
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
  private final EvalMode mode;

  public Arithmetic(Op op, Expr left, Expr right, DataType type) {
    this(op, left, right, type, EvalMode.DEFAULT);
  }

  public Arithmetic(Op op, Expr left, Expr right, DataType type, EvalMode mode) {
    this.op = op;
    this.left = left;
    this.right = right;
    this.type = type;
    this.mode = mode;
  }

  public EvalMode mode() {
    return mode;
  }

  /** The same operation in {@code mode}. */
  public Arithmetic withMode(EvalMode mode) {
    return new Arithmetic(op, left, right, type, mode);
  }

  /** Spark's {@code try_} function for this operator, named in overflow messages. */
  public String tryFunction() {
    switch (op) {
      case ADD:
        return "try_add";
      case SUBTRACT:
        return "try_subtract";
      case MULTIPLY:
        return "try_multiply";
      case DIVIDE:
        return "try_divide";
      default:
        return "try_mod";
    }
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
        && ((Arithmetic) o).type.equals(type)
        && ((Arithmetic) o).mode == mode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(op, left, right, type, mode);
  }

  @Override
  public String toString() {
    return mode == EvalMode.TRY
        ? tryFunction() + "(" + left + ", " + right + ")"
        : "(" + left + " " + op.symbol + " " + right + ")";
  }
}
