package io.sluice.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.AnalysisException;
import io.sluice.Row;
import io.sluice.Session;
import io.sluice.codegen.errors.SluiceNumberFormatException;
import java.util.List;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How strings meet other types in function arguments, set operations and joins, as Spark 4.2 does
 * it with ANSI mode on and off. Expected values and conditions are from the golden results of
 * Spark's SQL tests ({@code sql-tests/results/**.sql.out} in the spark-sql 4.2.0 tests jar); each
 * test names the file and statement.
 */
class SparkGoldenCoercionTest {

  private Session spark;

  @BeforeEach
  void start() {
    spark = Session.builder().appName("golden-coercion").master("local[1]")
        .config("sluice.sql.session.timeZone", "America/Los_Angeles").getOrCreate();
  }

  @AfterEach
  void stop() {
    spark.stop(); // closes the root allocator: fails on a leak
  }

  private List<Row> rows(String sql) {
    return spark.sql(sql).collectAsList();
  }

  private ArrowType firstType(String sql) {
    return spark.sql(sql).schema().getFields().get(0).getType();
  }

  private AnalysisException analysisError(String sql) {
    try {
      rows(sql);
    } catch (AnalysisException e) {
      return e;
    }
    throw new AssertionError("no analysis error for " + sql);
  }

  // ---- try_add / try_subtract / try_multiply with a string argument

  @Test
  void tryArithmeticCastsAStringAsTheAnsiOperatorDoes() {
    // try_arithmetic.sql #4, #45, #60: struct<try_add(2147483647, 1):bigint> 2147483648,
    // try_subtract(2147483647, "-1") 2147483648, try_multiply(2147483647, "-2") -4294967294
    assertThat(rows("SELECT try_add(2147483647, \"1\")")).containsExactly(Row.of(2147483648L));
    assertThat(rows("SELECT try_subtract(2147483647, \"-1\")")).containsExactly(Row.of(2147483648L));
    assertThat(rows("SELECT try_multiply(2147483647, \"-2\")")).containsExactly(Row.of(-4294967294L));
    assertThat(firstType("SELECT try_add(2147483647, \"1\")")).isEqualTo(new ArrowType.Int(64, true));
  }

  @Test
  void tryArithmeticWithAnsiOffCastsAStringToDouble() {
    // nonansi/try_arithmetic.sql: struct<try_add(2147483647, 1):double> 2.147483648E9,
    // try_multiply(2147483647, "-2") -4.294967294E9
    spark.conf().set("spark.sql.ansi.enabled", "false");
    assertThat(rows("SELECT try_add(2147483647, \"1\")")).containsExactly(Row.of(2.147483648E9));
    assertThat(rows("SELECT try_multiply(2147483647, \"-2\")")).containsExactly(Row.of(-4.294967294E9));
  }

  // ---- date_add / date_sub with a string day count

  @Test
  void aNonIntegerStringDayCountIsAnAnalysisErrorWithAnsiOff() {
    // nonansi/date.sql #38: select date_add('2011-11-11', '1.2') -> AnalysisException
    // SECOND_FUNCTION_ARGUMENT_NOT_INTEGER (22023), functionName date_add; #51 date_sub likewise
    spark.conf().set("spark.sql.ansi.enabled", "false");
    AnalysisException add = analysisError("select date_add('2011-11-11', '1.2')");
    assertThat(add.getCondition()).isEqualTo("SECOND_FUNCTION_ARGUMENT_NOT_INTEGER");
    assertThat(add.getSqlState()).isEqualTo("22023");
    assertThat(add.getMessage()).startsWith(
        "[SECOND_FUNCTION_ARGUMENT_NOT_INTEGER] The second argument of date_add function needs to"
            + " be an integer.");
    assertThat(analysisError("select date_sub(date'2011-11-11', '1.2')").getCondition())
        .isEqualTo("SECOND_FUNCTION_ARGUMENT_NOT_INTEGER");
    // nonansi/date.sql: select date_add('2011-11-11', '1') -> 2011-11-12
    assertThat(rows("select date_add('2011-11-11', '1')").get(0).get(0).toString()).isEqualTo("2011-11-12");
  }

  @Test
  void aNonIntegerStringDayCountFailsTheCastWithAnsiOn() {
    // date.sql: select date_add('2011-11-11', '1.2') -> SparkNumberFormatException
    // CAST_INVALID_INPUT, expression '1.2', sourceType "STRING", targetType "INT"
    assertThatThrownBy(() -> rows("select date_add('2011-11-11', '1.2')"))
        .isInstanceOf(SluiceNumberFormatException.class)
        .hasMessageStartingWith("[CAST_INVALID_INPUT] The value '1.2' of the type \"STRING\" cannot be"
            + " cast to \"INT\" because it is malformed.");
  }

  // ---- NATURAL JOIN with duplicate column names

  @Test
  void naturalJoinKeysAreTheMultisetIntersectionOfTheNames() {
    // natural-join.sql #34: struct<c1:int,c2:int,c1:int> 1 3 2
    assertThat(rows("SELECT * FROM (SELECT 1 AS c1, 2 AS c1, 3 AS c2)"
        + " NATURAL JOIN (SELECT 1 AS c1, 3 AS c2)")).containsExactly(Row.of(1, 3, 2));
    // natural-join.sql #33 (passing before): struct<c1:int,c1:int,c2:int,c1:int,c1:int> 1 1 3 2 2
    assertThat(rows("SELECT * FROM (SELECT 1 AS c1, 2 AS c1, 3 AS c2)"
        + " NATURAL JOIN (SELECT 1 AS c1, 2 AS c1, 3 AS c2)")).containsExactly(Row.of(1, 1, 3, 2, 2));
    // natural-join.sql #32 (passing before): struct<ID:int> 1 (names match case-insensitively)
    assertThat(rows("SELECT * FROM (SELECT 1 AS ID) t1 NATURAL JOIN (SELECT 1 AS id) t2"))
        .containsExactly(Row.of(1));
  }

  // ---- UNION's common type

  @Test
  void unionOfDecimalAndStringIsDoubleUnderAnsi() {
    // postgreSQL/union.sql #66: SELECT cast('3.4' as decimal(38, 18)) UNION SELECT 'foo' ->
    // SparkNumberFormatException CAST_INVALID_INPUT, expression 'foo', targetType "DOUBLE"
    assertThatThrownBy(() -> rows("SELECT cast('3.4' as decimal(38, 18)) UNION SELECT 'foo'"))
        .isInstanceOf(SluiceNumberFormatException.class)
        .hasMessageStartingWith("[CAST_INVALID_INPUT] The value 'foo' of the type \"STRING\" cannot be"
            + " cast to \"DOUBLE\" because it is malformed.");
    // The same union with ANSI off widens to STRING (TypeCoercion.findWiderTypeForTwo).
    spark.conf().set("spark.sql.ansi.enabled", "false");
    assertThat(rows("SELECT cast('3.4' as decimal(38, 18)) UNION ALL SELECT 'foo'"))
        .containsExactly(Row.of("3.400000000000000000"), Row.of("foo"));
  }

  @Test
  void unionOfIntegralAndStringIsBigintUnderAnsi() {
    // union.sql #5 ("Type Coerced Union"): t1 (INT, STRING) UNION ALL t2 (DECIMAL, INT) fails with
    // CAST_INVALID_INPUT: 'a' is cast to BIGINT (Spark's AnsiTypeCoercion.findWiderTypeForString:
    // a string next to an integral type widens to BIGINT; the rows below follow from that rule).
    assertThat(rows("SELECT 1 UNION ALL SELECT '2'")).containsExactly(Row.of(1L), Row.of(2L));
    assertThat(firstType("SELECT 1 UNION ALL SELECT '2'")).isEqualTo(new ArrowType.Int(64, true));
    assertThatThrownBy(() -> rows("SELECT 1 UNION ALL SELECT 'a'"))
        .hasMessageStartingWith("[CAST_INVALID_INPUT] The value 'a' of the type \"STRING\" cannot be"
            + " cast to \"BIGINT\"");
  }

  // ---- cast aliases

  @Test
  void typeNamedFunctionsAreCasts() {
    // postgreSQL/float8.sql: SELECT double('10e400') -> Infinity; double('-10e-400') -> -0.0
    assertThat(rows("SELECT double('10e400')")).containsExactly(Row.of(Double.POSITIVE_INFINITY));
    assertThat(rows("SELECT double('-10e-400')")).containsExactly(Row.of(-0.0));
    // Spark's castAlias: decimal(x) is CAST(x AS DECIMAL(10,0)) (DecimalType.USER_DEFAULT), and
    // the cast follows the session's ANSI mode (cast.sql: CAST('a' AS INT) -> CAST_INVALID_INPUT)
    assertThat(rows("SELECT decimal('1.5')").get(0).get(0).toString()).isEqualTo("2");
    assertThatThrownBy(() -> rows("SELECT int('a')"))
        .hasMessageStartingWith("[CAST_INVALID_INPUT] The value 'a' of the type \"STRING\" cannot be"
            + " cast to \"INT\"");
  }

  // ---- TIMESTAMP_NTZ is refused, never answered as a TIMESTAMP (LTZ)

  @Test
  void timestampWithoutTimeZoneIsRefused() {
    for (String sql : List.of(
        "SELECT timestamp_ntz '2020-01-01 00:00:00'",
        "SELECT CAST('2020-01-01 00:00:00' AS TIMESTAMP_NTZ)",
        "SELECT to_timestamp_ntz('2020-01-01 00:00:00')",
        "SELECT make_timestamp_ntz(2020, 1, 1, 0, 0, 0)",
        "SELECT localtimestamp()")) {
      assertThatThrownBy(() -> rows(sql)).as(sql).isInstanceOf(RuntimeException.class);
    }
  }
}
