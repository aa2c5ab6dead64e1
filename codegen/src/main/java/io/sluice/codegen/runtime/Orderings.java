package io.sluice.codegen.runtime;

import io.sluice.columnar.types.DataType;
import java.math.BigDecimal;

/**
 * Spark's orderings: doubles with NaN greatest and equal to itself and {@code -0.0 == 0.0};
 * strings by UTF-8 bytes (the same as by code points); binary unsigned lexicographic.
 */
public final class Orderings {

  private Orderings() {}

  public static int compare(boolean a, boolean b) {
    return Boolean.compare(a, b);
  }

  public static int compare(double a, double b) {
    // x == y first so that -0.0 equals 0.0; Double.compare puts NaN last and equal to itself.
    return a == b ? 0 : Double.compare(a, b);
  }

  public static int compare(float a, float b) {
    return a == b ? 0 : Float.compare(a, b);
  }

  public static int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        // Surrogates (supplementary code points) sort after every BMP char in UTF-8 order.
        boolean sx = Character.isSurrogate(x);
        boolean sy = Character.isSurrogate(y);
        if (sx != sy) {
          return sx ? 1 : -1;
        }
        return x - y;
      }
    }
    return a.length() - b.length();
  }

  public static int compare(BigDecimal a, BigDecimal b) {
    return a.compareTo(b);
  }

  public static int compare(byte[] a, byte[] b) {
    return java.util.Arrays.compareUnsigned(a, b);
  }

  /** Compares two non-null internal values of {@code type}. */
  public static int compareValues(Object a, Object b, DataType type) {
    switch (type.kind()) {
      case BOOLEAN:
        return compare((Boolean) a, (Boolean) b);
      case TINYINT:
      case SMALLINT:
      case INT:
      case DATE:
      case BIGINT:
      case TIMESTAMP:
        return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
      case FLOAT:
        return compare((Float) a, (Float) b);
      case DOUBLE:
        return compare((Double) a, (Double) b);
      case DECIMAL:
        return compare((BigDecimal) a, (BigDecimal) b);
      case STRING:
        return compare((String) a, (String) b);
      case BINARY:
        return compare((byte[]) a, (byte[]) b);
      case NULL:
        return 0;
      default:
        throw new IllegalArgumentException("not comparable: " + type);
    }
  }

  /** Null-aware: nulls first. */
  public static int compareNullable(Object a, Object b, DataType type) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    return compareValues(a, b, type);
  }
}
