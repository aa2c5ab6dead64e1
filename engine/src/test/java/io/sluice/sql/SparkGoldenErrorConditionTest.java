package io.sluice.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.AnalysisException;
import io.sluice.Row;
import io.sluice.Session;
import io.sluice.codegen.errors.SluiceThrowable;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The error conditions of type checks, argument counts and name resolution, as Spark 4.2 names
 * them. Each expected condition and message is from the golden results of Spark's SQL tests
 * ({@code sql-tests/results/**.sql.out} in the spark-sql 4.2.0 tests jar, file and statement
 * named at each check) and the templates of Spark's {@code error-conditions.json}.
 */
class SparkGoldenErrorConditionTest {

  private Session spark;

  @BeforeEach
  void start() {
    spark = Session.builder().appName("golden-conditions").master("local[1]")
        .config("sluice.sql.session.timeZone", "America/Los_Angeles").getOrCreate();
  }

  @AfterEach
  void stop() {
    spark.stop(); // closes the root allocator: fails on a leak
  }

  private List<Row> rows(String sql) {
    return spark.sql(sql).collectAsList();
  }

  private AnalysisException error(String sql) {
    try {
      rows(sql);
    } catch (AnalysisException e) {
      return e;
    }
    throw new AssertionError("no analysis error for " + sql);
  }

  @Test
  void castsSparkRefusesNameTheirRemedy() {
    // cast.sql #34: SELECT HEX(CAST(123 AS binary)) -> DATATYPE_MISMATCH.CAST_WITH_CONF_SUGGESTION,
    // sqlExpr "CAST(123 AS BINARY)", srcType "INT", targetType "BINARY", config
    // "spark.sql.ansi.enabled", configVal 'false'
    AnalysisException binary = error("SELECT HEX(CAST(123 AS binary))");
    assertThat(binary.getCondition()).isEqualTo("DATATYPE_MISMATCH.CAST_WITH_CONF_SUGGESTION");
    assertThat(binary.getSqlState()).isEqualTo("42K09");
    assertThat(binary.getMessage()).isEqualTo(
        "[DATATYPE_MISMATCH.CAST_WITH_CONF_SUGGESTION] Cannot resolve \"CAST(123 AS BINARY)\" due to"
            + " data type mismatch: cannot cast \"INT\" to \"BINARY\" with ANSI mode on. If you have"
            + " to cast \"INT\" to \"BINARY\", you can set \"spark.sql.ansi.enabled\" as 'false'.");
    // cast.sql #36: SELECT HEX(CAST(123L AS binary)) -> the same condition, srcType "BIGINT"
    assertThat(error("SELECT HEX(CAST(123L AS binary))").getMessage())
        .contains("cannot cast \"BIGINT\" to \"BINARY\" with ANSI mode on.");
  }

  @Test
  void dateArithmeticIsDateAddAndChecksTheDayCount() {
    // date.sql: select date '2001-09-28' + 7Y -> struct<date_add(DATE '2001-09-28', 7):date> 2001-10-05
    assertThat(rows("select date '2001-09-28' + 7Y").get(0).get(0).toString()).isEqualTo("2001-10-05");
    // date.sql #60: select date '2011-11-11' + 1E1 -> DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE,
    // sqlExpr "date_add(DATE '2011-11-11', 10.0)", inputSql "10.0", inputType "DOUBLE",
    // requiredType ("INT" or "SMALLINT" or "TINYINT")
    AnalysisException e = error("select date '2011-11-11' + 1E1");
    assertThat(e.getCondition()).isEqualTo("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE");
    assertThat(e.getMessage()).isEqualTo(
        "[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve \"date_add(DATE '2011-11-11', 10.0)\""
            + " due to data type mismatch: The second parameter requires the (\"INT\" or \"SMALLINT\""
            + " or \"TINYINT\") type, however \"10.0\" has the type \"DOUBLE\".");
    // date.sql #71, #72: date'2011-11-11' + '1' and '1' + date'2011-11-11' -> UNEXPECTED_INPUT_TYPE
    // (under ANSI the string becomes a DATE: inputType "DATE")
    assertThat(error("select date'2011-11-11' + '1'").getMessage()).contains("has the type \"DATE\".");
    assertThat(error("select '1' + date'2011-11-11'").getCondition())
        .isEqualTo("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE");
    // nonansi/date.sql #65: select date '2001-10-01' - '2001-09-28' -> UNEXPECTED_INPUT_TYPE
    spark.conf().set("spark.sql.ansi.enabled", "false");
    assertThat(error("select date '2001-10-01' - '2001-09-28'").getCondition())
        .isEqualTo("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE");
  }

  @Test
  void timestampPlusStringDependsOnAnsi() {
    // timestamp.sql #112: select timestamp'2011-11-11 11:11:11' + '1' -> BINARY_OP_WRONG_TYPE,
    // actualDataType "TIMESTAMP", inputType ("NUMERIC" or "INTERVAL DAY TO SECOND" or
    // "INTERVAL YEAR TO MONTH" or "INTERVAL")
    AnalysisException ansi = error("select timestamp'2011-11-11 11:11:11' + '1'");
    assertThat(ansi.getCondition()).isEqualTo("DATATYPE_MISMATCH.BINARY_OP_WRONG_TYPE");
    assertThat(ansi.getMessage()).endsWith(
        "the binary operator requires the input type (\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or"
            + " \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\"), not \"TIMESTAMP\".");
    // nonansi/timestamp.sql #112, #113: BINARY_OP_DIFF_TYPES, left "TIMESTAMP", right "DOUBLE"
    spark.conf().set("spark.sql.ansi.enabled", "false");
    AnalysisException legacy = error("select timestamp'2011-11-11 11:11:11' + '1'");
    assertThat(legacy.getCondition()).isEqualTo("DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES");
    assertThat(legacy.getMessage()).endsWith(
        "the left and right operands of the binary operator have incompatible types (\"TIMESTAMP\""
            + " and \"DOUBLE\").");
    assertThat(error("select '1' + timestamp'2011-11-11 11:11:11'").getMessage())
        .endsWith("(\"DOUBLE\" and \"TIMESTAMP\").");
    // nonansi/timestamp.sql #105: timestamp - '2011-11-11 11:11:10' -> UNEXPECTED_INPUT_TYPE,
    // paramIndex second, requiredType "(TIMESTAMP OR TIMESTAMP WITHOUT TIME ZONE)", inputType "STRING"
    AnalysisException minus = error("select timestamp'2011-11-11 11:11:11' - '2011-11-11 11:11:10'");
    assertThat(minus.getCondition()).isEqualTo("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE");
    assertThat(minus.getMessage()).contains(
        "The second parameter requires the \"(TIMESTAMP OR TIMESTAMP WITHOUT TIME ZONE)\" type");
  }

  @Test
  void wrongArgumentCounts() {
    // string-functions.sql #1: select concat_ws() -> WRONG_NUM_ARGS.WITHOUT_SUGGESTION,
    // functionName `concat_ws`, expectedNum "> 0", actualNum "0"
    AnalysisException e = error("select concat_ws()");
    assertThat(e.getCondition()).isEqualTo("WRONG_NUM_ARGS.WITHOUT_SUGGESTION");
    assertThat(e.getSqlState()).isEqualTo("42605");
    assertThat(e.getMessage()).isEqualTo(
        "[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `concat_ws` requires > 0 parameters but the actual"
            + " number is 0. Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html'"
            + " for a fix.");
    // A range of counts prints as Spark prints one (sql-session-variables.sql, try_to_time with 3
    // arguments: expectedNum "[1, 2]", actualNum "3").
    assertThat(error("select round(1, 2, 3)").getMessage())
        .startsWith("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `round` requires [1, 2] parameters but"
            + " the actual number is 3.");
  }

  @Test
  void aQuotedDatetimeUnit() {
    // date.sql #90: select date_add('QUARTER', 5, date'2022-02-25') ->
    // INVALID_PARAMETER_VALUE.DATETIME_UNIT (22023), functionName `date_add`, parameter `unit`,
    // invalidValue 'QUARTER'; #102 datediff('YEAR', ...) likewise
    AnalysisException e = error("select date_add('QUARTER', 5, date'2022-02-25')");
    assertThat(e.getCondition()).isEqualTo("INVALID_PARAMETER_VALUE.DATETIME_UNIT");
    assertThat(e.getSqlState()).isEqualTo("22023");
    assertThat(e.getMessage()).endsWith("but got the string literal 'QUARTER'.");
    assertThat(error("select datediff('YEAR', date'2022-02-25', date'2023-02-25')").getCondition())
        .isEqualTo("INVALID_PARAMETER_VALUE.DATETIME_UNIT");
  }

  @Test
  void bitCount() {
    // bitwise.sql: bit_count(null) NULL, (true) 1, (false) 0, (cast(3 as tinyint)) 2, (-1L) 64,
    // (-9223372036854775808L) 1
    assertThat(rows("select bit_count(null), bit_count(true), bit_count(false),"
        + " bit_count(cast(3 as tinyint)), bit_count(-1L), bit_count(-9223372036854775808L)"))
        .containsExactly(Row.of(null, 1, 0, 2, 64, 1));
    // bitwise.sql: select bit_count('a') -> DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE, paramIndex
    // first, requiredType ("INTEGRAL" or "BOOLEAN"), inputType "STRING"
    AnalysisException e = error("select bit_count('a')");
    assertThat(e.getCondition()).isEqualTo("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE");
    assertThat(e.getMessage()).endsWith(
        "The first parameter requires the (\"INTEGRAL\" or \"BOOLEAN\") type, however \"a\" has the"
            + " type \"STRING\".");
  }

  @Test
  void splitPartAndPositive() {
    // string-functions.sql: split_part('11.12.13', '.', 2) 12, (.., -1) 13, (.., -3) 11,
    // ('11.12.13', '', 1) 11.12.13, ('11ab12ab13', 'ab', 1) 11, (.., 4) '', (.., -5) ''
    assertThat(rows("SELECT split_part('11.12.13', '.', 2), split_part('11.12.13', '.', -1),"
        + " split_part('11.12.13', '.', -3), split_part('11.12.13', '', 1),"
        + " split_part('11ab12ab13', 'ab', 1), split_part('11.12.13', '.', 4),"
        + " split_part('11.12.13', '.', -5)"))
        .containsExactly(Row.of("12", "13", "11", "11.12.13", "11", "", ""));
    // string-functions.sql: split_part('11.12.13', '.', 0) -> SparkRuntimeException
    // INVALID_INDEX_OF_ZERO (22003)
    assertThatThrownBy(() -> rows("SELECT split_part('11.12.13', '.', 0)"))
        .isInstanceOf(SluiceThrowable.class)
        .hasMessage("[INVALID_INDEX_OF_ZERO] The index 0 is invalid. An index shall be either < 0 or > 0"
            + " (the first element has index 1). SQLSTATE: 22003");
    // math.sql: POSITIVE(25) 25, POSITIVE("25.5") 25.5, POSITIVE(null) NULL; POSITIVE("invalid")
    // -> CAST_INVALID_INPUT (nonansi/math.sql: NULL)
    assertThat(rows("SELECT POSITIVE(25), POSITIVE(\"25.5\"), POSITIVE(null)"))
        .containsExactly(Row.of(25, 25.5, null));
    assertThatThrownBy(() -> rows("SELECT POSITIVE(\"invalid\")"))
        .hasMessageStartingWith("[CAST_INVALID_INPUT]");
  }

  @Test
  void countWithoutArguments() {
    // count.sql #17: SELECT count() FROM testData -> WRONG_NUM_ARGS.WITH_SUGGESTION, functionName
    // `count`, expectedNum " >= 1", actualNum 0, legacyConfKey
    // "spark.sql.legacy.allowParameterlessCount", legacyConfValue "true", legacyNum 0
    AnalysisException e = error("SELECT count() FROM (SELECT 1 AS k)");
    assertThat(e.getCondition()).isEqualTo("WRONG_NUM_ARGS.WITH_SUGGESTION");
    assertThat(e.getMessage()).isEqualTo(
        "[WRONG_NUM_ARGS.WITH_SUGGESTION] The `count` requires  >= 1 parameters but the actual number"
            + " is 0. If you have to call this function with 0 parameters, set the legacy"
            + " configuration \"spark.sql.legacy.allowParameterlessCount\" to \"true\".");
  }

  @Test
  void aggregatesInWhere() {
    // group-by.sql #57: SELECT count(*) FROM test_agg WHERE count(*) > 1L -> INVALID_WHERE_CONDITION
    // (42903), condition "(count(1) > 1)", expressionList count(1)
    AnalysisException e = error("SELECT count(*) FROM (SELECT 1 AS k) WHERE count(*) > 1L");
    assertThat(e.getCondition()).isEqualTo("INVALID_WHERE_CONDITION");
    assertThat(e.getSqlState()).isEqualTo("42903");
    assertThat(e.getMessage()).contains("contains invalid expressions: count(1). Rewrite the query to"
        + " avoid window functions, aggregate functions, and generator functions in the WHERE clause.");
    // group-by.sql #59: ... or count(*) + 1L > 1L or max(k) > 1 -> every aggregate listed
    assertThat(error("SELECT count(*) FROM (SELECT 1 AS k) WHERE k = 1 or count(*) + 1L > 1L"
        + " or max(k) > 1").getMessage()).contains("contains invalid expressions: count(1), max(k).");
  }

  @Test
  void likeWithAnEscapeCharacter() {
    // postgreSQL/strings.sql #39: SELECT 'h%' LIKE 'h#%' ESCAPE '#' AS `true` -> true; #42 'h%wkeye'
    // NOT LIKE 'h#%' ESCAPE '#' -> true; #45 'h%awkeye' LIKE 'h#%a%k%e' ESCAPE '#' -> true
    assertThat(rows("SELECT 'h%' LIKE 'h#%' ESCAPE '#' AS `true`")).containsExactly(Row.of(true));
    assertThat(rows("SELECT 'h%wkeye' NOT LIKE 'h#%' ESCAPE '#' AS `true`")).containsExactly(Row.of(true));
    assertThat(rows("SELECT 'h%awkeye' LIKE 'h#%a%k%e' ESCAPE '#' AS `true`")).containsExactly(Row.of(true));
    // postgreSQL/strings.sql #55: SELECT 'maca' LIKE 'm%aca' ESCAPE '%' -> INVALID_FORMAT.ESC_IN_THE_MIDDLE
    // (42601), format 'm%aca', char 'a'
    assertThatThrownBy(() -> rows("SELECT 'maca' LIKE 'm%aca' ESCAPE '%' AS `true`"))
        .isInstanceOf(SluiceThrowable.class)
        .hasMessage("[INVALID_FORMAT.ESC_IN_THE_MIDDLE] The format is invalid: 'm%aca'. The escape"
            + " character is not allowed to precede 'a'. SQLSTATE: 42601");
    // ilike.sql: select 'A' ilike 'a' -> true; select 'a_%b' ilike 'a\\__b' -> true
    assertThat(rows("select 'A' ilike 'a'")).containsExactly(Row.of(true));
    assertThat(rows("select 'a_%b' ilike 'a\\__b'")).containsExactly(Row.of(true));
  }

  @Test
  void regexpReplaceFromAPosition() {
    // regexp-functions.sql: regexp_replace('healthy, wealthy, and wise', '\\w+thy', 'something', 2)
    // -> hsomething, something, and wise; position 8 -> healthy, something, and wise; '\\w' from 26
    // -> healthy, wealthy, and wissomething; from 27 -> unchanged; position null -> NULL
    String text = "'healthy, wealthy, and wise'";
    assertThat(rows("SELECT regexp_replace(" + text + ", '\\\\w+thy', 'something', 2)"))
        .containsExactly(Row.of("hsomething, something, and wise"));
    assertThat(rows("SELECT regexp_replace(" + text + ", '\\\\w+thy', 'something', 8)"))
        .containsExactly(Row.of("healthy, something, and wise"));
    assertThat(rows("SELECT regexp_replace(" + text + ", '\\\\w', 'something', 26)"))
        .containsExactly(Row.of("healthy, wealthy, and wissomething"));
    assertThat(rows("SELECT regexp_replace(" + text + ", '\\\\w', 'something', 27)"))
        .containsExactly(Row.of("healthy, wealthy, and wise"));
    assertThat(rows("SELECT regexp_replace(" + text + ", '\\\\w', 'something', null)"))
        .containsExactly(Row.of((Object) null));
    // regexp-functions.sql #35: position 0 -> DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE, exprName
    // position, valueRange (0, 2147483647], currentValue 0
    AnalysisException e = error("SELECT regexp_replace(" + text + ", '\\\\w+thy', 'something', 0)");
    assertThat(e.getCondition()).isEqualTo("DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE");
    assertThat(e.getMessage()).endsWith(
        "The `position` must be between (0, 2147483647] (current value = 0).");
  }

  @Test
  void anInvalidRegularExpression() {
    // regexp-functions.sql #16: SELECT regexp_extract('1a 2b 14m', '(?l)') ->
    // INVALID_PARAMETER_VALUE.PATTERN (22023), parameter `regexp`, functionName `regexp_extract`,
    // value '(?l)'
    assertThatThrownBy(() -> rows("SELECT regexp_extract('1a 2b 14m', '(?l)')"))
        .hasMessage("[INVALID_PARAMETER_VALUE.PATTERN] The value of parameter(s) `regexp` in"
            + " `regexp_extract` is invalid: '(?l)'. SQLSTATE: 22023");
  }

  @Test
  void anUnknownNameWithNoColumnsHasNoSuggestion() {
    // sql-session-variables.sql #24: SELECT var1 -> UNRESOLVED_COLUMN.WITHOUT_SUGGESTION (42703),
    // objectName `var1`
    AnalysisException none = error("SELECT var1");
    assertThat(none.getCondition()).isEqualTo("UNRESOLVED_COLUMN.WITHOUT_SUGGESTION");
    assertThat(none.getMessage()).isEqualTo(
        "[UNRESOLVED_COLUMN.WITHOUT_SUGGESTION] A column, variable, or function parameter with name"
            + " `var1` cannot be resolved.");
    // group-by-alias.sql #34 shape: a name among columns -> WITH_SUGGESTION, proposal `k`
    AnalysisException some = error("SELECT x FROM (SELECT 1 AS k)");
    assertThat(some.getCondition()).isEqualTo("UNRESOLVED_COLUMN.WITH_SUGGESTION");
    assertThat(some.getMessage()).endsWith("Did you mean one of the following? [`k`].");
  }
}
