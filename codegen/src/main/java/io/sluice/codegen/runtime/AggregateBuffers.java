package io.sluice.codegen.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * Updates of off-heap aggregate buffers (shapes in {@code GroupLayout.AggregateSlot}), called by
 * generated code with the buffer's address and by merges. Decimal sums are 128-bit two's
 * complement integers at the argument's scale, so adding one never allocates.
 */
public final class AggregateBuffers {

  private AggregateBuffers() {}

  /** Marks the group whose record starts at {@code record} as changed since the last clear. */
  public static void markUpdated(long record) {
    MemoryUtil.putByte(record + io.sluice.codegen.hash.GroupTableDescriptor.UPDATED_OFFSET, (byte) 1);
  }

  public static void count(long a) {
    MemoryUtil.putLong(a, MemoryUtil.getLong(a) + 1);
  }

  public static void addCount(long a, long n) {
    MemoryUtil.putLong(a, MemoryUtil.getLong(a) + n);
  }

  /** Integral sum: wraps on overflow as Spark with ANSI off. */
  public static void sumLong(long a, long v) {
    MemoryUtil.putLong(a, MemoryUtil.getLong(a) + v);
    MemoryUtil.putLong(a + 8, MemoryUtil.getLong(a + 8) + 1);
  }

  /** Integral sum with ANSI on: {@code [ARITHMETIC_OVERFLOW]} instead of wrapping, as Spark's {@code sum}. */
  public static void sumLongExact(long a, long v) {
    MemoryUtil.putLong(a, ExactMath.addExact(MemoryUtil.getLong(a), v));
    MemoryUtil.putLong(a + 8, MemoryUtil.getLong(a + 8) + 1);
  }

  public static void sumDouble(long a, double v) {
    double s = Double.longBitsToDouble(MemoryUtil.getLong(a)) + v;
    MemoryUtil.putLong(a, Double.doubleToRawLongBits(s));
    MemoryUtil.putLong(a + 8, MemoryUtil.getLong(a + 8) + 1);
  }

  // ---------------------------------------------------------------- decimal sums
  //
  // A SUM_DECIMAL slot is {long low, long high, long count, long wraps}: the sum as a 128-bit
  // two's complement integer at the argument's scale, the values added, and how many times the
  // 128-bit sum wrapped past +-2^127 (the exact sum is the 128 bits + wraps * 2^128), or
  // OVERFLOWED once the sum is lost, as Spark's buffer turns null.
  //
  // Spark adds decimals in its buffer without a check (DecimalAddNoOverflowCheck) and checks the
  // total where the buffer is stored in a row: a grouped aggregation's hash map row after every
  // update and merge, a partial aggregate when it leaves its task, streaming state after every
  // micro-batch, the result at the end. A global aggregation keeps its buffer in variables, so a
  // total beyond the precision that comes back in range ([max, max, -max]) is fine there. Callers
  // pass the buffer's precision where Spark checks and UNCHECKED where it does not.

  /** The {@code wraps} word of a decimal sum that has overflowed: Spark's null sum buffer. */
  public static final long OVERFLOWED = Long.MIN_VALUE;

  /** The precision argument that adds without checking the total (a global aggregation). */
  public static final int UNCHECKED = 0;

  /** 10^p as 128-bit two's complement {low, high}, p in [0, 38]. */
  private static final long[] POW10_LOW = new long[39];
  private static final long[] POW10_HIGH = new long[39];

  static {
    for (int p = 0; p < POW10_LOW.length; p++) {
      BigInteger v = BigInteger.TEN.pow(p);
      POW10_LOW[p] = v.longValue();
      POW10_HIGH[p] = v.shiftRight(64).longValue();
    }
  }

  /** Adds {@code v} (rescaled HALF_UP to {@code scale}) to the decimal sum at {@code a}. */
  public static void sumDecimal(long a, BigDecimal v, int scale, int checkPrecision) {
    BigInteger u = (v.scale() == scale ? v : v.setScale(scale, RoundingMode.HALF_UP)).unscaledValue();
    long lo = u.longValue();
    long hi = u.bitLength() < 64 ? lo >> 63 : u.shiftRight(64).longValue();
    addDecimal(a, lo, hi, checkPrecision);
    MemoryUtil.putLong(a + 16, MemoryUtil.getLong(a + 16) + 1);
  }

  /** Adds the 128-bit decimal at {@code value} (an Arrow decimal of the same scale). */
  public static void sumDecimal128(long a, long value, int checkPrecision) {
    addDecimal(a, MemoryUtil.getLong(value), MemoryUtil.getLong(value + 8), checkPrecision);
    MemoryUtil.putLong(a + 16, MemoryUtil.getLong(a + 16) + 1);
  }

  /**
   * Folds the decimal sum slot {@code src} (a partial aggregate, checked at {@code
   * bufferPrecision} as Spark checks a partial leaving its task) into {@code dst}, whose total is
   * then checked at {@code checkPrecision} (or not: {@link #UNCHECKED}).
   */
  public static void mergeDecimal(long dst, long src, int bufferPrecision, int checkPrecision) {
    long count = MemoryUtil.getLong(src + 16);
    if (count == 0) {
      return;
    }
    MemoryUtil.putLong(dst + 16, MemoryUtil.getLong(dst + 16) + count);
    if (!decimalFits(src, bufferPrecision)) {
      MemoryUtil.putLong(dst + 24, OVERFLOWED);
      return;
    }
    addDecimal(dst, MemoryUtil.getLong(src), MemoryUtil.getLong(src + 8), checkPrecision);
  }

  /**
   * Whether the decimal sum at {@code a} has not overflowed and needs at most {@code precision}
   * digits.
   */
  public static boolean decimalFits(long a, int precision) {
    return MemoryUtil.getLong(a + 24) == 0
        && fits128(MemoryUtil.getLong(a), MemoryUtil.getLong(a + 8), precision);
  }

  /** Marks the decimal sum at {@code a} as overflowed unless it fits {@code precision} digits. */
  public static boolean sealDecimal(long a, int precision) {
    if (decimalFits(a, precision)) {
      return true;
    }
    MemoryUtil.putLong(a + 24, OVERFLOWED);
    return false;
  }

  private static void addDecimal(long a, long lo, long hi, int checkPrecision) {
    long wraps = MemoryUtil.getLong(a + 24);
    if (wraps == OVERFLOWED) {
      return;
    }
    long oldLo = MemoryUtil.getLong(a);
    long oldHi = MemoryUtil.getLong(a + 8);
    long newLo = oldLo + lo;
    long newHi = oldHi + hi + (Long.compareUnsigned(newLo, oldLo) < 0 ? 1 : 0);
    if (((oldHi ^ newHi) & (hi ^ newHi)) < 0) {
      // Both operands had one sign and the 128-bit result has the other: it wrapped.
      wraps += oldHi < 0 ? -1 : 1;
    }
    MemoryUtil.putLong(a, newLo);
    MemoryUtil.putLong(a + 8, newHi);
    if (checkPrecision != UNCHECKED && (wraps != 0 || !fits128(newLo, newHi, checkPrecision))) {
      wraps = OVERFLOWED;
    }
    MemoryUtil.putLong(a + 24, wraps);
  }

  /** Whether -10^p < {high, low} < 10^p. */
  static boolean fits128(long lo, long hi, int precision) {
    long boundLo = POW10_LOW[precision];
    long boundHi = POW10_HIGH[precision];
    if (hi >= 0) {
      return hi < boundHi || (hi == boundHi && Long.compareUnsigned(lo, boundLo) < 0);
    }
    // -10^p as {low, high}: two's complement negation of the bound.
    long negLo = -boundLo;
    long negHi = ~boundHi + (boundLo == 0 ? 1 : 0);
    return hi > negHi || (hi == negHi && Long.compareUnsigned(lo, negLo) > 0);
  }

  // ---------------------------------------------------------------- integral try_sum
  //
  // try_sum of an integral column is null once the long sum overflows, whatever the ANSI setting
  // (Spark's Add in EvalMode.TRY gives null, and the null sticks). The SUM_LONG slot's count
  // becomes LONG_OVERFLOWED.

  /** The count word of a SUM_LONG slot whose try_sum overflowed. */
  public static final long LONG_OVERFLOWED = -1;

  public static void sumLongTry(long a, long v) {
    long count = MemoryUtil.getLong(a + 8);
    if (count == LONG_OVERFLOWED) {
      return;
    }
    long s = MemoryUtil.getLong(a);
    long r = s + v;
    if (((s ^ r) & (v ^ r)) < 0) {
      MemoryUtil.putLong(a + 8, LONG_OVERFLOWED);
      return;
    }
    MemoryUtil.putLong(a, r);
    MemoryUtil.putLong(a + 8, count + 1);
  }

  /** Merge of two try_sum SUM_LONG slots. */
  public static void mergeLongTry(long dst, long src) {
    long srcCount = MemoryUtil.getLong(src + 8);
    long dstCount = MemoryUtil.getLong(dst + 8);
    if (srcCount == 0 || dstCount == LONG_OVERFLOWED) {
      return;
    }
    if (srcCount == LONG_OVERFLOWED) {
      MemoryUtil.putLong(dst + 8, LONG_OVERFLOWED);
      return;
    }
    long s = MemoryUtil.getLong(dst);
    long v = MemoryUtil.getLong(src);
    long r = s + v;
    if (((s ^ r) & (v ^ r)) < 0) {
      MemoryUtil.putLong(dst + 8, LONG_OVERFLOWED);
      return;
    }
    MemoryUtil.putLong(dst, r);
    MemoryUtil.putLong(dst + 8, dstCount + srcCount);
  }

  public static BigDecimal decimal(long a, int scale) {
    return ArrowMemory.decimal128(MemoryUtil.getLong(a), MemoryUtil.getLong(a + 8), scale);
  }

  public static void minLong(long a, long v) {
    if (MemoryUtil.getLong(a + 8) == 0 || v < MemoryUtil.getLong(a)) {
      MemoryUtil.putLong(a, v);
      MemoryUtil.putLong(a + 8, 1);
    }
  }

  public static void maxLong(long a, long v) {
    if (MemoryUtil.getLong(a + 8) == 0 || v > MemoryUtil.getLong(a)) {
      MemoryUtil.putLong(a, v);
      MemoryUtil.putLong(a + 8, 1);
    }
  }

  /** Spark's order: NaN above everything. Floats are held as doubles (exact). */
  public static void minDouble(long a, double v) {
    if (MemoryUtil.getLong(a + 8) == 0
        || Orderings.compare(v, Double.longBitsToDouble(MemoryUtil.getLong(a))) < 0) {
      MemoryUtil.putLong(a, Double.doubleToRawLongBits(v));
      MemoryUtil.putLong(a + 8, 1);
    }
  }

  public static void maxDouble(long a, double v) {
    if (MemoryUtil.getLong(a + 8) == 0
        || Orderings.compare(v, Double.longBitsToDouble(MemoryUtil.getLong(a))) > 0) {
      MemoryUtil.putLong(a, Double.doubleToRawLongBits(v));
      MemoryUtil.putLong(a + 8, 1);
    }
  }

  public static void minDecimal(long a, BigDecimal v, int scale) {
    if (MemoryUtil.getLong(a + 16) == 0 || v.compareTo(decimal(a, scale)) < 0) {
      ArrowMemory.writeDecimal128(a, v, scale);
      MemoryUtil.putLong(a + 16, 1);
    }
  }

  public static void maxDecimal(long a, BigDecimal v, int scale) {
    if (MemoryUtil.getLong(a + 16) == 0 || v.compareTo(decimal(a, scale)) > 0) {
      ArrowMemory.writeDecimal128(a, v, scale);
      MemoryUtil.putLong(a + 16, 1);
    }
  }
}
