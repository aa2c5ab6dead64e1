package io.sluice;

import static io.sluice.functions.col;
import static io.sluice.functions.lit;
import static io.sluice.functions.try_add;
import static io.sluice.functions.try_divide;
import static io.sluice.functions.try_mod;
import static io.sluice.functions.try_multiply;
import static io.sluice.functions.try_subtract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.codegen.errors.SluiceArithmeticException;
import io.sluice.codegen.errors.SluiceNumberFormatException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ANSI mode through SQL and the DataFrame API, on and off, generated and interpreted. Expected
 * values and messages are Spark 4.2.0's (golden files cast.sql.out, try_arithmetic.sql.out,
 * try_cast.sql.out, operators.sql.out).
 */
class AnsiQueryTest {
  private Session spark;
  private Dataset<Row> numbers;

  @BeforeEach
  void setUp() {
    spark = Session.builder().appName("ansi").master("local[1]").getOrCreate();
    numbers =
        spark.createDataFrame(
            List.of(Row.of(2147483647, 0, "abc"), Row.of(1, 2, " 12 ")), "i INT, z INT, s STRING");
    numbers.createOrReplaceTempView("numbers");
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  @Test
  void ansiIsOnByDefault() {
    assertThatThrownBy(() -> spark.sql("SELECT i + 1 FROM numbers").collectAsList())
        .isInstanceOf(SluiceArithmeticException.class)
        .hasMessageStartingWith("[ARITHMETIC_OVERFLOW] overflow. Use 'try_add' to tolerate overflow");
    assertThatThrownBy(() -> spark.sql("SELECT i / z FROM numbers").collectAsList())
        .hasMessageStartingWith("[DIVIDE_BY_ZERO] Division by zero.");
    assertThatThrownBy(() -> spark.sql("SELECT i % z FROM numbers").collectAsList())
        .hasMessageStartingWith("[REMAINDER_BY_ZERO] Remainder by zero.");
    assertThatThrownBy(() -> numbers.select(col("s").cast("int")).collectAsList())
        .isInstanceOf(SluiceNumberFormatException.class)
        .hasMessage("[CAST_INVALID_INPUT] The value 'abc' of the type \"STRING\" cannot be cast to"
            + " \"INT\" because it is malformed. Correct the value as per the syntax, or change its"
            + " target type. Use `try_cast` to tolerate malformed input and return NULL instead."
            + " SQLSTATE: 22018");
    assertThat(spark.sql("SELECT CAST(' 12 ' AS INT)").collectAsList()).containsExactly(Row.of(12));
  }

  @Test
  void tryFunctionsInSqlAndDataFrames() {
    assertThat(spark.sql("SELECT try_add(i, 1), try_subtract(i, -1), try_multiply(i, 2), try_divide(i, z),"
            + " try_mod(i, z) FROM numbers ORDER BY z").collectAsList())
        .containsExactly(Row.of(null, null, null, null, null), Row.of(2, 2, 2, 0.5, 1));
    assertThat(numbers.orderBy("z").select(try_add(col("i"), lit(1)), try_subtract(col("i"), lit(-1)),
            try_multiply(col("i"), lit(2)), try_divide(col("i"), col("z")), try_mod(col("i"), col("z")))
            .collectAsList())
        .containsExactly(Row.of(null, null, null, null, null), Row.of(2, 2, 2, 0.5, 1));
    assertThat(numbers.orderBy("z").select(col("s").try_cast("int")).collectAsList())
        .containsExactly(Row.of((Object) null), Row.of(12));
  }

  @Test
  void ansiOffKeepsLegacyResults() {
    spark.conf().set("spark.sql.ansi.enabled", "false");
    assertThat(spark.conf().get("sluice.sql.ansi.enabled")).isEqualTo("false");
    assertThat(spark.sql("SELECT i + 1, i / z, i % z, CAST(s AS INT) FROM numbers ORDER BY z").collectAsList())
        .containsExactly(Row.of(-2147483648, null, null, null), Row.of(2, 0.5, 1, 12));
    assertThat(spark.sql("SELECT try_add(i, 1) FROM numbers ORDER BY z").collectAsList())
        .containsExactly(Row.of((Object) null), Row.of(2));
    // Sort keys are evaluated with the session's setting too: i + 1 wraps for 2147483647.
    assertThat(numbers.orderBy(col("i").plus(1)).select("i").collectAsList())
        .containsExactly(Row.of(2147483647), Row.of(1));
  }

  @Test
  void interpreterAgrees() {
    spark.conf().set("sluice.sql.codegen.interpreted", "true");
    assertThatThrownBy(() -> spark.sql("SELECT i + 1 FROM numbers").collectAsList())
        .isInstanceOf(SluiceArithmeticException.class)
        .hasMessageStartingWith("[ARITHMETIC_OVERFLOW]");
    assertThat(spark.sql("SELECT try_add(i, 1) FROM numbers ORDER BY z").collectAsList())
        .containsExactly(Row.of((Object) null), Row.of(2));
  }

  @Test
  void sumOfLongsOverflows() {
    Dataset<Row> longs = spark.createDataFrame(
        List.of(Row.of(Long.MAX_VALUE), Row.of(1L)), "n BIGINT");
    assertThatThrownBy(() -> longs.agg(functions.sum("n")).collectAsList())
        .isInstanceOf(SluiceArithmeticException.class)
        .hasMessageStartingWith("[ARITHMETIC_OVERFLOW]");
    spark.conf().set("spark.sql.ansi.enabled", "false");
    assertThat(longs.agg(functions.sum("n")).collectAsList()).containsExactly(Row.of(Long.MIN_VALUE));
  }
}
