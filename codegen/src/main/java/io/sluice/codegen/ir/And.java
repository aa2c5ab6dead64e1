package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;
import java.util.Objects;

/** SQL's three-valued {@code left AND right} over BOOLEAN operands. */
public final class And extends Expr {
  private final Expr left;
  private final Expr right;

  public And(Expr left, Expr right) {
    this.left = left;
    this.right = right;
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
    return left.nullable() || right.nullable();
  }

  @Override
  public List<Expr> children() {
    return List.of(left, right);
  }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) {
    return visitor.visitAnd(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof And && ((And) o).left.equals(left) && ((And) o).right.equals(right);
  }

  @Override
  public int hashCode() {
    return Objects.hash("AND", left, right);
  }

  @Override
  public String toString() {
    return "(" + left + " AND " + right + ")";
  }
}
