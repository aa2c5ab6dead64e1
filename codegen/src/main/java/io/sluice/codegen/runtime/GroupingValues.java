package io.sluice.codegen.runtime;

import java.math.BigDecimal;
import java.nio.ByteBuffer;

/**
 * Values as grouping and DISTINCT see them (Spark's NormalizeFloatingNumbers): {@code -0.0} is
 * {@code 0.0}, every NaN is one NaN, binary compares by content.
 */
public final class GroupingValues {

  private GroupingValues() {}

  /** A value with value-based equals/hashCode; null stays null. */
  public static Object normalize(Object v) {
    if (v instanceof Double) {
      double d = (Double) v;
      return d == 0.0d ? 0.0d : Double.isNaN(d) ? Double.NaN : v;
    }
    if (v instanceof Float) {
      float f = (Float) v;
      return f == 0.0f ? 0.0f : Float.isNaN(f) ? Float.NaN : v;
    }
    if (v instanceof byte[]) {
      return ByteBuffer.wrap((byte[]) v);
    }
    if (v instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) v;
      return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    }
    return v;
  }

  /** The internal value of a normalized one (binary back to {@code byte[]}). */
  public static Object denormalize(Object v) {
    if (v instanceof ByteBuffer) {
      ByteBuffer b = ((ByteBuffer) v).duplicate();
      byte[] out = new byte[b.remaining()];
      b.get(out);
      return out;
    }
    return v;
  }

  public static double normalize(double d) {
    return d == 0.0d ? 0.0d : Double.isNaN(d) ? Double.NaN : d;
  }

  public static float normalize(float f) {
    return f == 0.0f ? 0.0f : Float.isNaN(f) ? Float.NaN : f;
  }
}
