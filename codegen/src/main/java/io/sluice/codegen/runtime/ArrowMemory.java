package io.sluice.codegen.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BaseVariableWidthVector;

/**
 * Reads and writes Arrow buffers by address for generated code: validity bitmaps (bit set =
 * valid), fixed-width values at {@code base + index * width}, variable-width values through the
 * offsets buffer. No bounds checks: the kernel sized every buffer before its loop.
 */
public final class ArrowMemory {

  private ArrowMemory() {}

  public static boolean isNull(long validity, int index) {
    return (MemoryUtil.getByte(validity + (index >>> 3)) & (1 << (index & 7))) == 0;
  }

  public static void setValid(long validity, int index) {
    long a = validity + (index >>> 3);
    MemoryUtil.putByte(a, (byte) (MemoryUtil.getByte(a) | (1 << (index & 7))));
  }

  public static boolean readBoolean(long data, int index) {
    return (MemoryUtil.getByte(data + (index >>> 3)) & (1 << (index & 7))) != 0;
  }

  public static void writeBoolean(long data, int index, boolean v) {
    if (v) {
      setValid(data, index);
    }
  }

  public static byte readByte(long data, int index) {
    return MemoryUtil.getByte(data + index);
  }

  public static short readShort(long data, int index) {
    return MemoryUtil.getShort(data + ((long) index << 1));
  }

  public static int readInt(long data, int index) {
    return MemoryUtil.getInt(data + ((long) index << 2));
  }

  public static long readLong(long data, int index) {
    return MemoryUtil.getLong(data + ((long) index << 3));
  }

  public static float readFloat(long data, int index) {
    return Float.intBitsToFloat(MemoryUtil.getInt(data + ((long) index << 2)));
  }

  public static double readDouble(long data, int index) {
    return Double.longBitsToDouble(MemoryUtil.getLong(data + ((long) index << 3)));
  }

  public static void writeByte(long data, int index, byte v) {
    MemoryUtil.putByte(data + index, v);
  }

  public static void writeShort(long data, int index, short v) {
    MemoryUtil.putShort(data + ((long) index << 1), v);
  }

  public static void writeInt(long data, int index, int v) {
    MemoryUtil.putInt(data + ((long) index << 2), v);
  }

  public static void writeLong(long data, int index, long v) {
    MemoryUtil.putLong(data + ((long) index << 3), v);
  }

  public static void writeFloat(long data, int index, float v) {
    MemoryUtil.putInt(data + ((long) index << 2), Float.floatToRawIntBits(v));
  }

  public static void writeDouble(long data, int index, double v) {
    MemoryUtil.putLong(data + ((long) index << 3), Double.doubleToRawLongBits(v));
  }

  /** A 128-bit little-endian two's complement decimal. */
  public static BigDecimal readDecimal(long data, int index, int scale) {
    long a = data + ((long) index << 4);
    return decimal128(MemoryUtil.getLong(a), MemoryUtil.getLong(a + 8), scale);
  }

  public static BigDecimal decimal128(long lo, long hi, int scale) {
    if (hi == (lo >> 63)) {
      return BigDecimal.valueOf(lo, scale);
    }
    BigInteger v = BigInteger.valueOf(hi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
    return new BigDecimal(v, scale);
  }

  /** Writes {@code v} rounded HALF_UP to {@code scale} as 128 bits at {@code address}. */
  public static void writeDecimal128(long address, BigDecimal v, int scale) {
    BigInteger u = (v.scale() == scale ? v : v.setScale(scale, RoundingMode.HALF_UP)).unscaledValue();
    long lo = u.longValue();
    long hi = u.bitLength() < 64 ? lo >> 63 : u.shiftRight(64).longValue();
    MemoryUtil.putLong(address, lo);
    MemoryUtil.putLong(address + 8, hi);
  }

  public static void writeDecimal(long data, int index, BigDecimal v, int scale) {
    writeDecimal128(data + ((long) index << 4), v, scale);
  }

  public static int start(long offsets, int index) {
    return MemoryUtil.getInt(offsets + ((long) index << 2));
  }

  public static int end(long offsets, int index) {
    return MemoryUtil.getInt(offsets + ((long) (index + 1) << 2));
  }

  public static byte[] readBinary(long data, long offsets, int index) {
    int s = start(offsets, index);
    byte[] b = new byte[end(offsets, index) - s];
    MemoryUtil.copyFromMemory(data + s, b, 0, b.length);
    return b;
  }

  public static String readUtf8(long data, long offsets, int index) {
    return new String(readBinary(data, offsets, index), StandardCharsets.UTF_8);
  }

  /** Var-width vectors grow as needed, so these go through the vector. */
  public static void writeUtf8(BaseVariableWidthVector vector, int index, String v) {
    vector.setSafe(index, v.getBytes(StandardCharsets.UTF_8));
  }

  public static void writeBinary(BaseVariableWidthVector vector, int index, byte[] v) {
    vector.setSafe(index, v);
  }
}
