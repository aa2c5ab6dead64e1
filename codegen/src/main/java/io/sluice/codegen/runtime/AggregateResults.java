package io.sluice.codegen.runtime;

import java.math.BigDecimal;

/** Final values of aggregates, shared by both kernels so that they round alike. */
public final class AggregateResults {

  private AggregateResults() {}

  /** {@code avg} of a double sum; null over no values. */
  public static Double avgDouble(double sum, long count) {
    return count == 0 ? null : sum / count;
  }

  /** Spark: the decimal sum divided by the count, rounded HALF_UP to the result type. */
  public static BigDecimal avgDecimal(BigDecimal sum, long count, int precision, int scale) {
    return count == 0 ? null : DecimalOps.divide(sum, BigDecimal.valueOf(count), precision, scale);
  }

  /** A decimal sum that no longer fits its type is null (ANSI off). */
  public static BigDecimal sumDecimal(BigDecimal sum, int precision, int scale) {
    return sum == null ? null : DecimalOps.fit(sum, precision, scale);
  }
}
