package io.sluice.streaming;

import static io.sluice.functions.col;
import static io.sluice.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.Row;
import io.sluice.codegen.errors.SluiceArithmeticException;
import io.sluice.codegen.errors.SluiceNumberFormatException;
import org.junit.jupiter.api.Test;

/**
 * An ANSI error in a micro-batch stops the query: a StreamingQueryException that names the batch,
 * caused by the error; the sink and the commit log never see that batch.
 */
class AnsiStreamingQueryTest extends StreamingTestBase {

  @Test
  void overflowStopsTheQueryBeforeTheBatchIsCommitted() {
    MemoryStream input = MemoryStream.of(spark, "k STRING, n BIGINT");
    StreamingQuery q =
        input.toDF().groupBy("k").agg(sum("n").alias("total")).writeStream()
            .queryName("totals").format("memory").outputMode("complete").start();
    input.addData(Row.of("a", Long.MAX_VALUE - 1), Row.of("b", 1L));
    q.processAllAvailable();
    assertThat(table("totals")).containsExactly("[a,9223372036854775806]", "[b,1]");

    input.addData(Row.of("a", 5L));
    assertThatThrownBy(q::processAllAvailable)
        .isInstanceOf(StreamingQueryException.class)
        .hasMessageStartingWith("Query totals [id = " + q.id() + ", runId = " + q.runId()
            + "] terminated with exception (in batch 1): [ARITHMETIC_OVERFLOW] overflow.")
        .cause()
        .isInstanceOf(SluiceArithmeticException.class);
    assertThat(q.isActive()).isFalse();
    assertThat(q.exception()).isPresent();
    // The sink kept batch 0's result; batch 1 made no progress (it was never committed).
    assertThat(table("totals")).containsExactly("[a,9223372036854775806]", "[b,1]");
    assertThat(q.lastProgress().batchId()).isEqualTo(0);
  }

  @Test
  void malformedCastStopsAStatelessQuery() {
    MemoryStream input = MemoryStream.of(spark, "s STRING");
    StreamingQuery q =
        input.toDF().select(col("s").cast("int").alias("i")).writeStream()
            .queryName("ints").format("memory").start();
    input.addData(Row.of(" 12 "));
    q.processAllAvailable();
    input.addData(Row.of("x"));
    assertThatThrownBy(q::processAllAvailable)
        .isInstanceOf(StreamingQueryException.class)
        .hasMessageContaining("(in batch 1): [CAST_INVALID_INPUT] The value 'x' of the type \"STRING\"")
        .cause()
        .isInstanceOf(SluiceNumberFormatException.class);
    assertThat(table("ints")).containsExactly("[12]");
  }

  @Test
  void ansiOffKeepsTheLegacyResults() {
    spark.conf().set("spark.sql.ansi.enabled", "false");
    MemoryStream input = MemoryStream.of(spark, "s STRING");
    StreamingQuery q =
        input.toDF().select(col("s").cast("int").alias("i"), col("s").try_cast("int").alias("t"))
            .writeStream().queryName("legacy").format("memory").start();
    input.addData(Row.of("x"), Row.of("1.9"));
    q.processAllAvailable();
    assertThat(table("legacy")).containsExactly("[1,null]", "[null,null]");
    q.stop();
  }
}
