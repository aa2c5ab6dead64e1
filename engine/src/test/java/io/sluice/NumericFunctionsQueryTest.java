package io.sluice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.codegen.errors.SluiceArithmeticException;
import io.sluice.codegen.errors.SluiceRuntimeException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Math, decimal and regexp functions through SQL, generated and interpreted. Every expected value
 * is Spark 4.2.0's: the golden file and statement are named next to it (statement numbers count
 * from 0 as the conformance harness does), or the differential case that found it.
 */
class NumericFunctionsQueryTest {
  private Session spark;

  @BeforeEach
  void setUp() {
    spark = Session.builder().appName("numeric").master("local[1]").getOrCreate();
    spark.createDataFrame(Arrays.asList(Row.of((Object) null)), "a INT").createOrReplaceTempView("nulls");
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  private void mode(boolean interpreted, boolean ansi) {
    spark.conf().set("sluice.sql.codegen.interpreted", Boolean.toString(interpreted));
    spark.conf().set("spark.sql.ansi.enabled", Boolean.toString(ansi));
  }

  private List<Row> rows(String sql) {
    return spark.sql(sql).collectAsList();
  }

  @ParameterizedTest(name = "interpreted={0}")
  @ValueSource(booleans = {false, true})
  void integralRoundOverflowsUnderAnsi(boolean interpreted) {
    mode(interpreted, true);
    // math.sql #6, #27, #42, #55: [ARITHMETIC_OVERFLOW] with message "Overflow"
    for (String sql : List.of("SELECT round(127y, -1)", "SELECT round(9223372036854775807L, -1)",
        "SELECT bround(-32768s, -1)", "SELECT bround(9223372036854775807L, -1)",
        "SELECT round(2147483647, -1)")) {
      assertThatThrownBy(() -> rows(sql))
          .as(sql)
          .isInstanceOf(SluiceArithmeticException.class)
          .hasMessageStartingWith("[ARITHMETIC_OVERFLOW] Overflow. If necessary set");
    }
    // math.sql #3 round(25y, -1) = 30, #31 bround(25y, -1) = 20, round(525L, -2) = 500; types kept
    assertThat(rows("SELECT round(25y, -1), bround(25y, -1), round(525L, -2)"))
        .containsExactly(Row.of((byte) 30, (byte) 20, 500L));
  }

  @ParameterizedTest(name = "interpreted={0}")
  @ValueSource(booleans = {false, true})
  void integralRoundWrapsWithAnsiOff(boolean interpreted) {
    mode(interpreted, false);
    // nonansi/math.sql #6 -126, #27 -9223372036854775806, #42 32766
    assertThat(rows("SELECT round(127y, -1), round(9223372036854775807L, -1), bround(-32768s, -1)"))
        .containsExactly(Row.of((byte) -126, -9223372036854775806L, (short) 32766));
  }

  @ParameterizedTest(name = "interpreted={0}")
  @ValueSource(booleans = {false, true})
  void expUsesStrictMath(boolean interpreted) {
    mode(interpreted, true);
    // postgreSQL/numeric.sql: select exp(1.0) -> 2.7182818284590455
    assertThat(rows("SELECT exp(1.0)")).containsExactly(Row.of(2.7182818284590455));
  }

  @ParameterizedTest(name = "interpreted={0}")
  @ValueSource(booleans = {false, true})
  void isnanOfNullIsFalse(boolean interpreted) {
    mode(interpreted, true);
    // differential cases 20261202-20 (isnan(a5) over NULL: false) and 20261202-124
    // (count(isnan(a0)) over one NULL: 1)
    assertThat(rows("SELECT isnan(a) FROM nulls")).containsExactly(Row.of(false));
    assertThat(rows("SELECT count(isnan(a)) FROM nulls")).containsExactly(Row.of(1L));
    assertThat(rows("SELECT isnan(CAST('NaN' AS DOUBLE)), isnan(1.0)")).containsExactly(Row.of(true, false));
  }

  @ParameterizedTest(name = "interpreted={0}")
  @ValueSource(booleans = {false, true})
  void regexpExtractChecksTheGroupIndex(boolean interpreted) {
    // regexp-functions.sql #3, #12, #13 (with [0-9] for \\d: the SQL front end keeps backslashes)
    for (boolean ansi : new boolean[] {true, false}) {
      mode(interpreted, ansi);
      assertThatThrownBy(() -> rows("SELECT regexp_extract('1a 2b 14m', '[0-9]+', 1)"))
          .isInstanceOf(SluiceRuntimeException.class)
          .hasMessage("[INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX] The value of parameter(s) `idx` in"
              + " `regexp_extract` is invalid: Expects group index between 0 and 0, but got 1."
              + " SQLSTATE: 22023");
      assertThatThrownBy(() -> rows("SELECT regexp_extract('1a 2b 14m', '([0-9]+)([a-z]+)', 3)"))
          .hasMessageContaining("Expects group index between 0 and 2, but got 3.");
      assertThatThrownBy(() -> rows("SELECT regexp_extract('1a 2b 14m', '([0-9]+)([a-z]+)', -1)"))
          .hasMessageContaining("Expects group index between 0 and 2, but got -1.");
      // regexp-functions.sql #9-11: 1a, 1, a
      assertThat(rows("SELECT regexp_extract('1a 2b 14m', '([0-9]+)([a-z]+)', 0),"
              + " regexp_extract('1a 2b 14m', '([0-9]+)([a-z]+)', 1),"
              + " regexp_extract('1a 2b 14m', '([0-9]+)([a-z]+)', 2)"))
          .containsExactly(Row.of("1a", "1", "a"));
    }
  }

  @ParameterizedTest(name = "interpreted={0}")
  @ValueSource(booleans = {false, true})
  void decimalPmodHasTheRemaindersType(boolean interpreted) {
    mode(interpreted, true);
    // decimalArithmeticOperations.sql #28: decimal(6,2) rows 20.00 and 1.00
    assertThat(rows("SELECT CAST(20 AS DECIMAL(4, 1)) UNION ALL"
            + " SELECT pmod(CAST(10 AS DECIMAL(10, 2)), CAST(3 AS DECIMAL(5, 1)))"))
        .containsExactlyInAnyOrder(Row.of(new BigDecimal("20.00")), Row.of(new BigDecimal("1.00")));
  }

  @ParameterizedTest(name = "interpreted={0}")
  @ValueSource(booleans = {false, true})
  void decimalDivisionTypesIntegerLiteralsByTheirDigits(boolean interpreted) {
    mode(interpreted, true);
    // postgreSQL/numeric.sql: select 70.0 / 70 -> decimal(8,6) 1.000000
    assertThat(rows("SELECT 70.0 / 70")).containsExactly(Row.of(new BigDecimal("1.000000")));
  }

  @ParameterizedTest(name = "interpreted={0}")
  @ValueSource(booleans = {false, true})
  void decimalTypesWithoutPrecisionLoss(boolean interpreted) {
    mode(interpreted, true);
    spark.conf().set("spark.sql.decimalOperations.allowPrecisionLoss", "false");
    // decimalArithmeticOperations.sql #36: decimal(38,36)
    assertThat(rows("select 10.300000000000000000 * 3.000000000000000000"))
        .containsExactly(Row.of(new BigDecimal("30.900000000000000000000000000000000000")));
    // #49, #51, #54: division splits the digits past 38 between both sides
    assertThat(rows("select 1.0123456789012345678901234567890123456e34BD / 1.0"))
        .containsExactly(Row.of(new BigDecimal("10123456789012345678901234567890123.456")));
    assertThat(rows("select 1.0123456789012345678901234567890123456e32BD / 1.0"))
        .containsExactly(Row.of(new BigDecimal("101234567890123456789012345678901.23456")));
    assertThat(rows("select 1.0123456789012345678901234567890123456e31BD / 10.0"))
        .containsExactly(Row.of(new BigDecimal("1012345678901234567890123456789.0123456")));
    // #37, #44, #45, #46: the capped type overflows
    for (String sql : List.of("select 10.300000000000000000 * 3.0000000000000000000",
        "select 12345678912345678912345678912.1234567 + 9999999999999999999999999999999.12345",
        "select 123456789123456789.1234567890 * 1.123456789123456789",
        "select 12345678912345.123456789123 / 0.000000012345678")) {
      assertThatThrownBy(() -> rows(sql))
          .as(sql)
          .isInstanceOf(SluiceArithmeticException.class)
          .hasMessageStartingWith("[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION]");
    }
    // nonansi/decimalArithmeticOperations.sql #37, #44: NULL with ANSI off
    spark.conf().set("spark.sql.ansi.enabled", "false");
    assertThat(rows("select 10.300000000000000000 * 3.0000000000000000000,"
            + " 12345678912345678912345678912.1234567 + 9999999999999999999999999999999.12345"))
        .containsExactly(Row.of(null, null));
  }

  @ParameterizedTest(name = "interpreted={0}")
  @ValueSource(booleans = {false, true})
  void decimalTypesWithPrecisionLoss(boolean interpreted) {
    mode(interpreted, true);
    // decimalArithmeticOperations.sql #9 (10.300000000000000000 * 3.000000000000000000, scale cut
    // to 34) and #15: (5e36BD + 0.1) + 5e36BD overflows DECIMAL(38,1)
    assertThat(rows("select 10.300000000000000000 * 3.000000000000000000"))
        .containsExactly(Row.of(new BigDecimal("30.9000000000000000000000000000000000")));
    assertThatThrownBy(() -> rows("select (5e36BD + 0.1) + 5e36BD"))
        .isInstanceOf(SluiceArithmeticException.class)
        .hasMessageStartingWith("[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION]");
    spark.conf().set("spark.sql.ansi.enabled", "false");
    // nonansi/decimalArithmeticOperations.sql #15: NULL
    assertThat(rows("select (5e36BD + 0.1) + 5e36BD")).containsExactly(Row.of((Object) null));
  }

  @ParameterizedTest(name = "interpreted={0}")
  @ValueSource(booleans = {false, true})
  void ansiStringsMeetNumbersAsBigintOrDouble(boolean interpreted) {
    mode(interpreted, true);
    // typeCoercion/native/implicitTypeCasts.sql #1-4, #5: 1 + '2' is BIGINT 3, 4 / '2' DOUBLE
    // 2.0, 1.1 + '2' DOUBLE 3.1
    assertThat(rows("SELECT 1 + '2', 1 * '2', 4 / '2', 1.1 + '2'"))
        .containsExactly(Row.of(3L, 2L, 2.0, 3.1));
    // predicate-functions.sql: 1 = '1' true, 1 > '1' false, '1.5' > 0.5 true, 1.5 = '1.51' false
    assertThat(rows("SELECT 1 = '1', 1 > '1', '1.5' > 0.5, 1.5 = '1.51'"))
        .containsExactly(Row.of(true, false, true, false));
    // predicate-functions.sql: 2 > '1.0' casts '1.0' to BIGINT and fails
    assertThatThrownBy(() -> rows("SELECT 2 > '1.0'"))
        .hasMessageStartingWith("[CAST_INVALID_INPUT] The value '1.0' of the type \"STRING\""
            + " cannot be cast to \"BIGINT\"");
  }

  @ParameterizedTest(name = "interpreted={0}")
  @ValueSource(booleans = {false, true})
  void legacyStringCoercionWithAnsiOff(boolean interpreted) {
    mode(interpreted, false);
    // Spark's TypeCoercion (ANSI off): a string in arithmetic is a DOUBLE, in a comparison it
    // takes the other side's type (cast '1.0' AS INT is 1 with ANSI off)
    assertThat(rows("SELECT 1 + '2', 2 > '1.0'")).containsExactly(Row.of(3.0, true));
  }
}
