package io.sluice.codegen.runtime;

import io.sluice.codegen.errors.SqlErrors;
import java.math.BigDecimal;

/** Final values of aggregates, shared by both kernels so that they round and fail alike. */
public final class AggregateResults {

  private AggregateResults() {}

  /** {@code avg} of a double sum; null over no values. */
  public static Double avgDouble(double sum, long count) {
    return count == 0 ? null : sum / count;
  }

  /**
   * A decimal {@code sum} over at least one value: the sum, or when it {@code overflowed} its
   * DECIMAL(p + 10, s) buffer Spark's {@code [ARITHMETIC_OVERFLOW] Overflow in sum of decimals}
   * if {@code raise} (ANSI on, not {@code try_sum}), else null.
   */
  public static BigDecimal sumDecimal(BigDecimal sum, boolean overflowed, boolean raise) {
    if (!overflowed) {
      return sum;
    }
    if (raise) {
      throw SqlErrors.sumOfDecimalsOverflow("try_sum");
    }
    return null;
  }

  /**
   * A decimal {@code avg} over {@code count > 0} values, as Spark's Average: an overflowed sum is
   * {@code [ARITHMETIC_OVERFLOW] Overflow in sum of decimals} (hinting {@code try_avg}); else the
   * sum divided by the count (Spark's {@code Decimal./}, 39 fractional digits) rounded HALF_UP to
   * the result type, {@code [NUMERIC_VALUE_OUT_OF_RANGE]} when it needs more integer digits.
   * Without {@code raise} (ANSI off, {@code try_avg}) both are null.
   */
  public static BigDecimal avgDecimal(
      BigDecimal sum, boolean overflowed, long count, int precision, int scale, boolean raise) {
    if (overflowed) {
      if (raise) {
        throw SqlErrors.sumOfDecimalsOverflow("try_avg");
      }
      return null;
    }
    BigDecimal quotient = DecimalOps.quotient(sum, BigDecimal.valueOf(count));
    BigDecimal result = DecimalOps.fit(quotient, precision, scale);
    if (result == null && raise) {
      throw SqlErrors.decimalOutOfRange(quotient, precision, scale);
    }
    return result;
  }

  /** An integral {@code try_sum}: null once it overflowed. */
  public static Long sumLong(long sum, long count, boolean overflowed) {
    return count == 0 || overflowed ? null : (Long) sum;
  }
}
