package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.Objects;

/**
 * One aggregate of a group-by: {@code function(argument)} over the group's rows. Not an {@link
 * Expr}: aggregates do not nest in scalar expressions inside a kernel; the planner computes them
 * in an aggregation kernel and refers to their results by column afterwards.
 *
 * <p>Result types follow Spark: {@code count} BIGINT never null; {@code sum} of integral BIGINT,
 * of FLOAT/DOUBLE DOUBLE, of DECIMAL(p,s) DECIMAL(min(38,p+10),s); {@code avg} DOUBLE, of
 * DECIMAL(p,s) DECIMAL(min(38,p+4),min(38,s+4)); {@code min}/{@code max} the argument's type.
 * Nulls are skipped; an aggregate over no non-null values is null (count: 0).
 *
 * <p>A decimal {@code sum}/{@code avg} that overflows raises Spark's {@code [ARITHMETIC_OVERFLOW]
 * Overflow in sum of decimals} with ANSI on and is null with it off; {@link EvalMode#TRY} ({@code
 * try_sum}, {@code try_avg}) makes every overflow null, an integral sum's included.
 */
public final class AggregateCall {

  /** The aggregate functions kernels implement. */
  public enum Function {
    /** {@code count(*)}: rows; argument is null. */
    COUNT_STAR,
    /** {@code count(x)}: non-null values; with distinct, distinct non-null values. */
    COUNT,
    SUM,
    AVG,
    MIN,
    MAX
  }

  private final Function function;
  private final Expr argument;
  private final boolean distinct;
  private final DataType type;
  private final EvalMode evalMode;

  public AggregateCall(Function function, Expr argument, boolean distinct, DataType type) {
    this(function, argument, distinct, type, EvalMode.DEFAULT);
  }

  public AggregateCall(
      Function function, Expr argument, boolean distinct, DataType type, EvalMode evalMode) {
    if ((function == Function.COUNT_STAR) != (argument == null)) {
      throw new IllegalArgumentException("count(*) and only count(*) has no argument");
    }
    this.function = function;
    this.argument = argument;
    this.distinct = distinct;
    this.type = type;
    this.evalMode = evalMode;
  }

  public Function function() {
    return function;
  }

  /** The argument over the input columns; null for {@code count(*)}. */
  public Expr argument() {
    return argument;
  }

  public boolean distinct() {
    return distinct;
  }

  public DataType type() {
    return type;
  }

  /** {@link EvalMode#TRY} for {@code try_sum} and {@code try_avg}: null instead of an overflow. */
  public EvalMode evalMode() {
    return evalMode;
  }

  /** Whether an overflow gives null whatever the ANSI setting ({@code try_sum}, {@code try_avg}). */
  public boolean nullOnOverflow() {
    return evalMode == EvalMode.TRY;
  }

  public boolean nullable() {
    return function != Function.COUNT_STAR && function != Function.COUNT;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AggregateCall
        && ((AggregateCall) o).function == function
        && Objects.equals(((AggregateCall) o).argument, argument)
        && ((AggregateCall) o).distinct == distinct
        && ((AggregateCall) o).type.equals(type)
        && ((AggregateCall) o).evalMode == evalMode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(function, argument, distinct, type, evalMode);
  }

  @Override
  public String toString() {
    String name = (evalMode == EvalMode.TRY ? "try_" : "")
        + (function == Function.COUNT_STAR ? "count" : function.name().toLowerCase());
    return name + "(" + (distinct ? "DISTINCT " : "") + (argument == null ? "1" : argument) + ")";
  }
}
