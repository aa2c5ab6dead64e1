package io.sluice.execution;

import java.util.Arrays;

/** Spark's ordering of internal values of one type: NaN above every double, null handled by callers. */
public final class ValueOrdering {
  private ValueOrdering() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  public static int compare(Object a, Object b) {
    if (a instanceof Double && b instanceof Double) {
      return Double.compare((Double) a, (Double) b);
    }
    if (a instanceof Float && b instanceof Float) {
      return Float.compare((Float) a, (Float) b);
    }
    if (a instanceof byte[] && b instanceof byte[]) {
      return Arrays.compareUnsigned((byte[]) a, (byte[]) b);
    }
    if (a instanceof Number && b instanceof Number && a.getClass() != b.getClass()) {
      return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString()));
    }
    return ((Comparable) a).compareTo(b);
  }

  /** Equality as join keys and distinct use it (NaN equals NaN, 1.0 == 1.0 of equal types). */
  public static boolean equal(Object a, Object b) {
    if (a instanceof byte[] && b instanceof byte[]) {
      return Arrays.equals((byte[]) a, (byte[]) b);
    }
    if (a instanceof java.math.BigDecimal && b instanceof java.math.BigDecimal) {
      return ((java.math.BigDecimal) a).compareTo((java.math.BigDecimal) b) == 0;
    }
    return a.equals(b);
  }
}
