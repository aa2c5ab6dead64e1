package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;

/** {@code -child}, of the child's numeric type. */
public final class Negate extends Expr {
  private final Expr child;

  public Negate(Expr child) {
    this.child = child;
  }

  public Expr child() {
    return child;
  }

  @Override
  public DataType type() {
    return child.type();
  }

  @Override
  public boolean nullable() {
    return child.nullable();
  }

  @Override
  public List<Expr> children() {
    return List.of(child);
  }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) {
    return visitor.visitNegate(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Negate && ((Negate) o).child.equals(child);
  }

  @Override
  public int hashCode() {
    return 31 * child.hashCode() + 1;
  }

  @Override
  public String toString() {
    return "(- " + child + ")";
  }
}
