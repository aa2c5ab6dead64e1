package io.sluice.codegen.runtime;

import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.DataType.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark's non-ANSI {@code CAST}: strings that do not parse give null, integral overflow wraps,
 * fractional to integral truncates toward zero (Java's casts, which Spark's match), decimals that
 * do not fit are null. Generated code calls the {@code xToY} methods; the interpreter calls {@link
 * #cast}, which is built from the same methods and Java's primitive conversions.
 *
 * <p>Deliberately rejected (Spark allows them and returns null or odd values): DATE to numeric or
 * BOOLEAN, numeric to BINARY, BINARY to anything but STRING.
 */
public final class Casts {

  public static final long MICROS_PER_SECOND = 1_000_000L;
  public static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;

  private static final Pattern INTEGRAL = Pattern.compile("[+-]?\\d+(\\.\\d*)?");
  private static final Pattern DATE =
      Pattern.compile("([+-]?\\d{4,6})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[ T].*)?)?)?");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "([+-]?\\d{4,6})(?:-(\\d{1,2})(?:-(\\d{1,2})"
              + "(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,9}))?)?)?)?)?"
              + "\\s*(Z|UTC|[+-]\\d{2}:?\\d{2})?");

  private Casts() {}

  /** Whether {@code CAST(from AS to)} is allowed. */
  public static boolean canCast(DataType from, DataType to) {
    Kind f = from.kind();
    Kind t = to.kind();
    if (from.equals(to) || f == Kind.NULL || t == Kind.STRING) {
      return true;
    }
    if (t == Kind.NULL) {
      return false;
    }
    if (f == Kind.STRING) {
      return true;
    }
    boolean fNum = from.isNumeric();
    boolean tNum = to.isNumeric();
    switch (t) {
      case BOOLEAN:
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
      case FLOAT:
      case DOUBLE:
      case DECIMAL:
        return fNum || f == Kind.BOOLEAN || f == Kind.TIMESTAMP;
      case DATE:
        return f == Kind.TIMESTAMP;
      case TIMESTAMP:
        return fNum || f == Kind.BOOLEAN || f == Kind.DATE;
      case BINARY:
        return false;
      default:
        return tNum && fNum;
    }
  }

  /** Casts a non-null internal value in UTC; the result may be null (a string that does not parse). */
  public static Object cast(Object v, DataType from, DataType to) {
    return cast(v, from, to, ZoneOffset.UTC);
  }

  /**
   * Casts a non-null internal value; strings and timestamps convert in {@code zone} (the session
   * time zone). The result may be null (a string that does not parse).
   */
  public static Object cast(Object v, DataType from, DataType to, ZoneId zone) {
    if (v == null || from.equals(to)) {
      return v;
    }
    Kind t = to.kind();
    switch (from.kind()) {
      case STRING:
        return t == Kind.TIMESTAMP ? stringToTimestamp((String) v, zone) : fromString((String) v, to);
      case BINARY:
        return binaryToString((byte[]) v);
      case BOOLEAN:
        {
          boolean b = (Boolean) v;
          if (t == Kind.STRING) {
            return booleanToString(b);
          }
          if (t == Kind.TIMESTAMP) {
            return b ? 1L : 0L;
          }
          return fromLong(b ? 1L : 0L, to);
        }
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
        {
          long l = ((Number) v).longValue();
          if (t == Kind.STRING) {
            return longToString(l);
          }
          if (t == Kind.TIMESTAMP) {
            return l * MICROS_PER_SECOND;
          }
          return fromLong(l, to);
        }
      case FLOAT:
        {
          float f = (Float) v;
          if (t == Kind.STRING) {
            return floatToString(f);
          }
          return fromDouble(f, to);
        }
      case DOUBLE:
        {
          double d = (Double) v;
          if (t == Kind.STRING) {
            return doubleToString(d);
          }
          return fromDouble(d, to);
        }
      case DECIMAL:
        {
          BigDecimal d = (BigDecimal) v;
          switch (t) {
            case STRING:
              return decimalToString(d);
            case DECIMAL:
              return decimalToDecimal(d, to.precision(), to.scale());
            case BOOLEAN:
              return d.signum() != 0;
            case FLOAT:
              return d.floatValue();
            case DOUBLE:
              return d.doubleValue();
            case TIMESTAMP:
              return doubleToTimestamp(d.doubleValue());
            default:
              return fromLong(decimalToLong(d), to);
          }
        }
      case DATE:
        {
          int days = (Integer) v;
          if (t == Kind.STRING) {
            return dateToString(days);
          }
          if (t == Kind.TIMESTAMP) {
            return dateToTimestamp(days, zone);
          }
          break;
        }
      case TIMESTAMP:
        {
          long micros = (Long) v;
          switch (t) {
            case STRING:
              return timestampToString(micros, zone);
            case DATE:
              return timestampToDate(micros, zone);
            case BOOLEAN:
              return micros != 0;
            case FLOAT:
              return (float) timestampToDouble(micros);
            case DOUBLE:
              return timestampToDouble(micros);
            case DECIMAL:
              return decimalToDecimal(
                  BigDecimal.valueOf(micros, 6), to.precision(), to.scale());
            default:
              return fromLong(timestampToLong(micros), to);
          }
        }
      default:
        break;
    }
    throw new IllegalArgumentException("cannot cast " + from + " to " + to);
  }

  /** Integral or boolean-as-long to a numeric/boolean type (Java's narrowing = Spark's wrapping). */
  private static Object fromLong(long l, DataType to) {
    switch (to.kind()) {
      case BOOLEAN:
        return l != 0;
      case TINYINT:
        return (byte) l;
      case SMALLINT:
        return (short) l;
      case INT:
        return (int) l;
      case BIGINT:
        return l;
      case FLOAT:
        return (float) l;
      case DOUBLE:
        return (double) l;
      case DECIMAL:
        return longToDecimal(l, to.precision(), to.scale());
      default:
        throw new IllegalArgumentException("cannot cast integral to " + to);
    }
  }

  private static Object fromDouble(double d, DataType to) {
    switch (to.kind()) {
      case BOOLEAN:
        return d != 0;
      case TINYINT:
        return (byte) (int) d;
      case SMALLINT:
        return (short) (int) d;
      case INT:
        return (int) d;
      case BIGINT:
        return (long) d;
      case FLOAT:
        return (float) d;
      case DOUBLE:
        return d;
      case DECIMAL:
        return doubleToDecimal(d, to.precision(), to.scale());
      case TIMESTAMP:
        return doubleToTimestamp(d);
      default:
        throw new IllegalArgumentException("cannot cast fractional to " + to);
    }
  }

  private static Object fromString(String s, DataType to) {
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
        return stringToTimestamp(s);
      case BINARY:
        return stringToBinary(s);
      default:
        throw new IllegalArgumentException("cannot cast string to " + to);
    }
  }

  // ---------------------------------------------------------------- from STRING

  public static Boolean stringToBoolean(String s) {
    switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "t":
      case "true":
      case "y":
      case "yes":
      case "1":
        return Boolean.TRUE;
      case "f":
      case "false":
      case "n":
      case "no":
      case "0":
        return Boolean.FALSE;
      default:
        return null;
    }
  }

  /** Spark accepts a fraction and truncates it ("1.9" is 1); out of range is null. */
  private static BigDecimal integralPart(String s) {
    String t = s.trim();
    if (!INTEGRAL.matcher(t).matches()) {
      return null;
    }
    int dot = t.indexOf('.');
    return new BigDecimal(dot < 0 ? t : t.substring(0, dot));
  }

  private static Long integral(String s, long min, long max) {
    String t = s.trim();
    if (t.length() < 19 && t.indexOf('.') < 0) {
      try {
        long l = Long.parseLong(t);
        return l < min || l > max ? null : l;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    BigDecimal d = integralPart(t);
    if (d == null
        || d.compareTo(BigDecimal.valueOf(min)) < 0
        || d.compareTo(BigDecimal.valueOf(max)) > 0) {
      return null;
    }
    return d.longValue();
  }

  private static final Pattern STRICT_INTEGRAL = Pattern.compile("[+-]?\\d+");

  /**
   * ANSI and {@code try_cast}'s parse (Spark's {@code toLongExact}): digits only, no fraction,
   * leading and trailing whitespace trimmed; null if it does not parse or is out of range.
   */
  public static Long strictIntegral(String s, long min, long max) {
    String t = s.trim();
    if (!STRICT_INTEGRAL.matcher(t).matches()) {
      return null;
    }
    try {
      long l = Long.parseLong(t);
      return l < min || l > max ? null : l;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static Byte stringToByte(String s) {
    Long l = integral(s, Byte.MIN_VALUE, Byte.MAX_VALUE);
    return l == null ? null : (byte) (long) l;
  }

  public static Short stringToShort(String s) {
    Long l = integral(s, Short.MIN_VALUE, Short.MAX_VALUE);
    return l == null ? null : (short) (long) l;
  }

  public static Integer stringToInt(String s) {
    Long l = integral(s, Integer.MIN_VALUE, Integer.MAX_VALUE);
    return l == null ? null : (int) (long) l;
  }

  public static Long stringToLong(String s) {
    return integral(s, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  public static Double stringToDouble(String s) {
    String t = s.trim();
    if (t.isEmpty()) {
      return null;
    }
    char last = t.charAt(t.length() - 1);
    // Java accepts "1d" and "1f"; Spark does not.
    if (last == 'd' || last == 'D' || last == 'f' || last == 'F') {
      return null;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      String l = t.toLowerCase(java.util.Locale.ROOT);
      if (l.equals("inf") || l.equals("+inf") || l.equals("+infinity")) {
        return Double.POSITIVE_INFINITY;
      }
      if (l.equals("-inf") || l.equals("-infinity")) {
        return Double.NEGATIVE_INFINITY;
      }
      return null;
    }
  }

  public static Float stringToFloat(String s) {
    Double d = stringToDouble(s);
    return d == null ? null : (float) (double) d;
  }

  public static BigDecimal stringToDecimal(String s, int precision, int scale) {
    try {
      return DecimalOps.fit(new BigDecimal(s.trim()), precision, scale);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /** {@code yyyy}, {@code yyyy-[m]m}, {@code yyyy-[m]m-[d]d} and anything after a space or T. */
  public static Integer stringToDate(String s) {
    Matcher m = DATE.matcher(s.trim());
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDate d =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
              m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
      return (int) d.toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code yyyy[-mm[-dd[( |T)hh:mm[:ss[.fffffffff]]]]][zone]}, UTC unless a zone is given. */
  public static Long stringToTimestamp(String s) {
    return stringToTimestamp(s, ZoneOffset.UTC);
  }

  /**
   * {@code yyyy[-mm[-dd[( |T)hh:mm[:ss[.fffffffff]]]]][zone]}: a local time in {@code sessionZone}
   * unless the string names a zone, as Spark reads it in the session time zone.
   */
  public static Long stringToTimestamp(String s, ZoneId sessionZone) {
    Matcher m = TIMESTAMP.matcher(s.trim());
    if (!m.matches()) {
      return null;
    }
    try {
      LocalDateTime t =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              m.group(2) == null ? 1 : Integer.parseInt(m.group(2)),
              m.group(3) == null ? 1 : Integer.parseInt(m.group(3)),
              m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
              m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      long micros = 0;
      if (m.group(7) != null) {
        String f = (m.group(7) + "000000").substring(0, 6);
        micros = Long.parseLong(f);
      }
      String z = m.group(8);
      ZoneId zone;
      if (z == null) {
        zone = sessionZone;
      } else if (z.equals("Z") || z.equals("UTC")) {
        zone = ZoneOffset.UTC;
      } else {
        zone = ZoneOffset.of(z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z);
      }
      return t.atZone(zone).toEpochSecond() * MICROS_PER_SECOND + micros;
    } catch (DateTimeException e) {
      return null;
    }
  }

  public static byte[] stringToBinary(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- to STRING

  public static String booleanToString(boolean b) {
    return b ? "true" : "false";
  }

  public static String longToString(long l) {
    return Long.toString(l);
  }

  public static String floatToString(float f) {
    return Float.toString(f);
  }

  public static String doubleToString(double d) {
    return Double.toString(d);
  }

  public static String decimalToString(BigDecimal d) {
    return d.toPlainString();
  }

  public static String dateToString(int days) {
    return LocalDate.ofEpochDay(days).toString();
  }

  /** {@code yyyy-MM-dd HH:mm:ss[.ffffff]} in UTC, trailing zeros of the fraction dropped. */
  public static String timestampToString(long micros) {
    return timestampToString(micros, ZoneOffset.UTC);
  }

  /** {@code yyyy-MM-dd HH:mm:ss[.ffffff]} in {@code zone}, trailing zeros of the fraction dropped. */
  public static String timestampToString(long micros, ZoneId zone) {
    long seconds = Math.floorDiv(micros, MICROS_PER_SECOND);
    int fraction = (int) Math.floorMod(micros, MICROS_PER_SECOND);
    ZoneOffset offset = zone.getRules().getOffset(java.time.Instant.ofEpochSecond(seconds));
    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, offset);
    StringBuilder s = new StringBuilder(26);
    s.append(LocalDate.of(t.getYear(), t.getMonthValue(), t.getDayOfMonth()));
    s.append(' ');
    two(s, t.getHour()).append(':');
    two(s, t.getMinute()).append(':');
    two(s, t.getSecond());
    if (fraction != 0) {
      String f = Integer.toString(fraction + 1_000_000).substring(1);
      int end = f.length();
      while (f.charAt(end - 1) == '0') {
        end--;
      }
      s.append('.').append(f, 0, end);
    }
    return s.toString();
  }

  private static StringBuilder two(StringBuilder s, int v) {
    return s.append(v < 10 ? "0" : "").append(v);
  }

  public static String binaryToString(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- numeric, date, timestamp

  public static BigDecimal longToDecimal(long l, int precision, int scale) {
    return DecimalOps.fit(BigDecimal.valueOf(l), precision, scale);
  }

  public static BigDecimal doubleToDecimal(double d, int precision, int scale) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return null;
    }
    // Spark's Decimal(double) starts from the shortest decimal form (Scala's BigDecimal(double)).
    return DecimalOps.fit(BigDecimal.valueOf(d), precision, scale);
  }

  public static BigDecimal decimalToDecimal(BigDecimal d, int precision, int scale) {
    return DecimalOps.fit(d, precision, scale);
  }

  /** Spark truncates toward zero; BigDecimal.longValue keeps the low 64 bits, wrapping as Spark does. */
  public static long decimalToLong(BigDecimal d) {
    return d.setScale(0, RoundingMode.DOWN).longValue();
  }

  public static long dateToTimestamp(int days) {
    return days * MICROS_PER_DAY;
  }

  public static int timestampToDate(long micros) {
    return (int) Math.floorDiv(micros, MICROS_PER_DAY);
  }

  /** Midnight of {@code days} in {@code zone} (the session time zone), as Spark's {@code daysToMicros}. */
  public static long dateToTimestamp(int days, ZoneId zone) {
    if (zone == ZoneOffset.UTC) {
      return dateToTimestamp(days);
    }
    java.time.Instant midnight = java.time.LocalDate.ofEpochDay(days).atStartOfDay(zone).toInstant();
    return Math.addExact(
        Math.multiplyExact(midnight.getEpochSecond(), MICROS_PER_SECOND), midnight.getNano() / 1000);
  }

  /** The date of {@code micros} in {@code zone} (the session time zone), as Spark's {@code microsToDays}. */
  public static int timestampToDate(long micros, ZoneId zone) {
    if (zone == ZoneOffset.UTC) {
      return timestampToDate(micros);
    }
    long seconds = Math.floorDiv(micros, MICROS_PER_SECOND);
    int offset = zone.getRules().getOffset(java.time.Instant.ofEpochSecond(seconds)).getTotalSeconds();
    return (int) Math.floorDiv(seconds + offset, 86_400L);
  }

  /** Whole seconds, rounded toward negative infinity as Spark does. */
  public static long timestampToLong(long micros) {
    return Math.floorDiv(micros, MICROS_PER_SECOND);
  }

  public static double timestampToDouble(long micros) {
    return micros / 1e6;
  }

  public static Long doubleToTimestamp(double seconds) {
    if (Double.isNaN(seconds) || Double.isInfinite(seconds)) {
      return null;
    }
    return (long) (seconds * MICROS_PER_SECOND);
  }
}
