package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;

/** {@code NOT child}; null stays null. */
public final class Not extends Expr {
  private final Expr child;

  public Not(Expr child) {
    this.child = child;
  }

  public Expr child() {
    return child;
  }

  @Override
  public DataType type() {
    return DataType.BOOLEAN;
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
    return visitor.visitNot(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Not && ((Not) o).child.equals(child);
  }

  @Override
  public int hashCode() {
    return 31 * child.hashCode() + 2;
  }

  @Override
  public String toString() {
    return "(NOT " + child + ")";
  }
}
