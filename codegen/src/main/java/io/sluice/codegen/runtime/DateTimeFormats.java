package io.sluice.codegen.runtime;

import io.sluice.codegen.errors.DateTimeErrors;
import java.text.SimpleDateFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spark 3+'s datetime patterns ({@code DateTimeFormatterHelper} and {@code
 * Iso8601TimestampFormatter}): the letters Spark rejects, {@code y} read as the proleptic year
 * {@code u} (so {@code yy} is 2000-2099), fractions of variable length when parsing ({@code
 * SSSSSS} reads {@code .1}), strict ISO resolution, and missing fields defaulted as Spark does
 * (year 1970, day-of-year checked against month and day). Patterns Spark rejects raise its
 * errors; the formatters are cached per pattern.
 */
public final class DateTimeFormats {

  private static final String WEEK_BASED_LETTERS = "YWwuec";
  private static final String UNSUPPORTED_LETTERS = "ABnNp";
  private static final String UNSUPPORTED_WHEN_PARSING = "EFqQ";
  private static final String[] TOO_LONG = {"GGGGG", "MMMMM", "LLLLL", "EEEEE", "QQQQQ", "qqqqq", "yyyyyyy", "YYYYYYY"};
  private static final int MAX_CACHED = 256;
  private static final ConcurrentHashMap<String, DateTimeFormatter> PARSERS = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, DateTimeFormatter> PRINTERS = new ConcurrentHashMap<>();

  private DateTimeFormats() {}

  /**
   * Microseconds since the epoch of {@code s} read with {@code pattern}, in {@code zone} unless
   * the text names a zone. Throws {@link DateTimeException} when {@code s} does not match (the
   * caller turns it into null or Spark's error), {@link ArithmeticException} when the result
   * does not fit, as Spark.
   */
  public static long parse(String s, String pattern, ZoneId zone) {
    TemporalAccessor parsed = formatter(pattern, true).parse(s);
    ZoneId parsedZone = parsed.query(TemporalQueries.zone());
    ZonedDateTime t =
        ZonedDateTime.of(localDate(parsed), localTime(parsed), parsedZone == null ? zone : parsedZone);
    return Math.addExact(
        Math.multiplyExact(t.toEpochSecond(), Casts.MICROS_PER_SECOND),
        t.get(ChronoField.MICRO_OF_SECOND));
  }

  /** {@code micros} as text in {@code pattern}, in {@code zone}. */
  public static String format(long micros, String pattern, ZoneId zone) {
    Instant instant =
        Instant.ofEpochSecond(
            Math.floorDiv(micros, Casts.MICROS_PER_SECOND),
            Math.floorMod(micros, Casts.MICROS_PER_SECOND) * 1000);
    return formatter(pattern, false).withZone(zone).format(instant);
  }

  /** Checks {@code pattern} as Spark does when it builds the formatter; throws Spark's error. */
  public static void validate(String pattern, boolean parsing) {
    formatter(pattern, parsing);
  }

  private static DateTimeFormatter formatter(String pattern, boolean parsing) {
    ConcurrentHashMap<String, DateTimeFormatter> cache = parsing ? PARSERS : PRINTERS;
    DateTimeFormatter f = cache.get(pattern);
    if (f == null) {
      f = build(pattern, parsing);
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(pattern, f);
    }
    return f;
  }

  /**
   * As Spark's {@code validatePatternString(checkLegacy = true)}: a pattern that fails here but
   * that Spark 2's {@link SimpleDateFormat} accepts is an upgrade error; otherwise the failure
   * itself is reported.
   */
  private static DateTimeFormatter build(String pattern, boolean parsing) {
    try {
      String converted = convertIncompatible(pattern, parsing);
      DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
      if (parsing) {
        appendWithVariableFraction(b, converted);
      } else {
        b.appendPattern(converted);
      }
      return b.toFormatter(Locale.US)
          .withChronology(IsoChronology.INSTANCE)
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      try {
        new SimpleDateFormat(pattern, Locale.US);
      } catch (RuntimeException legacyRejects) {
        if (e instanceof io.sluice.codegen.errors.SluiceThrowable) {
          throw e;
        }
        throw DateTimeErrors.invalidPattern(pattern);
      }
      throw DateTimeErrors.patternRecognition(pattern, e);
    }
  }

  /** Spark's {@code convertIncompatiblePattern}: rejects letters and lengths, {@code y} -> {@code u} unless an era is used. */
  private static String convertIncompatible(String pattern, boolean parsing) {
    String[] parts = (pattern + " ").split("'", -1);
    boolean era = false;
    for (int i = 0; i < parts.length; i += 2) {
      era |= parts[i].indexOf('G') >= 0;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i % 2 == 0) {
        for (char c : part.toCharArray()) {
          if (WEEK_BASED_LETTERS.indexOf(c) >= 0) {
            throw DateTimeErrors.weekBased(c);
          }
        }
        for (char c : part.toCharArray()) {
          if (UNSUPPORTED_LETTERS.indexOf(c) >= 0 || (parsing && UNSUPPORTED_WHEN_PARSING.indexOf(c) >= 0)) {
            throw DateTimeErrors.illegalCharacter(pattern, c);
          }
        }
        for (String style : TOO_LONG) {
          if (part.contains(style)) {
            throw DateTimeErrors.tooLong(pattern);
          }
        }
        if (!era) {
          part = part.replace('y', 'u');
        }
      }
      out.append(i == 0 ? "" : "'").append(part);
    }
    return out.substring(0, out.length() - 1);
  }

  /** Spark's {@code createBuilderWithVarLengthSecondFraction}: each run of {@code S} reads 1 to n digits. */
  private static void appendWithVariableFraction(DateTimeFormatterBuilder b, String pattern) {
    // Odd parts were quoted; an empty one is two adjacent quotes, a literal quote.
    String[] parts = pattern.split("'", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i % 2 == 1) {
        b.appendLiteral(part.isEmpty() ? "'" : part);
        continue;
      }
      int start = 0;
      while (start < part.length()) {
        int s = part.indexOf('S', start);
        if (s < 0) {
          b.appendPattern(part.substring(start));
          break;
        }
        if (s > start) {
          b.appendPattern(part.substring(start, s));
        }
        int e = s;
        while (e < part.length() && part.charAt(e) == 'S') {
          e++;
        }
        b.appendFraction(ChronoField.NANO_OF_SECOND, 1, e - s, false);
        start = e;
      }
    }
  }

  /** Spark's {@code toLocalDate}: missing fields default to 1970-01-01; a day of year must agree with month and day. */
  private static LocalDate localDate(TemporalAccessor t) {
    LocalDate date = t.query(TemporalQueries.localDate());
    if (date != null) {
      return date;
    }
    int year = t.isSupported(ChronoField.YEAR) ? t.get(ChronoField.YEAR) : 1970;
    if (t.isSupported(ChronoField.DAY_OF_YEAR)) {
      LocalDate d = LocalDate.ofYearDay(year, t.get(ChronoField.DAY_OF_YEAR));
      verify(t, ChronoField.MONTH_OF_YEAR, d);
      verify(t, ChronoField.DAY_OF_MONTH, d);
      return d;
    }
    return LocalDate.of(
        year,
        t.isSupported(ChronoField.MONTH_OF_YEAR) ? t.get(ChronoField.MONTH_OF_YEAR) : 1,
        t.isSupported(ChronoField.DAY_OF_MONTH) ? t.get(ChronoField.DAY_OF_MONTH) : 1);
  }

  private static void verify(TemporalAccessor t, ChronoField field, LocalDate candidate) {
    if (t.isSupported(field)) {
      int actual = t.get(field);
      int expected = candidate.get(field);
      if (actual != expected) {
        throw new DateTimeException(
            "Conflict found: Field " + field + " " + actual + " differs from " + field + " "
                + expected + " derived from " + candidate + ".");
      }
    }
  }

  /** Spark's {@code toLocalTime}: missing fields are zero; a lone PM is 12:00. */
  private static LocalTime localTime(TemporalAccessor t) {
    LocalTime time = t.query(TemporalQueries.localTime());
    if (time != null) {
      return time;
    }
    int hour;
    if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
      hour = t.get(ChronoField.HOUR_OF_DAY);
    } else if (t.isSupported(ChronoField.HOUR_OF_AMPM)) {
      hour = t.get(ChronoField.HOUR_OF_AMPM);
    } else if (t.isSupported(ChronoField.AMPM_OF_DAY) && t.get(ChronoField.AMPM_OF_DAY) == 1) {
      hour = 12;
    } else {
      hour = 0;
    }
    return LocalTime.of(
        hour,
        t.isSupported(ChronoField.MINUTE_OF_HOUR) ? t.get(ChronoField.MINUTE_OF_HOUR) : 0,
        t.isSupported(ChronoField.SECOND_OF_MINUTE) ? t.get(ChronoField.SECOND_OF_MINUTE) : 0,
        t.isSupported(ChronoField.NANO_OF_SECOND) ? t.get(ChronoField.NANO_OF_SECOND) : 0);
  }
}
