package io.sluice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A constant that cannot be evaluated fails the query even when no row reaches it, as Spark's
 * optimizer (ConstantFolding) makes it fail. Expected outcomes recorded on Spark 4.2.0 by the
 * differential run (seed 20261203, case 33: {@code SELECT CAST(coalesce('ÄÖü', '%_') AS DATE)}
 * over an empty table raised {@code [CAST_INVALID_INPUT]}) and by Spark's ConstantFolding rule
 * (top-down: a constant that evaluates is not looked into).
 */
class ConstantFoldingErrorTest {
  private Session spark;

  @BeforeEach
  void setUp() {
    spark = Session.builder().appName("folding").master("local[1]").getOrCreate();
    spark.createDataFrame(List.of(), "a BIGINT").createOrReplaceTempView("empty");
    spark.createDataFrame(List.of(Row.of(1L), Row.of(2L)), "a BIGINT").createOrReplaceTempView("two");
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  @Test
  void failingConstantFailsOverAnEmptyTable() {
    assertThatThrownBy(
            () -> spark.sql("SELECT CAST(coalesce('ÄÖü', '%_') AS DATE) AS c1 FROM empty").collectAsList())
        .hasMessageStartingWith("[CAST_INVALID_INPUT] The value 'ÄÖü' of the type \"STRING\" cannot be cast to \"DATE\"");
    assertThatThrownBy(() -> spark.sql("SELECT a FROM two WHERE a > 5 AND 1 / 0 > 0").collectAsList())
        .hasMessageStartingWith("[DIVIDE_BY_ZERO]");
    // Not constant (it reads a column): no row, no error.
    assertThat(spark.sql("SELECT CAST(a AS INT) / 0 AS c FROM empty").collectAsList()).isEmpty();
  }

  @Test
  void constantsThatEvaluateAreNotLookedInto() {
    assertThat(spark.sql("SELECT coalesce(1, 1 / 0) AS c FROM two").collectAsList())
        .containsExactly(Row.of(1.0), Row.of(1.0)); // `/` is DOUBLE division
    assertThat(spark.sql("SELECT CASE WHEN false THEN 1 / 0 ELSE 2 END AS c FROM empty").collectAsList())
        .isEmpty();
    assertThat(spark.sql("SELECT try_divide(1, 0) AS c FROM two").collectAsList())
        .containsExactly(Row.of((Object) null), Row.of((Object) null));
  }

  @Test
  void aggregateArgumentsAndBranchesAreChecked() {
    assertThatThrownBy(() -> spark.sql("SELECT min(CAST('x' AS INT)) FROM empty").collectAsList())
        .hasMessageStartingWith("[CAST_INVALID_INPUT]");
    // Inside a CASE that reads a column, a failing constant branch is kept (ConstantFolding's
    // isConditionalBranch) and raises only if a row takes it. Recorded on Spark 4.2.0 over
    // range(0, 2): [0.0, 0.0], no error.
    assertThat(spark.sql("SELECT CASE WHEN a > 100 THEN 1 / 0 ELSE 0 END AS c FROM two").collectAsList())
        .containsExactly(Row.of(0.0), Row.of(0.0));
    assertThatThrownBy(
            () -> spark.sql("SELECT CASE WHEN a > 1 THEN 1 / 0 ELSE 0 END AS c FROM two").collectAsList())
        .hasMessageStartingWith("[DIVIDE_BY_ZERO]");
  }

  @Test
  void legacyModeKeepsNulls() {
    spark.conf().set("sluice.sql.ansi.enabled", "false");
    assertThatCode(() -> spark.sql("SELECT CAST('x' AS INT) AS c, 1 / 0 AS d FROM empty").collectAsList())
        .doesNotThrowAnyException();
  }
}
