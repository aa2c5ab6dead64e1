package io.sluice.codegen.runtime;

import io.sluice.codegen.errors.SqlErrors;
import io.sluice.columnar.types.DataType;

/**
 * Integral arithmetic with ANSI mode on: the result, or Spark's overflow error. INT and BIGINT
 * call {@code Math.*Exact}, which C2 compiles to the machine's overflow flag (an add and a
 * never-taken jump, where testing the sign bits by hand costs three more instructions per row);
 * the JDK's exception is only ever built on the overflowing row, which ends the query anyway, and
 * is turned into Spark's error there. TINYINT and SMALLINT compute in int and test the range.
 * Each method inlines into the kernel loop. Stateless.
 */
public final class ExactMath {

  private ExactMath() {}

  public static int addExact(int a, int b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw SqlErrors.overflow("try_add");
    }
  }

  public static long addExact(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw SqlErrors.overflow("try_add");
    }
  }

  public static int subtractExact(int a, int b) {
    try {
      return Math.subtractExact(a, b);
    } catch (ArithmeticException e) {
      throw SqlErrors.overflow("try_subtract");
    }
  }

  public static long subtractExact(long a, long b) {
    try {
      return Math.subtractExact(a, b);
    } catch (ArithmeticException e) {
      throw SqlErrors.overflow("try_subtract");
    }
  }

  public static int multiplyExact(int a, int b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      throw SqlErrors.overflow("try_multiply");
    }
  }

  public static long multiplyExact(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      throw SqlErrors.overflow("try_multiply");
    }
  }

  public static byte addExact(byte a, byte b) {
    return (byte) checkByte(a + b, a, "+", b, "try_add");
  }

  public static byte subtractExact(byte a, byte b) {
    return (byte) checkByte(a - b, a, "-", b, "try_subtract");
  }

  public static byte multiplyExact(byte a, byte b) {
    return (byte) checkByte(a * b, a, "*", b, "try_multiply");
  }

  public static short addExact(short a, short b) {
    return (short) checkShort(a + b, a, "+", b, "try_add");
  }

  public static short subtractExact(short a, short b) {
    return (short) checkShort(a - b, a, "-", b, "try_subtract");
  }

  public static short multiplyExact(short a, short b) {
    return (short) checkShort(a * b, a, "*", b, "try_multiply");
  }

  private static int checkByte(int r, int a, String symbol, int b, String tryFunction) {
    if (r < Byte.MIN_VALUE || r > Byte.MAX_VALUE) {
      throw SqlErrors.binaryOverflow(a, symbol, b, DataType.TINYINT, tryFunction);
    }
    return r;
  }

  private static int checkShort(int r, int a, String symbol, int b, String tryFunction) {
    if (r < Short.MIN_VALUE || r > Short.MAX_VALUE) {
      throw SqlErrors.binaryOverflow(a, symbol, b, DataType.SMALLINT, tryFunction);
    }
    return r;
  }

  public static int negateExact(int a) {
    if (a == Integer.MIN_VALUE) {
      throw SqlErrors.overflow(null);
    }
    return -a;
  }

  public static long negateExact(long a) {
    if (a == Long.MIN_VALUE) {
      throw SqlErrors.overflow(null);
    }
    return -a;
  }

  public static short negateExact(short a) {
    if (a == Short.MIN_VALUE) {
      throw SqlErrors.overflow(null);
    }
    return (short) -a;
  }

  public static byte negateExact(byte a) {
    if (a == Byte.MIN_VALUE) {
      throw SqlErrors.overflow(null);
    }
    return (byte) -a;
  }

  /** The divisor of {@code /}, checked: ANSI raises {@code [DIVIDE_BY_ZERO]}. */
  public static double divisor(double d) {
    if (d == 0) {
      throw SqlErrors.divideByZero();
    }
    return d;
  }

  /** The divisor of {@code %}, checked: ANSI raises {@code [REMAINDER_BY_ZERO]}. */
  public static double remainderDivisor(double d) {
    if (d == 0) {
      throw SqlErrors.remainderByZero();
    }
    return d;
  }

  public static long remainderDivisor(long d) {
    if (d == 0) {
      throw SqlErrors.remainderByZero();
    }
    return d;
  }
}
