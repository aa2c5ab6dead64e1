package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;

/** {@code child IS NULL}, or {@code IS NOT NULL} when negated; never null. */
public final class IsNull extends Expr {
  private final Expr child;
  private final boolean negated;

  public IsNull(Expr child, boolean negated) {
    this.child = child;
    this.negated = negated;
  }

  public Expr child() {
    return child;
  }

  /** True for {@code IS NOT NULL}. */
  public boolean negated() {
    return negated;
  }

  @Override
  public DataType type() {
    return DataType.BOOLEAN;
  }

  @Override
  public boolean nullable() {
    return false;
  }

  @Override
  public List<Expr> children() {
    return List.of(child);
  }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) {
    return visitor.visitIsNull(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IsNull && ((IsNull) o).child.equals(child) && ((IsNull) o).negated == negated;
  }

  @Override
  public int hashCode() {
    return 31 * child.hashCode() + (negated ? 4 : 3);
  }

  @Override
  public String toString() {
    return "(" + child + (negated ? " IS NOT NULL)" : " IS NULL)");
  }
}
