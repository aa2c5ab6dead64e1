package io.sluice.codegen.function;

import io.sluice.codegen.runtime.DecimalOps;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Spark's math functions over non-null arguments. Methods returning a boxed type may return null. */
public final class MathFunctions {

  private MathFunctions() {}

  public static byte abs(byte v) {
    return (byte) Math.abs(v);
  }

  public static short abs(short v) {
    return (short) Math.abs(v);
  }

  public static int abs(int v) {
    return Math.abs(v);
  }

  public static long abs(long v) {
    return Math.abs(v);
  }

  // ANSI mode: abs of the minimum value overflows ([ARITHMETIC_OVERFLOW]), as in Spark.

  public static byte absExact(byte v) {
    return v < 0 ? io.sluice.codegen.runtime.ExactMath.negateExact(v) : v;
  }

  public static short absExact(short v) {
    return v < 0 ? io.sluice.codegen.runtime.ExactMath.negateExact(v) : v;
  }

  public static int absExact(int v) {
    return v < 0 ? io.sluice.codegen.runtime.ExactMath.negateExact(v) : v;
  }

  public static long absExact(long v) {
    return v < 0 ? io.sluice.codegen.runtime.ExactMath.negateExact(v) : v;
  }

  public static float abs(float v) {
    return Math.abs(v);
  }

  public static double abs(double v) {
    return Math.abs(v);
  }

  /**
   * Spark negates a negative decimal, which rounds a value of more than 34 digits (see {@link
   * DecimalOps#negate(BigDecimal, int, int)}). The call does not see the type, so a rounding
   * that carries past the value's digits is only an error at 38 digits, the widest type.
   */
  public static BigDecimal abs(BigDecimal v) {
    return v.signum() >= 0 ? v : DecimalOps.negate(v, DecimalOps.MAX_PRECISION, v.scale());
  }

  /** HALF_UP to {@code scale} digits (negative: tens, hundreds, ...), as Spark's round. */
  public static double round(double v, int scale) {
    return roundDouble(v, scale, RoundingMode.HALF_UP);
  }

  /** HALF_EVEN, as Spark's bround. */
  public static double bround(double v, int scale) {
    return roundDouble(v, scale, RoundingMode.HALF_EVEN);
  }

  private static double roundDouble(double v, int scale, RoundingMode mode) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return v;
    }
    return BigDecimal.valueOf(v).setScale(scale, mode).doubleValue();
  }

  // Integral round/bround keep the argument's type. A negative scale can carry past the type's
  // range: with ANSI off the result wraps (Spark's toByte/toShort/toInt/toLong); with it on
  // ({@code ...Exact}) it raises [ARITHMETIC_OVERFLOW] "Overflow", as Spark's RoundBase.

  public static byte round(byte v, int scale) {
    return (byte) roundIntegral(v, scale, RoundingMode.HALF_UP);
  }

  public static short round(short v, int scale) {
    return (short) roundIntegral(v, scale, RoundingMode.HALF_UP);
  }

  public static int round(int v, int scale) {
    return (int) roundIntegral(v, scale, RoundingMode.HALF_UP);
  }

  public static long round(long v, int scale) {
    return roundIntegral(v, scale, RoundingMode.HALF_UP);
  }

  public static byte bround(byte v, int scale) {
    return (byte) roundIntegral(v, scale, RoundingMode.HALF_EVEN);
  }

  public static short bround(short v, int scale) {
    return (short) roundIntegral(v, scale, RoundingMode.HALF_EVEN);
  }

  public static int bround(int v, int scale) {
    return (int) roundIntegral(v, scale, RoundingMode.HALF_EVEN);
  }

  public static long bround(long v, int scale) {
    return roundIntegral(v, scale, RoundingMode.HALF_EVEN);
  }

  public static byte roundExact(byte v, int scale) {
    return (byte) roundIntegralExact(v, scale, RoundingMode.HALF_UP, Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  public static short roundExact(short v, int scale) {
    return (short) roundIntegralExact(v, scale, RoundingMode.HALF_UP, Short.MIN_VALUE, Short.MAX_VALUE);
  }

  public static int roundExact(int v, int scale) {
    return (int) roundIntegralExact(v, scale, RoundingMode.HALF_UP, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  public static long roundExact(long v, int scale) {
    return roundIntegralExact(v, scale, RoundingMode.HALF_UP, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  public static byte broundExact(byte v, int scale) {
    return (byte) roundIntegralExact(v, scale, RoundingMode.HALF_EVEN, Byte.MIN_VALUE, Byte.MAX_VALUE);
  }

  public static short broundExact(short v, int scale) {
    return (short) roundIntegralExact(v, scale, RoundingMode.HALF_EVEN, Short.MIN_VALUE, Short.MAX_VALUE);
  }

  public static int broundExact(int v, int scale) {
    return (int) roundIntegralExact(v, scale, RoundingMode.HALF_EVEN, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  public static long broundExact(long v, int scale) {
    return roundIntegralExact(v, scale, RoundingMode.HALF_EVEN, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /**
   * Every long is below half of 10^20 in magnitude, so rounding to 20 or more integer digits gives
   * 0; BigDecimal cannot even form 10^-scale for a scale near Integer.MIN_VALUE.
   */
  private static final int ROUNDS_TO_ZERO_BELOW = -19;

  private static long roundIntegral(long v, int scale, RoundingMode mode) {
    if (scale >= 0) {
      return v;
    }
    return scale < ROUNDS_TO_ZERO_BELOW ? 0 : BigDecimal.valueOf(v).setScale(scale, mode).longValue();
  }

  private static long roundIntegralExact(long v, int scale, RoundingMode mode, long min, long max) {
    if (scale >= 0) {
      return v;
    }
    if (scale < ROUNDS_TO_ZERO_BELOW) {
      return 0;
    }
    BigDecimal r = BigDecimal.valueOf(v).setScale(scale, mode);
    if (r.compareTo(BigDecimal.valueOf(min)) < 0 || r.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw io.sluice.codegen.errors.SqlErrors.overflowWithMessage("Overflow");
    }
    return r.longValue();
  }

  /** A negative {@code scale} rounds to tens, hundreds, ...; the result then has scale 0. */
  public static BigDecimal round(BigDecimal v, int scale) {
    BigDecimal r = v.setScale(scale, RoundingMode.HALF_UP);
    return scale < 0 ? r.setScale(0) : r;
  }

  public static BigDecimal bround(BigDecimal v, int scale) {
    BigDecimal r = v.setScale(scale, RoundingMode.HALF_EVEN);
    return scale < 0 ? r.setScale(0) : r;
  }

  public static long floor(double v) {
    return (long) Math.floor(v);
  }

  public static long ceil(double v) {
    return (long) Math.ceil(v);
  }

  public static BigDecimal floor(BigDecimal v) {
    return v.setScale(0, RoundingMode.FLOOR);
  }

  public static BigDecimal ceil(BigDecimal v) {
    return v.setScale(0, RoundingMode.CEILING);
  }

  public static double sqrt(double v) {
    return Math.sqrt(v);
  }

  // exp, the logarithms and pow go through StrictMath, as Spark's Exp, Log*, Logarithm and Pow
  // do: Math's intrinsics may differ in the last bit (exp(1.0) is 2.7182818284590455 in Spark).

  public static double exp(double v) {
    return StrictMath.exp(v);
  }

  /** Spark's logarithms are null for arguments at or below zero. */
  public static Double ln(double v) {
    return v <= 0 ? null : StrictMath.log(v);
  }

  public static Double log10(double v) {
    return v <= 0 ? null : StrictMath.log10(v);
  }

  public static Double log2(double v) {
    return v <= 0 ? null : StrictMath.log(v) / StrictMath.log(2);
  }

  public static Double log(double base, double v) {
    return base <= 0 || v <= 0 ? null : StrictMath.log(v) / StrictMath.log(base);
  }

  public static double pow(double a, double b) {
    return StrictMath.pow(a, b);
  }

  /** Positive modulus; null when {@code b} is 0. */
  public static Long pmod(long a, long b) {
    if (b == 0) {
      return null;
    }
    long r = a % b;
    return r < 0 ? (r + b) % b : r;
  }

  /** ANSI mode: {@code pmod(x, 0)} raises [REMAINDER_BY_ZERO], as in Spark. */
  public static long pmodExact(long a, long b) {
    long r = a % io.sluice.codegen.runtime.ExactMath.remainderDivisor(b);
    return r < 0 ? (r + b) % b : r;
  }

  public static double pmodExact(double a, double b) {
    double r = a % io.sluice.codegen.runtime.ExactMath.remainderDivisor(b);
    return r < 0 ? (r + b) % b : r;
  }

  public static Double pmod(double a, double b) {
    if (b == 0) {
      return null;
    }
    double r = a % b;
    return r < 0 ? (r + b) % b : r;
  }

  /**
   * Decimal positive modulus, as Spark's {@code Pmod}: {@code a % n}, plus {@code n} when
   * negative. Exact: the result has the larger of the two scales and fits the result type
   * (DECIMAL(min(p1-s1, p2-s2) + max(s1, s2), max(s1, s2))). Null when {@code n} is 0.
   */
  public static BigDecimal pmod(BigDecimal a, BigDecimal n) {
    return n.signum() == 0 ? null : decimalPmod(a, n);
  }

  /** ANSI mode: {@code pmod(x, 0)} raises [REMAINDER_BY_ZERO]. */
  public static BigDecimal pmodExact(BigDecimal a, BigDecimal n) {
    if (n.signum() == 0) {
      throw io.sluice.codegen.errors.SqlErrors.remainderByZero();
    }
    return decimalPmod(a, n);
  }

  private static BigDecimal decimalPmod(BigDecimal a, BigDecimal n) {
    BigDecimal r = a.remainder(n);
    if (r.signum() < 0) {
      r = r.add(n).remainder(n);
    }
    return r.setScale(Math.max(a.scale(), n.scale()), RoundingMode.UNNECESSARY);
  }

  public static double signum(double v) {
    return Math.signum(v);
  }

  /** Spark's IsNaN is not null-propagating: {@code isnan(NULL)} is false. */
  public static boolean isnan(Double v) {
    return v != null && v.isNaN();
  }

  /** Spark's {@code bit_count}: the one bits of the value sign-extended to 64 bits. */
  public static int bitCount(long v) {
    return Long.bitCount(v);
  }

  public static int bitCount(boolean v) {
    return v ? 1 : 0;
  }
}
