package io.sluice.columnar.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark's parsing of dates and timestamps in CSV and JSON when no {@code dateFormat} or {@code
 * timestampFormat} is set: its default formatter and the fallback to {@code
 * DateTimeUtils.stringToTimestamp}/{@code stringToDate} (after removing {@code GMT}, as {@code
 * cleanLegacyTimestampStr} does). Accepted, around optional spaces:
 *
 * <pre>
 *   timestamp  [+-]yyyy[yy][-[m]m[-[d]d[( |T)[h]h:[m]m[:[s]s[.fraction]]]]][ ][zone]
 *              [T][h]h:[m]m[:[s]s[.fraction]][ ][zone]      (today, in the zone)
 *   date       [+-]yyyy[yy][-[m]m[-[d]d[( |T)anything]]]
 *   zone       Z, UTC, +h, +hh, +hh:mm, +hhmm, or a region (Europe/Paris)
 * </pre>
 *
 * A fraction keeps its first six digits (microseconds). Text without a zone is in the read's time
 * zone. Stateless and thread-safe.
 */
final class LenientDateTimeParser {

  private static final String TIME =
      "(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{0,9}))?)?";
  private static final String ZONE = "\\s*(Z|[+-]\\d{1,2}(?::?\\d{2})?|[A-Za-z][A-Za-z0-9_/+:-]*)?";
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "([+-]?\\d{4,6})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[ T]" + TIME + ")?)?)?" + ZONE);
  private static final Pattern TIME_ONLY = Pattern.compile("T?" + TIME + ZONE);
  private static final Pattern DATE =
      Pattern.compile("([+-]?\\d{4,6})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[ T].*)?)?)?");

  private LenientDateTimeParser() {}

  /**
   * Microseconds since the epoch.
   *
   * @throws DateTimeException if the text is not a timestamp
   */
  static long timestampMicros(String text, ZoneId defaultZone) {
    String s = text.replace("GMT", "").trim();
    Matcher m = TIMESTAMP.matcher(s);
    LocalDate date;
    int time; // the group of the hour
    if (m.matches()) {
      date = LocalDate.of(year(m.group(1)), orOne(m.group(2)), orOne(m.group(3)));
      time = 4;
    } else {
      m = TIME_ONLY.matcher(s);
      if (!m.matches()) {
        throw new DateTimeException("not a timestamp: '" + text + "'");
      }
      time = 1;
      date = null;
    }
    ZoneId zone = m.group(time + 4) == null ? defaultZone : zone(m.group(time + 4));
    if (date == null) {
      date = LocalDate.now(zone);
    }
    String fraction = m.group(time + 3);
    LocalDateTime local =
        date.atTime(
            orZero(m.group(time)),
            orZero(m.group(time + 1)),
            orZero(m.group(time + 2)));
    long micros =
        fraction == null || fraction.isEmpty()
            ? 0
            : Long.parseLong((fraction + "00000").substring(0, 6));
    long seconds = local.atZone(zone).toEpochSecond();
    return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), micros);
  }

  /**
   * Days since the epoch.
   *
   * @throws DateTimeException if the text is not a date
   */
  static int epochDay(String text) {
    Matcher m = DATE.matcher(text.trim());
    if (!m.matches()) {
      throw new DateTimeException("not a date: '" + text + "'");
    }
    return (int) LocalDate.of(year(m.group(1)), orOne(m.group(2)), orOne(m.group(3))).toEpochDay();
  }

  /** As Spark's {@code getZoneId}: a one-digit hour or minute gets its leading zero. */
  private static ZoneId zone(String id) {
    String normalized =
        id.replaceFirst("([+-])(\\d):", "$10$2:").replaceFirst("([+-]\\d\\d):(\\d)$", "$1:0$2");
    return ZoneId.of(normalized, ZoneId.SHORT_IDS);
  }

  private static int year(String digits) {
    return Integer.parseInt(digits.startsWith("+") ? digits.substring(1) : digits);
  }

  private static int orOne(String digits) {
    return digits == null ? 1 : Integer.parseInt(digits);
  }

  private static int orZero(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }
}
