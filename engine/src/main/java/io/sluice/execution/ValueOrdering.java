package io.sluice.execution;

import java.util.Arrays;

/**
 * Spark's ordering of internal values of one type (SQLOrderingUtil): NaN equals NaN and sorts above
 * every other value, {@code -0.0} equals {@code 0.0}; null handled by callers.
 */
public final class ValueOrdering {
  private ValueOrdering() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int compare(Object a, Object b) {
    if (a instanceof Double && b instanceof Double) {
      double x = (Double) a;
      double y = (Double) b;
      return x == y ? 0 : Double.compare(x, y);
    }
    if (a instanceof Float && b instanceof Float) {
      float x = (Float) a;
      float y = (Float) b;
      return x == y ? 0 : Float.compare(x, y);
    }
    if (a instanceof byte[] && b instanceof byte[]) {
      return Arrays.compareUnsigned((byte[]) a, (byte[]) b);
    }
    if (a instanceof Number && b instanceof Number && a.getClass() != b.getClass()) {
      return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString()));
    }
    return ((Comparable) a).compareTo(b);
  }

  /** Equality as join keys and distinct use it: NaN equals NaN, -0.0 equals 0.0. */
  public static boolean equal(Object a, Object b) {
    if (a instanceof Double && b instanceof Double || a instanceof Float && b instanceof Float) {
      return compare(a, b) == 0;
    }
    if (a instanceof byte[] && b instanceof byte[]) {
      return Arrays.equals((byte[]) a, (byte[]) b);
    }
    if (a instanceof java.math.BigDecimal && b instanceof java.math.BigDecimal) {
      return ((java.math.BigDecimal) a).compareTo((java.math.BigDecimal) b) == 0;
    }
    return a.equals(b);
  }
}
