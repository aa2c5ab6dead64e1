package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * {@code CAST(child AS type)}. With ANSI off (Spark's legacy cast) a string that does not parse
 * gives null, numeric overflow wraps for integral targets, fractional to integral truncates toward
 * zero; with ANSI on those raise Spark's errors; in {@link EvalMode#TRY} ({@code try_cast}) they
 * give null.
 */
public final class Cast extends Expr {
  private final Expr child;
  private final DataType type;
  private final EvalMode mode;

  public Cast(Expr child, DataType type) {
    this(child, type, EvalMode.DEFAULT);
  }

  public Cast(Expr child, DataType type, EvalMode mode) {
    this.child = child;
    this.type = type;
    this.mode = mode;
  }

  public EvalMode mode() {
    return mode;
  }

  public Expr child() {
    return child;
  }

  @Override
  public DataType type() {
    return type;
  }

  /**
   * Spark's {@code Cast.nullable}: the child's nullability, or a conversion that can give null
   * from a non-null value ({@link #forceNullable}); {@code try_cast} is always nullable. It
   * matters beyond the schema: {@code x IS NULL} over a non-nullable {@code x} is folded to false
   * before anything runs (Spark's {@code NullPropagation}), so the cast is never evaluated.
   */
  @Override
  public boolean nullable() {
    return mode == EvalMode.TRY || child.nullable() || forceNullable(child.type(), type);
  }

  /** Spark 4's {@code Cast.forceNullable}: casting a non-null {@code from} may give null. */
  static boolean forceNullable(DataType from, DataType to) {
    DataType.Kind f = from.kind();
    DataType.Kind t = to.kind();
    if (f == DataType.Kind.NULL || from.equals(to)) {
      return false;
    }
    if (f == DataType.Kind.STRING) {
      return t != DataType.Kind.BINARY && t != DataType.Kind.STRING;
    }
    if (t == DataType.Kind.STRING) {
      return false;
    }
    if (f == DataType.Kind.TIMESTAMP
        && (t == DataType.Kind.TINYINT || t == DataType.Kind.SMALLINT || t == DataType.Kind.INT)) {
      return true;
    }
    if (from.isFractional() && t == DataType.Kind.TIMESTAMP) {
      return true;
    }
    if (f == DataType.Kind.TIMESTAMP && t == DataType.Kind.DATE) {
      return false;
    }
    if (t == DataType.Kind.DATE) {
      return true;
    }
    if (f == DataType.Kind.DATE && t == DataType.Kind.TIMESTAMP) {
      return false;
    }
    if (f == DataType.Kind.DATE) {
      return true;
    }
    if (t == DataType.Kind.DECIMAL && !canNullSafeCastToDecimal(from, to)) {
      return true;
    }
    return from.isFractional() && to.isIntegral(); // NaN, infinity
  }

  /** Spark's {@code Cast.canNullSafeCastToDecimal}: every value of {@code from} fits {@code to}. */
  private static boolean canNullSafeCastToDecimal(DataType from, DataType to) {
    switch (from.kind()) {
      case BOOLEAN:
        return isWiderThan(to, DataType.decimal(1, 0));
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
        return isWiderThan(to, DecimalTypes.ofIntegral(from));
      case DECIMAL:
        return to.precision() - to.scale() > from.precision() - from.scale();
      default:
        return false; // FLOAT and DOUBLE: Spark's isWiderThan is false for them
    }
  }

  private static boolean isWiderThan(DataType decimal, DataType other) {
    return decimal.precision() - decimal.scale() >= other.precision() - other.scale()
        && decimal.scale() >= other.scale();
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
    return o instanceof Cast
        && ((Cast) o).child.equals(child)
        && ((Cast) o).type.equals(type)
        && ((Cast) o).mode == mode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(child, type, mode);
  }

  @Override
  public String toString() {
    return (mode == EvalMode.TRY ? "TRY_CAST(" : "CAST(") + child + " AS " + type.sqlName() + ")";
  }
}
