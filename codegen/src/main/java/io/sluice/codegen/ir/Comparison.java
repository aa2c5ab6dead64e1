package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * {@code left op right} over two operands of the same type, BOOLEAN. Null if either side is null,
 * except {@link Op#NULL_SAFE_EQ} ({@code <=>}) which is never null. Strings compare by UTF-8
 * bytes, doubles with NaN greatest and equal to itself, as in Spark.
 */
public final class Comparison extends Expr {

  /** The operators, with their SQL symbols. */
  public enum Op {
    EQ("="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    NULL_SAFE_EQ("<=>");

    public final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }
  }

  private final Op op;
  private final Expr left;
  private final Expr right;

  public Comparison(Op op, Expr left, Expr right) {
    this.op = op;
    this.left = left;
    this.right = right;
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
    return DataType.BOOLEAN;
  }

  @Override
  public boolean nullable() {
    return op != Op.NULL_SAFE_EQ && (left.nullable() || right.nullable());
  }

  @Override
  public List<Expr> children() {
    return List.of(left, right);
  }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) {
    return visitor.visitComparison(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Comparison
        && ((Comparison) o).op == op
        && ((Comparison) o).left.equals(left)
        && ((Comparison) o).right.equals(right);
  }

  @Override
  public int hashCode() {
    return Objects.hash(op, left, right);
  }

  @Override
  public String toString() {
    return "(" + left + " " + op.symbol + " " + right + ")";
  }
}
