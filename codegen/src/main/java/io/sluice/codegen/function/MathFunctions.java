package io.sluice.codegen.function;

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

  public static BigDecimal abs(BigDecimal v) {
    return v.abs();
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

  public static long round(long v, int scale) {
    return scale >= 0 ? v : BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP).longValue();
  }

  public static long bround(long v, int scale) {
    return scale >= 0 ? v : BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN).longValue();
  }

  public static BigDecimal round(BigDecimal v, int scale) {
    return v.setScale(scale, RoundingMode.HALF_UP);
  }

  public static BigDecimal bround(BigDecimal v, int scale) {
    return v.setScale(scale, RoundingMode.HALF_EVEN);
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

  public static double exp(double v) {
    return Math.exp(v);
  }

  /** Spark's logarithms are null for arguments at or below zero. */
  public static Double ln(double v) {
    return v <= 0 ? null : Math.log(v);
  }

  public static Double log10(double v) {
    return v <= 0 ? null : Math.log10(v);
  }

  public static Double log2(double v) {
    return v <= 0 ? null : Math.log(v) / Math.log(2);
  }

  public static Double log(double base, double v) {
    return base <= 0 || v <= 0 ? null : Math.log(v) / Math.log(base);
  }

  public static double pow(double a, double b) {
    return Math.pow(a, b);
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

  public static double signum(double v) {
    return Math.signum(v);
  }

  public static boolean isnan(double v) {
    return Double.isNaN(v);
  }
}
