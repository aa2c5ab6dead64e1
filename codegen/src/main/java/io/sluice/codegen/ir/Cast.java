package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * {@code CAST(child AS type)} with Spark's non-ANSI semantics: a string that does not parse gives
 * null, numeric overflow wraps for integral targets, fractional to integral truncates toward zero.
 */
public final class Cast extends Expr {
  private final Expr child;
  private final DataType type;

  public Cast(Expr child, DataType type) {
    this.child = child;
    this.type = type;
  }

  public Expr child() {
    return child;
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
    return List.of(child);
  }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) {
    return visitor.visitCast(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cast && ((Cast) o).child.equals(child) && ((Cast) o).type.equals(type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(child, type);
  }

  @Override
  public String toString() {
    return "CAST(" + child + " AS " + type.sqlName() + ")";
  }
}
