package io.sluice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rewrites of Spark's optimizer that decide whether an expression runs at all, so that under ANSI
 * a failing expression Spark never evaluates does not fail in Sluice either. Every query and
 * answer was recorded on Spark 4.2.0 by the differential suite (seed 20261206; case numbers in
 * the comments), ANSI on, session time zone UTC.
 */
class SparkRewritesQueryTest {

  private Session spark;

  @BeforeEach
  void setUp() {
    spark = Session.builder().appName("spark-rewrites").master("local[1]")
        .config("spark.sql.session.timeZone", "UTC").getOrCreate();
    spark.createDataFrame(List.of(Row.of(-71, Long.MIN_VALUE)), "a0 INT, a5 BIGINT").createOrReplaceTempView("t");
    spark.createDataFrame(List.of(Row.of(LocalDate.of(2003, 12, 11), Long.MIN_VALUE)), "a0 DATE, a1 BIGINT")
        .createOrReplaceTempView("d");
    spark.createDataFrame(List.of(Row.of("bij", 91L)), "a1 STRING, a5 BIGINT").createOrReplaceTempView("s");
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  @Test
  void andFalseIsFalseWithoutEvaluatingTheOtherSide() {
    // case 292: Spark answers [[false]]; 10 - a5 would overflow.
    List<Row> rows = spark.sql("SELECT (((10 - a5) = floor(a0)) AND (NOT TRUE)) AS c2 FROM t").collectAsList();
    assertThat(rows).extracting(r -> r.get(0)).containsExactly(false);
    assertThat(spark.sql("SELECT ((10 - a5) > 0 OR TRUE) AS c FROM t").collectAsList())
        .extracting(r -> r.get(0)).containsExactly(true);
    // case 2466: Spark answers with no rows; the constant side is folded to false first, so the
    // overflowing a5 * a5 never runs.
    assertThat(spark.sql("SELECT a0 FROM t WHERE (((a5 * a5) IN (-1, 3)) AND (ceil(-8) IN (-21.60, -7)))")
        .collectAsList()).isEmpty();
  }

  @Test
  void aFailingConstantInsideANonConstantConditionalRaisesOnlyWhenARowReachesIt() {
    // case 1860 (a CSV stream there): Spark answers with no rows; the cast of 'x y' is never
    // evaluated, because ConstantFolding keeps a failing child of a non-constant coalesce/CASE.
    spark.createDataFrame(List.of(Row.of((Object) null)), "a2 TIMESTAMP").createOrReplaceTempView("n");
    assertThat(spark.sql("SELECT coalesce(CAST('x y' AS TIMESTAMP), a2) AS c0 FROM n WHERE (a2 <> a2)")
        .collectAsList()).isEmpty();
    // A row that reaches it raises, as in Spark.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> spark.sql("SELECT coalesce(CAST('x y' AS TIMESTAMP), a2) AS c0 FROM n").collectAsList())
        .hasMessageStartingWith("[CAST_INVALID_INPUT]");
  }

  @Test
  void limitZeroNeverRunsItsInput() {
    // case 1776: an empty answer; -a1 would overflow in the WHERE.
    Dataset<Row> df = spark.sql(
        "SELECT (a1 - a1) AS c0, a0 FROM d WHERE (greatest(10, CAST(-0.0 AS DOUBLE)) >= (- a1))"
            + " ORDER BY c0 ASC NULLS FIRST LIMIT 0");
    assertThat(df.collectAsList()).isEmpty();
    assertThat(df.columns()).containsExactly("c0", "a0");
    // case 1867: an empty answer; CAST('bij' AS TIMESTAMP) would be CAST_INVALID_INPUT.
    assertThat(spark.sql(
            "SELECT a1, count(DISTINCT CAST(a1 AS TIMESTAMP)) AS g2 FROM s GROUP BY a1 ORDER BY g2 LIMIT 0")
        .collectAsList()).isEmpty();
  }
}
