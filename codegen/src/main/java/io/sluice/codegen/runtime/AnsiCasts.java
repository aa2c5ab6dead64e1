package io.sluice.codegen.runtime;

import io.sluice.codegen.errors.SqlErrors;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.DataType.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;

/**
 * Spark's ANSI {@code CAST}: what the legacy cast ({@link Casts}) turns into null or wraps raises
 * Spark's error instead. A string that does not parse is {@code [CAST_INVALID_INPUT]} (integral
 * targets take digits only, no fraction: {@code '1.5'} is malformed); a number that does not fit
 * an integral type is {@code [CAST_OVERFLOW]}; one that does not fit a decimal is {@code
 * [NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION]}. {@code try_cast} is this cast with the error
 * caught and turned into null. Generated code calls the typed methods; the interpreter {@link
 * #cast}. Casts that cannot fail are not here: they are the legacy ones.
 */
public final class AnsiCasts {

  private AnsiCasts() {}

  /** Whether the ANSI cast can fail where the legacy one returns a value or null. */
  public static boolean canFail(DataType from, DataType to) {
    Kind f = from.kind();
    Kind t = to.kind();
    if (from.equals(to) || t == Kind.STRING || f == Kind.NULL) {
      return false;
    }
    switch (f) {
      case STRING:
        return t != Kind.BINARY;
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
        return t == Kind.DECIMAL || (isIntegral(t) && width(t) < width(f));
      case FLOAT:
      case DOUBLE:
        return isIntegral(t) || t == Kind.DECIMAL || t == Kind.TIMESTAMP;
      case DECIMAL:
        return isIntegral(t) || t == Kind.DECIMAL;
      case TIMESTAMP:
        return t == Kind.TINYINT || t == Kind.SMALLINT || t == Kind.INT || t == Kind.DECIMAL;
      case BOOLEAN:
        return t == Kind.DECIMAL;
      default:
        return false;
    }
  }

  private static boolean isIntegral(Kind k) {
    return k == Kind.TINYINT || k == Kind.SMALLINT || k == Kind.INT || k == Kind.BIGINT;
  }

  private static int width(Kind k) {
    switch (k) {
      case TINYINT:
        return 1;
      case SMALLINT:
        return 2;
      case INT:
        return 4;
      default:
        return 8;
    }
  }

  /** The ANSI cast of a non-null internal value (never null for a non-null value). */
  public static Object cast(Object v, DataType from, DataType to, ZoneId zone) {
    if (v == null || !canFail(from, to)) {
      return Casts.cast(v, from, to, zone);
    }
    Kind t = to.kind();
    switch (from.kind()) {
      case STRING:
        return fromString((String) v, to, zone);
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
        {
          long l = ((Number) v).longValue();
          return t == Kind.DECIMAL
              ? longToDecimal(l, to.precision(), to.scale())
              : narrow(l, from, to);
        }
      case FLOAT:
      case DOUBLE:
        {
          double d = ((Number) v).doubleValue();
          switch (t) {
            case DECIMAL:
              return doubleToDecimal(d, from, to.precision(), to.scale());
            case TIMESTAMP:
              return doubleToTimestamp(d, from);
            case BIGINT:
              return doubleToLong(d, from);
            case INT:
              return doubleToInt(d, from);
            case SMALLINT:
              return doubleToShort(d, from);
            default:
              return doubleToByte(d, from);
          }
        }
      case DECIMAL:
        {
          BigDecimal d = (BigDecimal) v;
          if (t == Kind.DECIMAL) {
            return decimalToDecimal(d, to.precision(), to.scale());
          }
          return narrow(decimalToLong(d, from, to), DataType.BIGINT, to);
        }
      case TIMESTAMP:
        {
          long micros = (Long) v;
          if (t == Kind.DECIMAL) {
            return decimalToDecimal(BigDecimal.valueOf(micros, 6), to.precision(), to.scale());
          }
          return narrow(Casts.timestampToLong(micros), DataType.BIGINT, to);
        }
      case BOOLEAN:
        return longToDecimal((Boolean) v ? 1L : 0L, to.precision(), to.scale());
      default:
        throw new IllegalArgumentException("cannot cast " + from + " to " + to);
    }
  }

  private static Object narrow(long l, DataType from, DataType to) {
    switch (to.kind()) {
      case TINYINT:
        return longToByte(l, from);
      case SMALLINT:
        return longToShort(l, from);
      case INT:
        return longToInt(l, from);
      default:
        return l;
    }
  }

  private static Object fromString(String s, DataType to, ZoneId zone) {
    switch (to.kind()) {
      case BOOLEAN:
        return stringToBoolean(s);
      case TINYINT:
        return stringToByte(s);
      case SMALLINT:
        return stringToShort(s);
      case INT:
        return stringToInt(s);
      case BIGINT:
        return stringToLong(s);
      case FLOAT:
        return stringToFloat(s);
      case DOUBLE:
        return stringToDouble(s);
      case DECIMAL:
        return stringToDecimal(s, to.precision(), to.scale());
      case DATE:
        return stringToDate(s);
      case TIMESTAMP:
        return stringToTimestamp(s, zone);
      default:
        throw new IllegalArgumentException("cannot cast string to " + to);
    }
  }

  // ---------------------------------------------------------------- from STRING

  public static boolean stringToBoolean(String s) {
    Boolean b = Casts.stringToBoolean(s);
    if (b == null) {
      throw SqlErrors.castInvalidInput(s, DataType.STRING, DataType.BOOLEAN);
    }
    return b;
  }

  private static long strict(String s, long min, long max, DataType to) {
    Long l = Casts.strictIntegral(s, min, max);
    if (l == null) {
      throw SqlErrors.castInvalidInput(s, DataType.STRING, to);
    }
    return l;
  }

  public static byte stringToByte(String s) {
    return (byte) strict(s, Byte.MIN_VALUE, Byte.MAX_VALUE, DataType.TINYINT);
  }

  public static short stringToShort(String s) {
    return (short) strict(s, Short.MIN_VALUE, Short.MAX_VALUE, DataType.SMALLINT);
  }

  public static int stringToInt(String s) {
    return (int) strict(s, Integer.MIN_VALUE, Integer.MAX_VALUE, DataType.INT);
  }

  public static long stringToLong(String s) {
    return strict(s, Long.MIN_VALUE, Long.MAX_VALUE, DataType.BIGINT);
  }

  public static double stringToDouble(String s) {
    Double d = Casts.stringToDouble(s);
    if (d == null) {
      throw SqlErrors.castInvalidInput(s, DataType.STRING, DataType.DOUBLE);
    }
    return d;
  }

  public static float stringToFloat(String s) {
    Double d = Casts.stringToDouble(s);
    if (d == null) {
      throw SqlErrors.castInvalidInput(s, DataType.STRING, DataType.FLOAT);
    }
    return (float) (double) d;
  }

  public static BigDecimal stringToDecimal(String s, int precision, int scale) {
    BigDecimal exact;
    try {
      exact = new BigDecimal(s.trim());
    } catch (NumberFormatException e) {
      throw SqlErrors.castInvalidInput(s, DataType.STRING, DataType.decimal(precision, scale));
    }
    return decimalToDecimal(exact, precision, scale);
  }

  public static int stringToDate(String s) {
    Integer d = Casts.stringToDate(s);
    if (d == null) {
      throw SqlErrors.castInvalidInput(s, DataType.STRING, DataType.DATE);
    }
    return d;
  }

  public static long stringToTimestamp(String s, ZoneId zone) {
    Long t = Casts.stringToTimestamp(s, zone);
    if (t == null) {
      throw SqlErrors.castInvalidInput(s, DataType.STRING, DataType.TIMESTAMP);
    }
    return t;
  }

  // ---------------------------------------------------------------- numeric narrowing

  public static byte longToByte(long l, DataType from) {
    if (l < Byte.MIN_VALUE || l > Byte.MAX_VALUE) {
      throw SqlErrors.castOverflow(l, from, DataType.TINYINT);
    }
    return (byte) l;
  }

  public static short longToShort(long l, DataType from) {
    if (l < Short.MIN_VALUE || l > Short.MAX_VALUE) {
      throw SqlErrors.castOverflow(l, from, DataType.SMALLINT);
    }
    return (short) l;
  }

  public static int longToInt(long l, DataType from) {
    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
      throw SqlErrors.castOverflow(l, from, DataType.INT);
    }
    return (int) l;
  }

  /** Spark's range test: {@code floor(d) <= max && ceil(d) >= min} (NaN fails it). */
  private static boolean fits(double d, double min, double max) {
    return Math.floor(d) <= max && Math.ceil(d) >= min;
  }

  public static byte doubleToByte(double d, DataType from) {
    if (!fits(d, Byte.MIN_VALUE, Byte.MAX_VALUE)) {
      throw SqlErrors.castOverflow(d, from, DataType.TINYINT);
    }
    return (byte) d;
  }

  public static short doubleToShort(double d, DataType from) {
    if (!fits(d, Short.MIN_VALUE, Short.MAX_VALUE)) {
      throw SqlErrors.castOverflow(d, from, DataType.SMALLINT);
    }
    return (short) d;
  }

  public static int doubleToInt(double d, DataType from) {
    if (!fits(d, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
      throw SqlErrors.castOverflow(d, from, DataType.INT);
    }
    return (int) d;
  }

  public static long doubleToLong(double d, DataType from) {
    if (!fits(d, Long.MIN_VALUE, Long.MAX_VALUE)) {
      throw SqlErrors.castOverflow(d, from, DataType.BIGINT);
    }
    return (long) d;
  }

  /** The integral part of {@code d} as a long within {@code to}'s range. */
  public static long decimalToLong(BigDecimal d, DataType from, DataType to) {
    BigDecimal whole = d.setScale(0, RoundingMode.DOWN);
    long min = to.integralMin();
    long max = to.integralMax();
    if (whole.compareTo(BigDecimal.valueOf(min)) < 0 || whole.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw SqlErrors.castOverflow(d, from, to);
    }
    return whole.longValue();
  }

  // ---------------------------------------------------------------- to DECIMAL, TIMESTAMP

  public static BigDecimal decimalToDecimal(BigDecimal d, int precision, int scale) {
    BigDecimal r = DecimalOps.fit(d, precision, scale);
    if (r == null) {
      throw SqlErrors.decimalOutOfRange(d, precision, scale);
    }
    return r;
  }

  public static BigDecimal longToDecimal(long l, int precision, int scale) {
    return decimalToDecimal(BigDecimal.valueOf(l), precision, scale);
  }

  /**
   * Spark makes the decimal from the double's shortest decimal form ({@code Double.toString}, as
   * Scala's {@code BigDecimal(double)} does), not from its binary value, so 2.675 rounds to 2.68.
   * NaN and the infinities are NULL even with ANSI on (Spark's cast catches the
   * {@code NumberFormatException}); a value that does not fit is
   * {@code [NUMERIC_VALUE_OUT_OF_RANGE]}, as for every other cast to decimal.
   */
  public static BigDecimal doubleToDecimal(double d, DataType from, int precision, int scale) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return null;
    }
    return decimalToDecimal(BigDecimal.valueOf(d), precision, scale);
  }

  public static long doubleToTimestamp(double seconds, DataType from) {
    if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
      throw SqlErrors.castInvalidInput(seconds, from, DataType.TIMESTAMP);
    }
    return (long) (seconds * Casts.MICROS_PER_SECOND);
  }
}
