package io.sluice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.codegen.errors.SluiceDateTimeException;
import io.sluice.codegen.errors.SluiceIllegalArgumentException;
import io.sluice.codegen.errors.SluiceUpgradeException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Datetime functions through SQL in the session time zone America/Los_Angeles (the zone Spark's
 * golden files run in), generated and interpreted, ANSI on and off. Expected values are Spark
 * 4.2.0's golden results: {@code sql-tests/results/timestamp.sql.out}, {@code
 * datetime-parsing.sql.out}, {@code datetime-parsing-invalid.sql.out} (and {@code nonansi/}),
 * {@code datetime-formatting-invalid.sql.out}.
 */
class DateTimeQueryTest {
  private Session spark;

  @BeforeEach
  void setUp() {
    spark = Session.builder().appName("datetime").master("local[1]").getOrCreate();
    spark.conf().set(RuntimeConfig.SESSION_TIME_ZONE, "America/Los_Angeles");
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  private List<Row> both(String sql) {
    spark.conf().set(RuntimeConfig.CODEGEN_INTERPRETED, "false");
    List<Row> generated = spark.sql(sql).collectAsList();
    spark.conf().set(RuntimeConfig.CODEGEN_INTERPRETED, "true");
    List<Row> interpreted = spark.sql(sql).collectAsList();
    assertThat(generated).as(sql).isEqualTo(interpreted);
    return generated;
  }

  @Test
  void parsedTimesAreWallClockTimesInTheSessionZone() {
    // timestamp.sql #69, #73, #75, #86, #100; datetime-parsing.sql #4, #13, #22
    assertThat(both("SELECT CAST(to_timestamp('2016-12-31', 'yyyy-MM-dd') AS STRING),"
            + " CAST(to_timestamp('2019-10-06 10:11:12.1', 'yyyy-MM-dd HH:mm:ss.SSSSSS[zzz]') AS STRING),"
            + " CAST(to_timestamp('2019-10-06 10:11:12.123UTC', 'yyyy-MM-dd HH:mm:ss.SSSSSS[zzz]') AS STRING),"
            + " CAST(to_timestamp('2019-10-06 10:11', 'yyyy-MM-dd HH:mm[:ss.SSSSSS]') AS STRING),"
            + " CAST(to_timestamp('2019 40', 'yyyy mm') AS STRING),"
            + " CAST(to_timestamp('99', 'yy') AS STRING),"
            + " CAST(to_timestamp('9', 'D') AS STRING),"
            + " CAST(to_timestamp('2020-365', 'yyyy-DDD') AS STRING)"))
        .containsExactly(Row.of("2016-12-31 00:00:00", "2019-10-06 10:11:12.1", "2019-10-06 03:11:12.123",
            "2019-10-06 10:11:00", "2019-01-01 00:40:00", "2099-01-01 00:00:00", "1970-01-09 00:00:00",
            "2020-12-30 00:00:00"));
  }

  @Test
  void zoneDependentFunctionsAndCasts() {
    // timestamp.sql #70: to_timestamp(1) is 1969-12-31 16:00:01 in Los Angeles
    assertThat(both("SELECT CAST(to_timestamp(1) AS STRING), hour(to_timestamp(1)),"
            + " CAST(CAST(to_timestamp(1) AS DATE) AS STRING), from_unixtime(0),"
            + " CAST(CAST(DATE '2016-12-31' AS TIMESTAMP) AS STRING),"
            + " date_format(to_timestamp('2016-12-31 13:14:15', 'yyyy-MM-dd HH:mm:ss'), 'yyyy/MM/dd HH:mm')"))
        .containsExactly(Row.of("1969-12-31 16:00:01", 16, "1969-12-31", "1969-12-31 16:00:00",
            "2016-12-31 00:00:00", "2016/12/31 13:14"));
  }

  @Test
  void currentTimestampIsReadOncePerQuery() {
    // timestamp.sql #5, #6: select current_timestamp = current_timestamp -> true
    assertThat(both("SELECT current_timestamp() = current_timestamp(), now() = current_timestamp(),"
            + " current_date() = CAST(now() AS DATE)"))
        .containsExactly(Row.of(true, true, true));
  }

  @Test
  void unparseableInputUnderAnsiAndWithout() {
    // datetime-parsing-invalid.sql #2, #23: CANNOT_PARSE_TIMESTAMP with ANSI on
    assertThatThrownBy(() -> both("SELECT to_timestamp('1', 'yy')"))
        .isInstanceOf(SluiceDateTimeException.class)
        .hasMessage("[CANNOT_PARSE_TIMESTAMP] Text '1' could not be parsed at index 0. Use `try_to_timestamp`"
            + " to tolerate invalid input string and return NULL instead. SQLSTATE: 22007");
    assertThatThrownBy(() -> both("SELECT to_date('Unparseable', 'yyyy-MM-dd HH:mm:ss.SSS')"))
        .isInstanceOf(SluiceDateTimeException.class)
        .hasMessageContaining("Use `try_to_date`");
    // nonansi/datetime-parsing-invalid.sql #2, #21, #25: NULL
    spark.conf().set("spark.sql.ansi.enabled", "false");
    assertThat(both("SELECT to_timestamp('1', 'yy'), to_date('Unparseable', 'yyyy-MM-dd HH:mm:ss.SSS'),"
            + " unix_timestamp('Unparseable', 'yyyy-MM-dd HH:mm:ss.SSS')"))
        .containsExactly(Row.of(null, null, null));
  }

  @Test
  void invalidPatternsFailWhateverTheMode() {
    for (String ansi : new String[] {"true", "false"}) {
      spark.conf().set("spark.sql.ansi.enabled", ansi);
      // datetime-formatting-invalid.sql: 'A' illegal, 'yyyyyyy' an upgrade error
      assertThatThrownBy(() -> both("SELECT date_format(to_timestamp('2018-11-17', 'yyyy-MM-dd'), 'A')"))
          .isInstanceOf(SluiceIllegalArgumentException.class)
          .hasMessageStartingWith("[INVALID_DATETIME_PATTERN.ILLEGAL_CHARACTER]");
      // datetime-parsing-invalid.sql #6 and its nonansi/ copy
      assertThatThrownBy(() -> both("SELECT to_timestamp('1234567', 'yyyyyyy')"))
          .isInstanceOf(SluiceUpgradeException.class)
          .hasMessageStartingWith("[INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION]"
              + " You may get a different result due to the upgrading to Spark >= 3.0:");
    }
  }
}
