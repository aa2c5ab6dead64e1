package io.sluice.columnar.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

/**
 * Dates and timestamps as text, configured once per read or write from {@code dateFormat},
 * {@code timestampFormat} and {@code timeZone}. Dates are days since the epoch, timestamps
 * microseconds since the epoch (UTC), Sluice's internal forms.
 *
 * <p>Without {@code timestampFormat}, parsing is lenient ISO-8601 as Spark's default is: {@code
 * yyyy-MM-dd}, then optionally {@code T} or a space and {@code HH:mm[:ss[.fraction]]}, then
 * optionally an offset ({@code Z}, {@code +01:00}); text without an offset is in the time zone.
 * Immutable and thread-safe.
 */
public final class TemporalText {

  /** Spark's default for writing timestamps to CSV and JSON. */
  public static final String DEFAULT_WRITE_TIMESTAMP_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

  public static final String DEFAULT_DATE_FORMAT = "yyyy-MM-dd";

  private static final DateTimeFormatter LENIENT_TIMESTAMP =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalEnd()
          .optionalStart()
          .appendOffsetId()
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private final DateTimeFormatter dateParser;
  private final DateTimeFormatter timestampParser; // null: lenient ISO
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
    return (int) LocalDate.parse(text, dateParser).toEpochDay();
  }

  /** Microseconds since the epoch. @throws java.time.DateTimeException if the text does not match */
  public long parseTimestamp(String text) {
    TemporalAccessor parsed;
    if (timestampParser == null) {
      String iso = text;
      if (iso.length() > 10 && iso.charAt(10) == ' ') {
        iso = iso.substring(0, 10) + 'T' + iso.substring(11);
      }
      parsed = LENIENT_TIMESTAMP.parse(iso);
    } else {
      parsed = timestampParser.parse(text);
    }
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
