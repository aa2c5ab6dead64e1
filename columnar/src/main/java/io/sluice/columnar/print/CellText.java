package io.sluice.columnar.print;

import io.sluice.columnar.types.DataType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The text of one internal value as Spark's {@code show()} prints it, that is {@code cast(v AS
 * STRING)}: {@code NULL}, {@code true}, Java's {@code Double.toString}, plain decimals, {@code
 * yyyy-MM-dd} dates, {@code yyyy-MM-dd HH:mm:ss[.ffffff]} timestamps in the session zone with
 * trailing fractional zeros dropped, binary as {@code [01 AB]}. Stateless.
 */
public final class CellText {

  public static final String NULL = "NULL";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private CellText() {}

  public static String of(Object value, DataType type, ZoneId zone) {
    if (value == null) {
      return NULL;
    }
    switch (type.kind()) {
      case DECIMAL:
        return ((BigDecimal) value).toPlainString();
      case DATE:
        return LocalDate.ofEpochDay(((Number) value).intValue()).toString();
      case TIMESTAMP:
        return timestamp(((Number) value).longValue(), zone);
      case BINARY:
        return binary((byte[]) value);
      default:
        return value instanceof byte[] ? binary((byte[]) value) : value.toString();
    }
  }

  static String timestamp(long micros, ZoneId zone) {
    long seconds = Math.floorDiv(micros, 1_000_000L);
    int microOfSecond = (int) Math.floorMod(micros, 1_000_000L);
    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, zone.getRules().getOffset(java.time.Instant.ofEpochSecond(seconds)));
    StringBuilder out = new StringBuilder(26);
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      out.append(year);
    } else {
      pad(out, year, 4);
    }
    out.append('-');
    pad(out, t.getMonthValue(), 2);
    out.append('-');
    pad(out, t.getDayOfMonth(), 2);
    out.append(' ');
    pad(out, t.getHour(), 2);
    out.append(':');
    pad(out, t.getMinute(), 2);
    out.append(':');
    pad(out, t.getSecond(), 2);
    if (microOfSecond != 0) {
      out.append('.');
      int digits = 6;
      int fraction = microOfSecond;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      pad(out, fraction, digits);
    }
    return out.toString();
  }

  private static void pad(StringBuilder out, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      out.append('0');
    }
    out.append(s);
  }

  static String binary(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 3 + 2).append('[');
    for (int i = 0; i < bytes.length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(HEX[(bytes[i] >> 4) & 0xF]).append(HEX[bytes[i] & 0xF]);
    }
    return out.append(']').toString();
  }
}
