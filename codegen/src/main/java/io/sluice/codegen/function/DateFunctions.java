package io.sluice.codegen.function;

import io.sluice.codegen.runtime.Casts;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spark's date and time functions. DATE is days since the epoch, TIMESTAMP microseconds since the
 * epoch; the session time zone is UTC. Formats are Spark's datetime patterns, which for the common
 * letters (y M d H m s S E a) are Java's {@link DateTimeFormatter} patterns.
 */
public final class DateFunctions {

  private static final int MAX_FORMATS = 256;
  private static final ConcurrentHashMap<String, DateTimeFormatter> FORMATS =
      new ConcurrentHashMap<>();
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

  public static int hour(long micros) {
    return (int) (Math.floorMod(micros, Casts.MICROS_PER_DAY) / 3_600_000_000L);
  }

  public static int minute(long micros) {
    return (int) (Math.floorMod(micros, 3_600_000_000L) / 60_000_000L);
  }

  public static int second(long micros) {
    return (int) (Math.floorMod(micros, 60_000_000L) / 1_000_000L);
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

  public static Integer toDate(String s, String format) {
    Long micros = toTimestamp(s, format);
    return micros == null ? null : Casts.timestampToDate(micros);
  }

  /** Null when the string does not match the pattern. */
  public static Long toTimestamp(String s, String format) {
    try {
      TemporalAccessor t = formatter(format).parse(s);
      LocalDate date =
          t.isSupported(ChronoField.EPOCH_DAY)
              ? LocalDate.ofEpochDay(t.getLong(ChronoField.EPOCH_DAY))
              : LocalDate.of(
                  t.isSupported(ChronoField.YEAR) ? t.get(ChronoField.YEAR) : 1970,
                  t.isSupported(ChronoField.MONTH_OF_YEAR) ? t.get(ChronoField.MONTH_OF_YEAR) : 1,
                  t.isSupported(ChronoField.DAY_OF_MONTH) ? t.get(ChronoField.DAY_OF_MONTH) : 1);
      long nanoOfDay = t.isSupported(ChronoField.NANO_OF_DAY) ? t.getLong(ChronoField.NANO_OF_DAY)
          : t.isSupported(ChronoField.HOUR_OF_DAY)
              ? t.getLong(ChronoField.HOUR_OF_DAY) * 3_600_000_000_000L
                  + (t.isSupported(ChronoField.MINUTE_OF_HOUR)
                      ? t.getLong(ChronoField.MINUTE_OF_HOUR) * 60_000_000_000L
                      : 0)
              : 0;
      long seconds = LocalDateTime.of(date, java.time.LocalTime.MIDNIGHT).toEpochSecond(ZoneOffset.UTC);
      long offset = t.isSupported(ChronoField.OFFSET_SECONDS) ? t.getLong(ChronoField.OFFSET_SECONDS) : 0;
      return (seconds - offset) * Casts.MICROS_PER_SECOND + nanoOfDay / 1000;
    } catch (DateTimeException e) {
      return null;
    }
  }

  public static String dateFormat(long micros, String format) {
    return formatter(format).format(utc(micros));
  }

  /** Seconds since the epoch of a string in {@code format}; null if it does not parse. */
  public static Long unixTimestamp(String s, String format) {
    Long micros = toTimestamp(s, format);
    return micros == null ? null : Casts.timestampToLong(micros);
  }

  public static long unixTimestamp(long micros) {
    return Casts.timestampToLong(micros);
  }

  public static String fromUnixtime(long seconds, String format) {
    return formatter(format).format(utc(seconds * Casts.MICROS_PER_SECOND));
  }

  private static LocalDateTime utc(long micros) {
    return LocalDateTime.ofInstant(
        Instant.ofEpochSecond(
            Math.floorDiv(micros, Casts.MICROS_PER_SECOND),
            Math.floorMod(micros, Casts.MICROS_PER_SECOND) * 1000),
        ZoneOffset.UTC);
  }

  private static DateTimeFormatter formatter(String pattern) {
    DateTimeFormatter f = FORMATS.get(pattern);
    if (f == null) {
      try {
        f = DateTimeFormatter.ofPattern(pattern, Locale.US);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("invalid datetime pattern '" + pattern + "'", e);
      }
      if (FORMATS.size() >= MAX_FORMATS) {
        FORMATS.clear();
      }
      FORMATS.put(pattern, f);
    }
    return f;
  }
}
