package io.sluice.columnar.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

/**
 * Dates and timestamps as text, configured once per read or write from {@code dateFormat},
 * {@code timestampFormat} and {@code timeZone}. Dates are days since the epoch, timestamps
 * microseconds since the epoch (UTC), Sluice's internal forms.
 *
 * <p>Without {@code timestampFormat} (or {@code dateFormat}), parsing is as lenient as Spark's
 * default with its fallback (see {@link LenientDateTimeParser}): {@code 2020-1-2 3:4:5}, {@code
 * 2020-01-02T03:04:05.123456+01:00}, {@code 2020-01}, {@code ... UTC} or {@code ... Europe/Paris};
 * text without a zone is in the time zone. Immutable and thread-safe.
 */
public final class TemporalText {

  /** Spark's default for writing timestamps to CSV and JSON. */
  public static final String DEFAULT_WRITE_TIMESTAMP_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

  public static final String DEFAULT_DATE_FORMAT = "yyyy-MM-dd";

  private final DateTimeFormatter dateParser;
  private final DateTimeFormatter timestampParser; // null: Spark's lenient default
  private final DateTimeFormatter timestampWriter;
  private final ZoneId zone;
  private final boolean userDateFormat;

  private TemporalText(String dateFormat, String timestampFormat, ZoneId zone) {
    this.userDateFormat = dateFormat != null;
    this.dateParser =
        DateTimeFormatter.ofPattern(dateFormat == null ? DEFAULT_DATE_FORMAT : dateFormat, Locale.ROOT);
    this.timestampParser =
        timestampFormat == null ? null : DateTimeFormatter.ofPattern(timestampFormat, Locale.ROOT);
    this.timestampWriter =
        DateTimeFormatter.ofPattern(
                timestampFormat == null ? DEFAULT_WRITE_TIMESTAMP_FORMAT : timestampFormat, Locale.ROOT)
            .withZone(zone);
    this.zone = zone;
  }

  public static TemporalText of(ReadOptions options) {
    return new TemporalText(options.dateFormat(), options.timestampFormat(), options.timeZone());
  }

  /** True when the user set {@code dateFormat}; Spark infers DATE columns only then. */
  public boolean hasUserDateFormat() {
    return userDateFormat;
  }

  /** Days since the epoch. @throws java.time.DateTimeException if the text does not match */
  public int parseDate(String text) {
    if (!userDateFormat) {
      return LenientDateTimeParser.epochDay(text);
    }
    return (int) LocalDate.parse(text, dateParser).toEpochDay();
  }

  /** Microseconds since the epoch. @throws java.time.DateTimeException if the text does not match */
  public long parseTimestamp(String text) {
    if (timestampParser == null) {
      return LenientDateTimeParser.timestampMicros(text, zone);
    }
    TemporalAccessor parsed = timestampParser.parse(text);
    LocalDate date = parsed.query(TemporalQueries.localDate());
    if (date == null) {
      throw new java.time.DateTimeException("no date in '" + text + "'");
    }
    LocalTime time = parsed.query(TemporalQueries.localTime());
    LocalDateTime local = LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time);
    ZoneId parsedZone = parsed.query(TemporalQueries.zone());
    Instant instant = local.atZone(parsedZone != null ? parsedZone : zone).toInstant();
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
  }

  public String formatDate(int days) {
    return LocalDate.ofEpochDay(days).format(dateParser);
  }

  public String formatTimestamp(long micros) {
    return timestampWriter.format(instantOfMicros(micros));
  }

  /** The instant of a microsecond timestamp; floor division keeps pre-1970 values exact. */
  public static Instant instantOfMicros(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
  }
}
