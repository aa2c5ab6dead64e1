package io.sluice.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.Row;
import io.sluice.codegen.errors.SluiceArithmeticException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decimal sum/avg over micro-batches at the edge of DECIMAL(38,6): a total that overflows stays
 * null in later batches (Spark's state holds a null sum), a global total beyond the precision
 * within one batch that comes back in range is fine, a grouped one is not. Expected rows were
 * recorded on Spark 4.2.0 (local[1], a JSON file source with one file per batch, complete mode,
 * memory sink, the same SQL).
 */
class DecimalSumStreamingTest extends StreamingTestBase {

  private static final String M = "99999999999999999999999999999999.999999";
  private static final Row MAX = Row.of(1, new BigDecimal(M));
  private static final Row MIN = Row.of(1, new BigDecimal("-" + M));

  @Test
  void overflowedTotalStaysNullAcrossBatchesWithAnsiOff() {
    spark.conf().set("spark.sql.ansi.enabled", "false");
    assertBatches(
        "SELECT sum(d), avg(d), try_sum(d), try_avg(d) FROM src",
        List.of(List.of(MAX), List.of(MAX), List.of(MIN)),
        List.of("[" + M + ",null," + M + ",null]", "[null,null,null,null]", "[null,null,null,null]"));
    assertBatches(
        "SELECT k, sum(d), avg(d), try_sum(d), try_avg(d) FROM src GROUP BY k",
        List.of(List.of(MAX), List.of(MAX), List.of(MIN)),
        List.of(
            "[1," + M + ",null," + M + ",null]", "[1,null,null,null,null]", "[1,null,null,null,null]"));
  }

  @Test
  void globalTotalMayLeaveTheRangeWithinABatchGroupedMayNot() {
    spark.conf().set("spark.sql.ansi.enabled", "false");
    assertBatches(
        "SELECT sum(d), try_sum(d) FROM src",
        List.of(List.of(MAX, MAX, MIN), List.of(MIN)),
        List.of("[" + M + "," + M + "]", "[0.000000,0.000000]"));
    assertBatches(
        "SELECT k, sum(d), try_sum(d) FROM src GROUP BY k",
        List.of(List.of(MAX, MAX, MIN), List.of(MIN)),
        List.of("[1,null,null]", "[1,null,null]"));
  }

  @Test
  void ansiOverflowStopsTheQueryTrySumDoesNot() {
    assertBatches(
        "SELECT try_sum(d), try_avg(d) FROM src",
        List.of(List.of(MAX), List.of(MAX), List.of(MIN)),
        List.of("[" + M + ",null]", "[null,null]", "[null,null]"));

    MemoryStream input = MemoryStream.of(spark, "k INT, d DECIMAL(38,6)");
    input.toDF().createOrReplaceTempView("src");
    StreamingQuery q =
        spark.sql("SELECT sum(d) FROM src").writeStream()
            .queryName("sums").format("memory").outputMode("complete").start();
    try {
      input.addData(MAX);
      q.processAllAvailable();
      assertThat(table("sums")).containsExactly("[" + M + "]");
      input.addData(MAX);
      assertThatThrownBy(q::processAllAvailable)
          .isInstanceOf(StreamingQueryException.class)
          .hasMessageContaining(
              "(in batch 1): [ARITHMETIC_OVERFLOW] Overflow in sum of decimals. Use 'try_sum' to"
                  + " tolerate overflow and return NULL instead.")
          .cause()
          .isInstanceOf(SluiceArithmeticException.class);
    } finally {
      q.stop();
    }
  }

  /** Runs {@code sql} over a memory stream, one micro-batch per entry, checking each result. */
  private void assertBatches(String sql, List<List<Row>> batches, List<String> expected) {
    MemoryStream input = MemoryStream.of(spark, "k INT, d DECIMAL(38,6)");
    input.toDF().createOrReplaceTempView("src");
    StreamingQuery q =
        spark.sql(sql).writeStream().queryName("out").format("memory").outputMode("complete").start();
    try {
      for (int b = 0; b < batches.size(); b++) {
        input.addData(batches.get(b).toArray(new Row[0]));
        q.processAllAvailable();
        assertThat(table("out")).as("batch " + b + " of " + sql).containsExactly(expected.get(b));
      }
    } finally {
      q.stop();
    }
  }
}
