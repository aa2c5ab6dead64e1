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

  public static void sumDecimal(long a, BigDecimal v, int scale) {
    BigInteger u = (v.scale() == scale ? v : v.setScale(scale, RoundingMode.HALF_UP)).unscaledValue();
    long lo = u.longValue();
    long hi = u.bitLength() < 64 ? lo >> 63 : u.shiftRight(64).longValue();
    add128(a, lo, hi);
    MemoryUtil.putLong(a + 16, MemoryUtil.getLong(a + 16) + 1);
  }

  /** Adds the 128-bit decimal at {@code value} (an Arrow decimal of the same scale). */
  public static void sumDecimal128(long a, long value) {
    add128(a, MemoryUtil.getLong(value), MemoryUtil.getLong(value + 8));
    MemoryUtil.putLong(a + 16, MemoryUtil.getLong(a + 16) + 1);
  }

  public static void add128(long a, long lo, long hi) {
    long oldLo = MemoryUtil.getLong(a);
    long newLo = oldLo + lo;
    long carry = Long.compareUnsigned(newLo, oldLo) < 0 ? 1 : 0;
    MemoryUtil.putLong(a, newLo);
    MemoryUtil.putLong(a + 8, MemoryUtil.getLong(a + 8) + hi + carry);
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
