package io.sluice.codegen.function;

import static io.sluice.codegen.ir.Exprs.call;
import static io.sluice.codegen.ir.Exprs.cast;
import static io.sluice.codegen.ir.Exprs.literal;
import static io.sluice.codegen.ir.Exprs.literalOf;
import static io.sluice.codegen.testing.Evaluate.both;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.Interpreter;
import io.sluice.codegen.errors.SluiceDateTimeException;
import io.sluice.codegen.errors.SluiceIllegalArgumentException;
import io.sluice.codegen.errors.SluiceRuntimeException;
import io.sluice.codegen.errors.SluiceThrowable;
import io.sluice.codegen.errors.SluiceUpgradeException;
import io.sluice.codegen.ir.Expr;
import io.sluice.columnar.types.DataType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spark 4.2's datetime patterns and session time zone in {@code to_timestamp}, {@code to_date},
 * {@code unix_timestamp}, {@code date_format}, {@code hour} and DATE/TIMESTAMP casts, on both
 * evaluators. Expected values are Spark 4.2.0's golden results ({@code
 * sql-tests/results/timestamp.sql.out}, {@code datetime-parsing.sql.out}, {@code
 * datetime-parsing-invalid.sql.out} and its {@code nonansi/} copy, {@code
 * datetime-formatting-invalid.sql.out}), which run with session time zone America/Los_Angeles.
 */
class DateTimePatternTest {

  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  private static final EvalOptions ANSI_LA = EvalOptions.of(true, LA);
  private static final EvalOptions LEGACY_LA = EvalOptions.of(false, LA);

  /** A wall-clock time in Los Angeles as microseconds since the epoch (how the golden files print timestamps). */
  private static long la(String local) {
    ZonedDateTime t = LocalDateTime.parse(local.replace(' ', 'T')).atZone(LA);
    return t.toEpochSecond() * 1_000_000L + t.getNano() / 1000;
  }

  private static Expr fn(String name, Object... args) {
    List<Expr> es = new ArrayList<>();
    for (Object a : args) {
      es.add(a instanceof Expr ? (Expr) a : literalOf(a));
    }
    return call(name, es);
  }

  /** The value with ANSI on and with it off: both must be {@code expected} when the input parses. */
  private static void parses(Expr e, Object expected) {
    assertThat(both(e, ANSI_LA)).as("ANSI %s", e).isEqualTo(expected);
    assertThat(both(e, LEGACY_LA)).as("legacy %s", e).isEqualTo(expected);
  }

  /** The error both evaluators raise under {@code options}; they must agree on class and message. */
  private static RuntimeException error(Expr e, EvalOptions options) {
    RuntimeException interpreted = null;
    try {
      Interpreter.evaluate(e, new Object[0], options);
    } catch (RuntimeException ex) {
      interpreted = ex;
    }
    assertThat(interpreted).as("interpreted %s", e).isNotNull();
    RuntimeException compiled = null;
    try {
      both(e, options);
    } catch (RuntimeException ex) {
      compiled = ex;
    }
    assertThat(compiled).as("compiled %s", e).isInstanceOf(interpreted.getClass());
    assertThat(compiled.getMessage()).isEqualTo(interpreted.getMessage());
    return interpreted;
  }

  private static String condition(RuntimeException e) {
    return ((SluiceThrowable) e).getCondition();
  }

  @Test
  void toTimestampReadsWallClockInSessionZone() {
    // timestamp.sql #69: to_timestamp('2016-12-31', 'yyyy-MM-dd') -> 2016-12-31 00:00:00
    parses(fn("to_timestamp", "2016-12-31", "yyyy-MM-dd"), la("2016-12-31 00:00:00"));
    // #75: a zone in the text wins over the session zone: 10:11:12.123 UTC is 03:11:12.123 in LA
    parses(fn("to_timestamp", "2019-10-06 10:11:12.123UTC", "yyyy-MM-dd HH:mm:ss.SSSSSS[zzz]"),
        la("2019-10-06 03:11:12.123"));
    // #77: CST -> 08:11:12.12345
    parses(fn("to_timestamp", "2019-10-06 10:11:12.12345CST", "yyyy-MM-dd HH:mm:ss.SSSSSS[zzz]"),
        la("2019-10-06 08:11:12.12345"));
    // #100, #101
    parses(fn("to_timestamp", "2019 40", "yyyy mm"), la("2019-01-01 00:40:00"));
    parses(fn("to_timestamp", "2019 10:10:10", "yyyy hh:mm:ss"), la("2019-01-01 10:10:10"));
    // #98: to_timestamp("16", "dd") -> 1970-01-16 00:00:00
    parses(fn("to_timestamp", "16", "dd"), la("1970-01-16 00:00:00"));
  }

  @Test
  void variableLengthFractionsOptionalSectionsAndQuotes() {
    // timestamp.sql #72-74, #76, #78
    String p = "yyyy-MM-dd HH:mm:ss.SSSSSS[zzz]";
    parses(fn("to_timestamp", "2019-10-06 10:11:12.0", p), la("2019-10-06 10:11:12"));
    parses(fn("to_timestamp", "2019-10-06 10:11:12.1", p), la("2019-10-06 10:11:12.1"));
    parses(fn("to_timestamp", "2019-10-06 10:11:12.12", p), la("2019-10-06 10:11:12.12"));
    parses(fn("to_timestamp", "2019-10-06 10:11:12.1234", p), la("2019-10-06 10:11:12.1234"));
    parses(fn("to_timestamp", "2019-10-06 10:11:12.123456PST", p), la("2019-10-06 10:11:12.123456"));
    // #80: two fraction fields that agree
    parses(fn("to_timestamp", "123456 2019-10-06 10:11:12.123456PST", "SSSSSS " + p), la("2019-10-06 10:11:12.123456"));
    // #82-86: optional sections
    parses(fn("to_timestamp", "2019-10-06 10:11:12.1234", "yyyy-MM-dd HH:mm:ss.[SSSSSS]"), la("2019-10-06 10:11:12.1234"));
    parses(fn("to_timestamp", "2019-10-06 10:11:12.123", "yyyy-MM-dd HH:mm:ss[.SSSSSS]"), la("2019-10-06 10:11:12.123"));
    parses(fn("to_timestamp", "2019-10-06 10:11:12", "yyyy-MM-dd HH:mm:ss[.SSSSSS]"), la("2019-10-06 10:11:12"));
    parses(fn("to_timestamp", "2019-10-06 10:11:12.12", "yyyy-MM-dd HH:mm[:ss.SSSSSS]"), la("2019-10-06 10:11:12.12"));
    parses(fn("to_timestamp", "2019-10-06 10:11", "yyyy-MM-dd HH:mm[:ss.SSSSSS]"), la("2019-10-06 10:11:00"));
    // #87, #88, #91-97: quoted text and quoted quotes
    parses(fn("to_timestamp", "2019-10-06S10:11:12.12345", "yyyy-MM-dd'S'HH:mm:ss.SSSSSS"), la("2019-10-06 10:11:12.12345"));
    parses(fn("to_timestamp", "12.12342019-10-06S10:11", "ss.SSSSyyyy-MM-dd'S'HH:mm"), la("2019-10-06 10:11:12.1234"));
    parses(fn("to_timestamp", "12.1234019-10-06S10:11", "ss.SSSSy-MM-dd'S'HH:mm"), la("0019-10-06 10:11:12.1234"));
    parses(fn("to_timestamp", "2019-10-06S", "yyyy-MM-dd'S'"), la("2019-10-06 00:00:00"));
    parses(fn("to_timestamp", "S2019-10-06", "'S'yyyy-MM-dd"), la("2019-10-06 00:00:00"));
    parses(fn("to_timestamp", "2019-10-06T10:11:12'12", "yyyy-MM-dd'T'HH:mm:ss''SSSS"), la("2019-10-06 10:11:12.12"));
    parses(fn("to_timestamp", "2019-10-06T10:11:12'", "yyyy-MM-dd'T'HH:mm:ss''"), la("2019-10-06 10:11:12"));
    parses(fn("to_timestamp", "'2019-10-06T10:11:12", "''yyyy-MM-dd'T'HH:mm:ss"), la("2019-10-06 10:11:12"));
    parses(fn("to_timestamp", "P2019-10-06T10:11:12", "'P'yyyy-MM-dd'T'HH:mm:ss"), la("2019-10-06 10:11:12"));
  }

  @Test
  void yearsAndDaysOfYear() {
    // datetime-parsing.sql #3, #4: yy is 2000-2099
    parses(fn("to_timestamp", "00", "yy"), la("2000-01-01 00:00:00"));
    parses(fn("to_timestamp", "99", "yy"), la("2099-01-01 00:00:00"));
    // #2, #8
    parses(fn("to_timestamp", "009999", "y"), la("9999-01-01 00:00:00"));
    parses(fn("to_timestamp", "9999", "yyyy"), la("9999-01-01 00:00:00"));
    // #13-26: day of year, alone and with year, month, day
    parses(fn("to_timestamp", "9", "D"), la("1970-01-09 00:00:00"));
    parses(fn("to_timestamp", "300", "D"), la("1970-10-27 00:00:00"));
    parses(fn("to_timestamp", "99", "DD"), la("1970-04-09 00:00:00"));
    parses(fn("to_timestamp", "365", "DDD"), la("1970-12-31 00:00:00"));
    parses(fn("to_timestamp", "31-365", "dd-DDD"), la("1970-12-31 00:00:00"));
    parses(fn("to_timestamp", "12-365", "MM-DDD"), la("1970-12-31 00:00:00"));
    parses(fn("to_timestamp", "2020-365", "yyyy-DDD"), la("2020-12-30 00:00:00"));
    parses(fn("to_timestamp", "2020-12-350", "yyyy-MM-DDD"), la("2020-12-15 00:00:00"));
    parses(fn("to_timestamp", "2020-12-31-366", "yyyy-MM-dd-DDD"), la("2020-12-31 00:00:00"));
  }

  @Test
  void unparseableInputFailsUnderAnsiAndIsNullWithout() {
    // datetime-parsing-invalid.sql #2, #7, #12, #14, #20, #22, #24 (ANSI) and nonansi/ (NULL)
    Object[][] cases = {
      {fn("to_timestamp", "1", "yy"), "Text '1' could not be parsed at index 0", "try_to_timestamp"},
      {fn("to_timestamp", "366", "D"), "Invalid date 'DayOfYear 366' as '1970' is not a leap year", "try_to_timestamp"},
      {fn("to_timestamp", "30-365", "dd-DDD"),
          "Conflict found: Field DayOfMonth 30 differs from DayOfMonth 31 derived from 1970-12-31.", "try_to_timestamp"},
      {fn("to_timestamp", "2019-366", "yyyy-DDD"),
          "Text '2019-366' could not be parsed: Invalid date 'DayOfYear 366' as '2019' is not a leap year", "try_to_timestamp"},
      {fn("to_date", "2020-01-27T20:06:11.847", "yyyy-MM-dd HH:mm:ss.SSS"),
          "Text '2020-01-27T20:06:11.847' could not be parsed at index 10", "try_to_date"},
      {fn("to_timestamp", "Unparseable", "yyyy-MM-dd HH:mm:ss.SSS"),
          "Text 'Unparseable' could not be parsed at index 0", "try_to_timestamp"},
      {fn("unix_timestamp", "Unparseable", "yyyy-MM-dd HH:mm:ss.SSS"),
          "Text 'Unparseable' could not be parsed at index 0", "try_to_timestamp"},
      {fn("to_unix_timestamp", "2020-01-27T20:06:11.847", "yyyy-MM-dd HH:mm:ss.SSS"),
          "Text '2020-01-27T20:06:11.847' could not be parsed at index 10", "try_to_timestamp"},
    };
    for (Object[] c : cases) {
      Expr e = (Expr) c[0];
      RuntimeException ex = error(e, ANSI_LA);
      assertThat(ex).isInstanceOf(SluiceDateTimeException.class);
      assertThat(ex.getMessage())
          .isEqualTo("[CANNOT_PARSE_TIMESTAMP] " + c[1] + ". Use `" + c[2]
              + "` to tolerate invalid input string and return NULL instead. SQLSTATE: 22007");
      assertThat(both(e, LEGACY_LA)).as("legacy %s", e).isNull();
    }
    // timestamp.sql #71, #79, #81, #89, #99
    assertThat(condition(error(fn("to_timestamp", "2019-10-06 10:11:12.", "yyyy-MM-dd HH:mm:ss.SSSSSS[zzz]"), ANSI_LA)))
        .isEqualTo("CANNOT_PARSE_TIMESTAMP");
    assertThat(condition(error(fn("to_timestamp", "2019-10-06 10:11:12.1234567PST", "yyyy-MM-dd HH:mm:ss.SSSSSS[zzz]"), ANSI_LA)))
        .isEqualTo("CANNOT_PARSE_TIMESTAMP");
    assertThat(condition(error(fn("to_timestamp", "223456 2019-10-06 10:11:12.123456PST", "SSSSSS yyyy-MM-dd HH:mm:ss.SSSSSS[zzz]"), ANSI_LA)))
        .isEqualTo("CANNOT_PARSE_TIMESTAMP");
    assertThat(condition(error(fn("to_timestamp", "12.1232019-10-06S10:11", "ss.SSSSyyyy-MM-dd'S'HH:mm"), ANSI_LA)))
        .isEqualTo("CANNOT_PARSE_TIMESTAMP");
    assertThat(condition(error(fn("to_timestamp", "02-29", "MM-dd"), ANSI_LA))).isEqualTo("CANNOT_PARSE_TIMESTAMP");
    assertThat(both(fn("to_timestamp", "02-29", "MM-dd"), LEGACY_LA)).isNull();
  }

  @Test
  void yearOutOfRangeOverflows() {
    // datetime-parsing-invalid.sql #1 (ANSI and nonansi): java.lang.ArithmeticException: long overflow
    for (EvalOptions o : List.of(ANSI_LA, LEGACY_LA)) {
      RuntimeException e = error(fn("to_timestamp", "294248", "y"), o);
      assertThat(e).isExactlyInstanceOf(ArithmeticException.class).hasMessage("long overflow");
    }
  }

  @Test
  void invalidPatternsRaiseSparksErrorsInBothModes() {
    String ts = "2018-11-17 13:33:33.333";
    for (EvalOptions o : List.of(ANSI_LA, LEGACY_LA)) {
      // datetime-formatting-invalid.sql: Spark 2 accepted these -> upgrade error
      for (String p : new String[] {"GGGGG", "yyyyyyy", "MMMMM", "EEEEE", "FF", "ddd", "HHH", "SSSSSSSSSS", "aa", "zzzzz", "Y", "w", "u"}) {
        RuntimeException e = error(fn("date_format", ts, p), o);
        assertThat(e).as(p).isInstanceOf(SluiceUpgradeException.class);
        assertThat(condition(e)).isEqualTo("INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION");
        assertThat(((SluiceThrowable) e).getMessageParameters()).containsEntry("pattern", "'" + p + "'")
            .containsEntry("config", "\"spark.sql.legacy.timeParserPolicy\"");
      }
      // illegal characters and lengths
      for (String p : new String[] {"A", "n", "N", "p", "B"}) {
        RuntimeException e = error(fn("date_format", ts, p), o);
        assertThat(e).isInstanceOf(SluiceIllegalArgumentException.class);
        assertThat(e.getMessage()).isEqualTo("[INVALID_DATETIME_PATTERN.ILLEGAL_CHARACTER] Unrecognized datetime pattern: "
            + p + ". Illegal pattern character found in datetime pattern: " + p + ". Please provide legal character. SQLSTATE: 22007");
      }
      for (String p : new String[] {"qqqqq", "QQQQQ"}) {
        assertThat(condition(error(fn("date_format", ts, p), o))).isEqualTo("INVALID_DATETIME_PATTERN.LENGTH");
      }
      for (String p : new String[] {"V", "XXXXXX", "OO", "xxxxxx", "C", "I"}) {
        RuntimeException e = error(fn("date_format", ts, p), o);
        assertThat(e).isInstanceOf(SluiceRuntimeException.class);
        assertThat(condition(e)).isEqualTo("INVALID_DATETIME_PATTERN.WITH_SUGGESTION");
      }
      for (String p : new String[] {"e", "c"}) {
        RuntimeException e = error(fn("date_format", ts, p), o);
        assertThat(condition(e)).isEqualTo("INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_WEEK_BASED_PATTERN");
        assertThat(((SluiceThrowable) e).getMessageParameters()).containsEntry("c", p);
      }
      // datetime-parsing-invalid.sql #6 (and its nonansi/ copy)
      assertThat(condition(error(fn("to_timestamp", "1234567", "yyyyyyy"), o)))
          .isEqualTo("INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION");
    }
  }

  @Test
  void formattingAndFieldsUseSessionZone() {
    // date_format of a wall-clock literal in the session zone prints the same wall clock
    long t = la("2018-11-17 13:33:33.333");
    assertThat(both(fn("date_format", literal(t, DataType.TIMESTAMP), "yyyy-MM-dd HH:mm:ss.SSS"), LEGACY_LA))
        .isEqualTo("2018-11-17 13:33:33.333");
    assertThat(both(fn("hour", literal(t, DataType.TIMESTAMP)), ANSI_LA)).isEqualTo(13);
    // timestamp.sql #70: to_timestamp(1) prints 1969-12-31 16:00:01 in LA; its hour there is 16
    assertThat(both(fn("hour", literal(1_000_000L, DataType.TIMESTAMP)), ANSI_LA)).isEqualTo(16);
    // from_unixtime(0) in LA
    assertThat(both(fn("from_unixtime", 0L), ANSI_LA)).isEqualTo("1969-12-31 16:00:00");
  }

  @Test
  void dateTimestampCastsUseSessionZone() {
    // Spark: CAST(DATE '2016-12-31' AS TIMESTAMP) is midnight in the session zone
    int day = (int) LocalDate.parse("2016-12-31").toEpochDay();
    assertThat(both(cast(literal(day, DataType.DATE), DataType.TIMESTAMP), ANSI_LA)).isEqualTo(la("2016-12-31 00:00:00"));
    // ... and a timestamp's date is its date there: 1969-12-31 16:00:01 LA is still 1969-12-31
    assertThat(both(cast(literal(1_000_000L, DataType.TIMESTAMP), DataType.DATE), LEGACY_LA))
        .isEqualTo((int) LocalDate.parse("1969-12-31").toEpochDay());
    // to_date with a pattern: the local date
    parses(fn("to_date", "2016-12-31 23:59:59", "yyyy-MM-dd HH:mm:ss"), (int) LocalDate.parse("2016-12-31").toEpochDay());
  }
}
