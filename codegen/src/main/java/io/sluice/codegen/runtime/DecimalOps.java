package io.sluice.codegen.runtime;

import io.sluice.codegen.errors.SqlErrors;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * DECIMAL arithmetic as Spark 4.2's {@code Decimal} does it, then rounded HALF_UP to the result
 * type: with ANSI off a result that does not fit the precision is null, so is division by zero;
 * the {@code *Exact} methods raise Spark's errors instead.
 *
 * <p>Spark's steps, and where Sluice can skip them:
 *
 * <ul>
 *   <li>{@code +} and {@code -} are exact.
 *   <li>{@code *} keeps 39 significant digits (its {@code MATH_CONTEXT} is 39 digits, rounding
 *       DOWN) and {@code /} 39 decimal places, rounding DOWN. A result type has at most 38 digits,
 *       so the first digit cut is past the result's last place and rounding HALF_UP to the result
 *       type gives what rounding the exact value gives: only the overflow message shows the cut
 *       value, so only that path computes it.
 *   <li>Unary minus of a value Spark holds as a Scala {@code BigDecimal} (every value of more
 *       than 18 digits) rounds to Scala's default {@code MathContext.DECIMAL128}: 34 digits,
 *       HALF_EVEN. Types of at most 34 digits negate exactly; wider ones take {@link
 *       #negate(BigDecimal, int, int)}.
 * </ul>
 */
public final class DecimalOps {

  /**
   * Spark's {@code Decimal./} divides to this scale (DecimalType.MAX_SCALE + 1) before the
   * quotient is rounded to the result type; its overflow errors print the quotient at this scale.
   */
  private static final int DIVISION_SCALE = 39;

  /** Spark's {@code Decimal.MATH_CONTEXT}: products keep 39 digits, quotients 39 places, DOWN. */
  private static final MathContext SPARK_CONTEXT = new MathContext(39, RoundingMode.DOWN);

  /** Scala's default {@code BigDecimal} context, which Spark's unary minus rounds to. */
  private static final MathContext SCALA_CONTEXT = MathContext.DECIMAL128;

  /** The widest DECIMAL type (Spark's DecimalType.MAX_PRECISION). */
  public static final int MAX_PRECISION = 38;

  /** Types up to this precision negate exactly: their values fit {@link #SCALA_CONTEXT}. */
  public static final int EXACT_NEGATION_PRECISION = 34;

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
    return a.divide(b, DIVISION_SCALE, RoundingMode.DOWN);
  }

  public static BigDecimal divide(BigDecimal a, BigDecimal b, int precision, int scale) {
    if (b.signum() == 0) {
      return null;
    }
    return fit(quotient(a, b), precision, scale);
  }

  public static BigDecimal remainder(BigDecimal a, BigDecimal b, int precision, int scale) {
    if (b.signum() == 0) {
      return null;
    }
    return fit(sparkRemainder(a, b), precision, scale);
  }

  /**
   * {@code a % b} as Spark's {@code Decimal.%} computes it: exact, but under its 39-digit context,
   * so an integral quotient that needs more digits fails with Java's "Division impossible"
   * ArithmeticException, which Spark does not catch. Only a quotient with 39 integer digits or
   * more can, so only those pay for the context.
   */
  private static BigDecimal sparkRemainder(BigDecimal a, BigDecimal b) {
    int quotientDigits = (a.precision() - a.scale()) - (b.precision() - b.scale());
    return quotientDigits >= SPARK_CONTEXT.getPrecision()
        ? a.remainder(b, SPARK_CONTEXT)
        : a.remainder(b);
  }

  // ANSI mode: a result that does not fit raises [NUMERIC_VALUE_OUT_OF_RANGE], zero divisors
  // [DIVIDE_BY_ZERO] / [REMAINDER_BY_ZERO]. Never null. The message shows Spark's unrounded value.

  private static BigDecimal exact(BigDecimal v, int precision, int scale) {
    BigDecimal r = fit(v, precision, scale);
    if (r == null) {
      throw SqlErrors.decimalOutOfRange(v, precision, scale);
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
    BigDecimal product = a.multiply(b);
    BigDecimal r = fit(product, precision, scale);
    if (r == null) {
      throw SqlErrors.decimalOutOfRange(product.round(SPARK_CONTEXT), precision, scale);
    }
    return r;
  }

  public static BigDecimal divideExact(BigDecimal a, BigDecimal b, int precision, int scale) {
    if (b.signum() == 0) {
      throw SqlErrors.divideByZero();
    }
    return exact(quotient(a, b), precision, scale);
  }

  public static BigDecimal remainderExact(BigDecimal a, BigDecimal b, int precision, int scale) {
    if (b.signum() == 0) {
      throw SqlErrors.remainderByZero();
    }
    return exact(sparkRemainder(a, b), precision, scale);
  }

  /** {@code -a} for a type of at most {@link #EXACT_NEGATION_PRECISION} digits. */
  public static BigDecimal negate(BigDecimal a) {
    return a.negate();
  }

  /**
   * {@code -a} of type {@code DECIMAL(precision, scale)} as Spark computes it: a value of more
   * than 34 digits is rounded HALF_EVEN to 34 (Scala's {@code BigDecimal.unary_-}) and padded
   * back to {@code scale}. When that rounding carries into one digit more than the type holds,
   * Spark raises [NUMERIC_VALUE_OUT_OF_RANGE.WITHOUT_SUGGESTION] whatever the ANSI setting.
   */
  public static BigDecimal negate(BigDecimal a, int precision, int scale) {
    if (precision <= EXACT_NEGATION_PRECISION) {
      return a.negate();
    }
    BigDecimal rounded = a.negate(SCALA_CONTEXT);
    if (rounded.scale() == scale) {
      return rounded; // nothing was rounded off
    }
    BigDecimal r = rounded.setScale(scale, RoundingMode.HALF_UP);
    if (r.precision() > precision) {
      throw SqlErrors.decimalPrecisionExceeded(r, rounded, precision, scale);
    }
    return r;
  }

}
