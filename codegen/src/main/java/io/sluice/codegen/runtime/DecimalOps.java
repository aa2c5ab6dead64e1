package io.sluice.codegen.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * DECIMAL arithmetic as Spark does it with ANSI off: exact, then rounded HALF_UP to the result
 * type; a result that does not fit the precision is null, so is division by zero.
 */
public final class DecimalOps {

  /**
   * Spark's {@code Decimal./} divides to this scale (DecimalType.MAX_SCALE + 1) before the
   * quotient is rounded to the result type; its overflow errors print the quotient at this scale.
   */
  private static final int DIVISION_SCALE = 39;

  private DecimalOps() {}

  /** {@code v} rounded HALF_UP to {@code scale}, or null when it needs more than {@code precision} digits. */
  public static BigDecimal fit(BigDecimal v, int precision, int scale) {
    BigDecimal r = v.scale() == scale ? v : v.setScale(scale, RoundingMode.HALF_UP);
    return r.precision() - r.scale() > precision - scale && r.signum() != 0 ? null : r;
  }

  public static BigDecimal add(BigDecimal a, BigDecimal b, int precision, int scale) {
    return fit(a.add(b), precision, scale);
  }

  public static BigDecimal subtract(BigDecimal a, BigDecimal b, int precision, int scale) {
    return fit(a.subtract(b), precision, scale);
  }

  public static BigDecimal multiply(BigDecimal a, BigDecimal b, int precision, int scale) {
    return fit(a.multiply(b), precision, scale);
  }

  /** {@code a / b} as Spark's {@code Decimal./} computes it, before rounding; {@code b != 0}. */
  public static BigDecimal quotient(BigDecimal a, BigDecimal b) {
    return a.divide(b, DIVISION_SCALE, RoundingMode.HALF_UP);
  }

  public static BigDecimal divide(BigDecimal a, BigDecimal b, int precision, int scale) {
    if (b.signum() == 0) {
      return null;
    }
    return fit(a.divide(b, DIVISION_SCALE, RoundingMode.HALF_UP), precision, scale);
  }

  public static BigDecimal remainder(BigDecimal a, BigDecimal b, int precision, int scale) {
    if (b.signum() == 0) {
      return null;
    }
    return fit(a.remainder(b), precision, scale);
  }

  // ANSI mode: a result that does not fit raises [NUMERIC_VALUE_OUT_OF_RANGE], zero divisors
  // [DIVIDE_BY_ZERO] / [REMAINDER_BY_ZERO]. Never null.

  private static BigDecimal exact(BigDecimal v, int precision, int scale) {
    BigDecimal r = fit(v, precision, scale);
    if (r == null) {
      throw io.sluice.codegen.errors.SqlErrors.decimalOutOfRange(
          v.setScale(scale, RoundingMode.HALF_UP), precision, scale);
    }
    return r;
  }

  public static BigDecimal addExact(BigDecimal a, BigDecimal b, int precision, int scale) {
    return exact(a.add(b), precision, scale);
  }

  public static BigDecimal subtractExact(BigDecimal a, BigDecimal b, int precision, int scale) {
    return exact(a.subtract(b), precision, scale);
  }

  public static BigDecimal multiplyExact(BigDecimal a, BigDecimal b, int precision, int scale) {
    return exact(a.multiply(b), precision, scale);
  }

  public static BigDecimal divideExact(BigDecimal a, BigDecimal b, int precision, int scale) {
    if (b.signum() == 0) {
      throw io.sluice.codegen.errors.SqlErrors.divideByZero();
    }
    return exact(a.divide(b, DIVISION_SCALE, RoundingMode.HALF_UP), precision, scale);
  }

  public static BigDecimal remainderExact(BigDecimal a, BigDecimal b, int precision, int scale) {
    if (b.signum() == 0) {
      throw io.sluice.codegen.errors.SqlErrors.remainderByZero();
    }
    return exact(a.remainder(b), precision, scale);
  }

  public static BigDecimal negate(BigDecimal a) {
    return a.negate();
  }
}
