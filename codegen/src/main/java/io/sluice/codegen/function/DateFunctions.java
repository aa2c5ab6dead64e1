package io.sluice.codegen.function;

import io.sluice.codegen.errors.DateTimeErrors;
import io.sluice.codegen.runtime.Casts;
import io.sluice.codegen.runtime.DateTimeFormats;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Spark's date and time functions. DATE is days since the epoch, TIMESTAMP microseconds since the
 * epoch (an instant); functions that read or print a wall-clock time take the session time zone
 * as a trailing {@link ZoneId}, which both evaluators pass. Patterns are Spark 3+'s ({@link
 * DateTimeFormats}). Where ANSI mode changes the result, the {@code ...Ansi} method raises Spark's
 * error and the other returns null.
 */
public final class DateFunctions {

  public static final String DEFAULT_TIMESTAMP_FORMAT = "yyyy-MM-dd HH:mm:ss";

  private DateFunctions() {}

  public static int year(int days) {
    return LocalDate.ofEpochDay(days).getYear();
  }

  public static int month(int days) {
    return LocalDate.ofEpochDay(days).getMonthValue();
  }

  public static int dayofmonth(int days) {
    return LocalDate.ofEpochDay(days).getDayOfMonth();
  }

  /** 1 = Sunday ... 7 = Saturday, as Spark. */
  public static int dayofweek(int days) {
    return LocalDate.ofEpochDay(days).getDayOfWeek().getValue() % 7 + 1;
  }

  public static int dayofyear(int days) {
    return LocalDate.ofEpochDay(days).getDayOfYear();
  }

  public static int quarter(int days) {
    return (LocalDate.ofEpochDay(days).getMonthValue() - 1) / 3 + 1;
  }

  public static int weekofyear(int days) {
    return LocalDate.ofEpochDay(days).get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  /** The hour of {@code micros} in the session time zone. */
  public static int hour(long micros, ZoneId zone) {
    return local(micros, zone).getHour();
  }

  public static int minute(long micros, ZoneId zone) {
    return local(micros, zone).getMinute();
  }

  public static int second(long micros, ZoneId zone) {
    return local(micros, zone).getSecond();
  }

  public static int dateAdd(int days, int n) {
    return days + n;
  }

  public static int dateSub(int days, int n) {
    return days - n;
  }

  public static int datediff(int end, int start) {
    return end - start;
  }

  /** {@code to_date(s, format)} with ANSI off: the date, in {@code zone}, of the parsed time; null if it does not parse. */
  public static Integer toDate(String s, String format, ZoneId zone) {
    Long micros = toTimestamp(s, format, zone);
    return micros == null ? null : Casts.timestampToDate(micros, zone);
  }

  /** {@code to_date(s, format)} with ANSI on: Spark's {@code CANNOT_PARSE_TIMESTAMP} if it does not parse. */
  public static int toDateAnsi(String s, String format, ZoneId zone) {
    return Casts.timestampToDate(parseOrFail(s, format, zone, "try_to_date"), zone);
  }

  /** {@code to_timestamp(s, format)} with ANSI off: null when the string does not match the pattern. */
  public static Long toTimestamp(String s, String format, ZoneId zone) {
    try {
      return DateTimeFormats.parse(s, format, zone);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code to_timestamp(s, format)} with ANSI on. */
  public static long toTimestampAnsi(String s, String format, ZoneId zone) {
    return parseOrFail(s, format, zone, "try_to_timestamp");
  }

  /** Seconds since the epoch of a string in {@code format}; null if it does not parse. */
  public static Long unixTimestamp(String s, String format, ZoneId zone) {
    Long micros = toTimestamp(s, format, zone);
    return micros == null ? null : Casts.timestampToLong(micros);
  }

  public static long unixTimestampAnsi(String s, String format, ZoneId zone) {
    return Casts.timestampToLong(parseOrFail(s, format, zone, "try_to_timestamp"));
  }

  public static long unixTimestamp(long micros) {
    return Casts.timestampToLong(micros);
  }

  public static String dateFormat(long micros, String format, ZoneId zone) {
    return DateTimeFormats.format(micros, format, zone);
  }

  public static String fromUnixtime(long seconds, String format, ZoneId zone) {
    return DateTimeFormats.format(Math.multiplyExact(seconds, Casts.MICROS_PER_SECOND), format, zone);
  }

  private static long parseOrFail(String s, String format, ZoneId zone, String tryFunction) {
    try {
      return DateTimeFormats.parse(s, format, zone);
    } catch (DateTimeException e) {
      throw DateTimeErrors.cannotParse(e.getMessage(), tryFunction);
    }
  }

  private static LocalDateTime local(long micros, ZoneId zone) {
    return LocalDateTime.ofInstant(
        Instant.ofEpochSecond(
            Math.floorDiv(micros, Casts.MICROS_PER_SECOND),
            Math.floorMod(micros, Casts.MICROS_PER_SECOND) * 1000),
        zone);
  }
}
