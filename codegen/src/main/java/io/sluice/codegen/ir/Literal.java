package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A constant in its internal Java form (see {@link DataType}); {@code null} is a typed null. */
public final class Literal extends Expr {
  private final Object value;
  private final DataType type;

  public Literal(Object value, DataType type) {
    this.value = value;
    this.type = type;
  }

  public static Literal nullOf(DataType type) {
    return new Literal(null, type);
  }

  public Object value() {
    return value;
  }

  @Override
  public DataType type() {
    return type;
  }

  @Override
  public boolean nullable() {
    return value == null;
  }

  @Override
  public List<Expr> children() {
    return List.of();
  }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) {
    return visitor.visitLiteral(this);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Literal)) {
      return false;
    }
    Literal that = (Literal) o;
    if (!type.equals(that.type)) {
      return false;
    }
    if (value instanceof byte[] && that.value instanceof byte[]) {
      return Arrays.equals((byte[]) value, (byte[]) that.value);
    }
    return Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value instanceof byte[] ? Arrays.hashCode((byte[]) value) : value, type);
  }

  @Override
  public String toString() {
    if (value == null) {
      return "null";
    }
    return type.kind() == DataType.Kind.STRING ? "'" + value + "'" : String.valueOf(value);
  }
}
