package io.sluice;

import static io.sluice.functions.col;
import static io.sluice.functions.try_avg;
import static io.sluice.functions.try_sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.codegen.errors.SluiceArithmeticException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Decimal {@code sum}/{@code avg} and {@code try_sum}/{@code try_avg} through SQL and the
 * DataFrame API: result types, overflow with ANSI on and off. Expected types, values and messages
 * were recorded on Spark 4.2.0 (local[1]) or come from its golden file try_aggregates.sql.out.
 */
class DecimalAggregateQueryTest {

  private static final String M = "99999999999999999999999999999999.999999";
  private static final String SUM_OVERFLOW =
      "[ARITHMETIC_OVERFLOW] Overflow in sum of decimals. Use 'try_sum' to tolerate overflow and"
          + " return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass"
          + " this error. SQLSTATE: 22003";

  private Session spark;
  private Dataset<Row> big;

  @BeforeEach
  void setUp() {
    spark = Session.builder().appName("decimal-aggregates").master("local[1]").getOrCreate();
    big = spark.createDataFrame(
        List.of(Row.of(1, new BigDecimal(M)), Row.of(1, new BigDecimal(M))), "k INT, d DECIMAL(38,6)");
    big.createOrReplaceTempView("big");
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  private static String types(Dataset<Row> df) {
    return df.schema().getFields().stream()
        .map(f -> f.getName() + ":" + io.sluice.columnar.types.DataType.fromArrow(f.getType()).simpleString())
        .toList()
        .toString();
  }

  @Test
  void resultTypesAreSparks() {
    // Spark: sum of DECIMAL(p,s) is DECIMAL(p+10,s), avg DECIMAL(p+4,s+4), both capped at 38;
    // try_sum/try_avg have the same types; of INT: bigint and double.
    Dataset<Row> df = spark.sql(
        "SELECT sum(CAST(1 AS DECIMAL(7,2))) AS a, avg(CAST(1 AS DECIMAL(7,2))) AS b,"
            + " sum(CAST(1 AS DECIMAL(30,2))) AS c, avg(CAST(1 AS DECIMAL(36,36))) AS d,"
            + " try_sum(1) AS e, try_avg(1) AS f, try_sum(1.5D) AS g,"
            + " try_sum(CAST(1 AS DECIMAL(7,2))) AS h, try_avg(CAST(1 AS DECIMAL(7,2))) AS i");
    assertThat(types(df)).isEqualTo(
        "[a:decimal(17,2), b:decimal(11,6), c:decimal(38,2), d:decimal(38,38), e:bigint, f:double,"
            + " g:double, h:decimal(17,2), i:decimal(11,6)]");
    // try_aggregates.sql.out
    spark.createDataFrame(
            List.of(Row.of(new BigDecimal("5.0")), Row.of(new BigDecimal("10.0")), Row.of(new BigDecimal("15.0"))),
            "col DECIMAL(3,1)")
        .createOrReplaceTempView("tab");
    Dataset<Row> golden = spark.sql("SELECT try_sum(col), try_avg(col) FROM tab");
    assertThat(types(golden)).isEqualTo("[try_sum(col):decimal(13,1), try_avg(col):decimal(7,5)]");
    assertThat(golden.collectAsList().toString()).isEqualTo("[[30.0,10.00000]]");
  }

  @Test
  void overflowRaisesWithAnsiOnAndIsNullWithItOff() {
    assertThatThrownBy(() -> spark.sql("SELECT sum(d) FROM big").collectAsList())
        .isInstanceOf(SluiceArithmeticException.class)
        .hasMessage(SUM_OVERFLOW);
    assertThatThrownBy(() -> spark.sql("SELECT k, avg(d) FROM big GROUP BY k").collectAsList())
        .hasMessage(SUM_OVERFLOW.replace("try_sum", "try_avg"));
    assertThatThrownBy(() -> big.groupBy("k").sum("d").collectAsList()).hasMessage(SUM_OVERFLOW);
    assertThat(spark.sql("SELECT try_sum(d), try_avg(d) FROM big").collectAsList().toString())
        .isEqualTo("[[null,null]]");
    assertThat(big.groupBy("k").agg(try_sum(col("d")), try_avg(col("d"))).collectAsList().toString())
        .isEqualTo("[[1,null,null]]");
    assertThat(big.agg(try_sum(col("d"))).columns()).containsExactly("try_sum(d)");

    spark.conf().set("spark.sql.ansi.enabled", "false");
    assertThat(spark.sql("SELECT sum(d), avg(d) FROM big").collectAsList().toString())
        .isEqualTo("[[null,null]]");
    assertThat(spark.sql("SELECT k, sum(d), avg(d) FROM big GROUP BY k").collectAsList().toString())
        .isEqualTo("[[1,null,null]]");
  }

  @Test
  void averageOutOfItsTypeRaisesNumericValueOutOfRange() {
    // Spark: avg of one M: the sum fits, M / 1 does not fit DECIMAL(38,10).
    Dataset<Row> one = spark.createDataFrame(List.of(Row.of(new BigDecimal(M))), "d DECIMAL(38,6)");
    assertThatThrownBy(() -> one.agg(functions.avg(col("d"))).collectAsList())
        .hasMessage(
            "[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION]  " + M + "0".repeat(33)
                + " cannot be represented as Decimal(38, 10). If necessary set"
                + " \"spark.sql.ansi.enabled\" to \"false\" to bypass this error, and return NULL"
                + " instead. SQLSTATE: 22003");
    assertThat(one.agg(try_avg(col("d"))).collectAsList().toString()).isEqualTo("[[null]]");
  }

  @Test
  void integralTrySum() {
    // Spark: try_sum over BIGINT [max, 1] is NULL (sum raises), try_avg 4.6116860184273879E18;
    // over INT [2147483647, 1] both are 2147483648.
    spark.createDataFrame(List.of(Row.of(Long.MAX_VALUE), Row.of(1L)), "x BIGINT")
        .createOrReplaceTempView("longs");
    spark.createDataFrame(List.of(Row.of(Integer.MAX_VALUE), Row.of(1)), "x INT")
        .createOrReplaceTempView("ints");
    spark.createDataFrame(List.of(Row.of((Object) null)), "x INT").createOrReplaceTempView("nulls");
    assertThat(spark.sql("SELECT try_sum(x), try_avg(x) FROM longs").collectAsList().toString())
        .isEqualTo("[[null,4.6116860184273879E18]]");
    assertThat(spark.sql("SELECT try_sum(x), sum(x) FROM ints").collectAsList().toString())
        .isEqualTo("[[2147483648,2147483648]]");
    assertThat(spark.sql("SELECT try_sum(x) FROM nulls").collectAsList().toString())
        .isEqualTo("[[null]]");
  }
}
