package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * {@code child IN (v1, v2, ...)}, all of one type: true if some value equals the child; else null
 * if the child or some value is null; else false.
 */
public final class In extends Expr {
  private final Expr child;
  private final List<Expr> list;

  public In(Expr child, List<Expr> list) {
    this.child = child;
    this.list = List.copyOf(list);
  }

  public Expr child() {
    return child;
  }

  public List<Expr> list() {
    return list;
  }

  @Override
  public DataType type() {
    return DataType.BOOLEAN;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public List<Expr> children() {
    java.util.ArrayList<Expr> all = new java.util.ArrayList<>(list.size() + 1);
    all.add(child);
    all.addAll(list);
    return all;
  }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) {
    return visitor.visitIn(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof In && ((In) o).child.equals(child) && ((In) o).list.equals(list);
  }

  @Override
  public int hashCode() {
    return Objects.hash(child, list);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("(").append(child).append(" IN (");
    for (int i = 0; i < list.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(list.get(i));
    }
    return s.append("))").toString();
  }
}
