package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;
import java.util.Objects;

/** The value of input column {@code ordinal}. The name is for display only. */
public final class ColumnRef extends Expr {
  private final int ordinal;
  private final String name;
  private final DataType type;
  private final boolean nullable;

  public ColumnRef(int ordinal, String name, DataType type, boolean nullable) {
    this.ordinal = ordinal;
    this.name = name;
    this.type = type;
    this.nullable = nullable;
  }

  public int ordinal() {
    return ordinal;
  }

  public String name() {
    return name;
  }

  @Override
  public DataType type() {
    return type;
  }

  @Override
  public boolean nullable() {
    return nullable;
  }

  @Override
  public List<Expr> children() {
    return List.of();
  }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) {
    return visitor.visitColumnRef(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnRef
        && ((ColumnRef) o).ordinal == ordinal
        && ((ColumnRef) o).type.equals(type)
        && ((ColumnRef) o).nullable == nullable;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ordinal, type, nullable);
  }

  @Override
  public String toString() {
    return name + "#" + ordinal;
  }
}
