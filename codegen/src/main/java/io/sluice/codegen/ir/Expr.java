package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;

/**
 * A typed, resolved, immutable scalar expression over the columns of one input batch. Built by
 * the engine's analyzer (through {@link io.sluice.codegen.ir} factories that apply Spark's type
 * coercion), evaluated by generated code and by the reference interpreter.
 *
 * <p>Equality is structural; {@link #toString()} is the readable form used by {@code explain}.
 */
public abstract class Expr {

  Expr() {}

  /** The result type. */
  public abstract DataType type();

  /** Whether the result can be null. */
  public abstract boolean nullable();

  /** Direct children, in evaluation order. */
  public abstract List<Expr> children();

  public abstract <R> R accept(ExprVisitor<R> visitor);

  @Override
  public abstract boolean equals(Object o);

  @Override
  public abstract int hashCode();
}
