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
