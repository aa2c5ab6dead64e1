package io.sluice.streaming;

import static io.sluice.functions.col;
import static io.sluice.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.AnalysisException;
import io.sluice.Dataset;
import io.sluice.Row;
import org.junit.jupiter.api.Test;

/** Queries written as StreamTest scripts, and the plans the checker refuses. */
class StreamTestScriptsTest extends StreamingTestBase {

  @Test
  void runningSumInUpdateMode() {
    MemoryStream input = MemoryStream.of(spark, "k STRING, v INT");
    Dataset<Row> sums = input.toDF().groupBy("k").agg(sum("v").alias("total"));
    StreamTest.of(spark, sums, OutputMode.Update())
        .addData(input, Row.of("a", 1), Row.of("b", 2))
        .checkAnswer(Row.of("a", 1L), Row.of("b", 2L))
        .addData(input, Row.of("a", 10))
        // the memory sink appends each update-mode batch's changed rows, as Spark's does
        .checkAnswer(Row.of("a", 1L), Row.of("b", 2L), Row.of("a", 11L))
        .run();
  }

  @Test
  void restartWithoutCheckpointReadsFromTheStart() {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    StreamTest.of(spark, input.toDF().filter(col("v").gt(0)), OutputMode.Append())
        .addData(input, Row.of(1), Row.of(-1))
        .checkAnswer(Row.of(1))
        .stopStream()
        .addData(input, Row.of(2))
        .startStream()
        .checkAnswer(Row.of(1), Row.of(2))
        .run();
  }

  @Test
  void aFailedStepShowsTheHistory() {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    assertThatThrownBy(() ->
            StreamTest.of(spark, input.toDF(), OutputMode.Append())
                .addData(input, Row.of(1))
                .checkAnswer(Row.of(2))
                .run())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("   AddData([[1]])\n=> CheckAnswer([[2]])");
  }

  @Test
  void aFailingQueryIsExpected() {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    Dataset<Row> failing = input.toDF().filter((io.sluice.function.FilterFunction<Row>) r -> {
      throw new IllegalStateException("bad row " + r);
    });
    StreamTest.of(spark, failing, OutputMode.Append())
        .addData(input, Row.of(1))
        .expectFailure(IllegalStateException.class, "bad row")
        .run();
  }

  @Test
  void streamStaticJoinsAndUnionsAreCheckedAsSparkDoes() {
    MemoryStream input = MemoryStream.of(spark, "k STRING");
    Dataset<Row> stat = spark.createDataFrame(java.util.List.of(Row.of("a", 1)), "k STRING, n INT");
    Dataset<Row> stream = input.toDF();
    assertThatThrownBy(() -> stat.join(stream, java.util.List.of("k"), "left_outer")
            .writeStream().format("console").start())
        .isInstanceOf(AnalysisException.class)
        .hasMessage("Left outer join with a streaming DataFrame/Dataset on the right and a static "
            + "DataFrame/Dataset on the left is not supported");
    assertThatThrownBy(() -> stream.join(stat, java.util.List.of("k"), "full_outer")
            .writeStream().format("console").start())
        .hasMessageStartingWith("Full outer joins with streaming DataFrames/Datasets on the left");
    assertThatThrownBy(() -> stream.union(stat.select("k")).writeStream().format("console").start())
        .hasMessage("Union between streaming and batch DataFrames/Datasets is not supported");
    assertThatThrownBy(() -> stream.join(input.toDF(), java.util.List.of("k"))
            .writeStream().format("console").start())
        .hasMessageContaining("Join between two streaming DataFrames/Datasets is not supported");
    assertThatThrownBy(() -> stream.distinct().writeStream().queryName("d").format("memory").start())
        .hasMessageStartingWith("Append output mode not supported when there are streaming aggregations");
  }

  @Test
  void streamStaticInnerJoinRuns() {
    MemoryStream input = MemoryStream.of(spark, "k STRING");
    Dataset<Row> stat = spark.createDataFrame(java.util.List.of(Row.of("a", 1), Row.of("b", 2)), "k STRING, n INT");
    StreamTest.of(spark, input.toDF().join(stat, "k"), OutputMode.Append())
        .addData(input, Row.of("a"), Row.of("c"))
        .checkAnswer(Row.of("a", 1))
        .run();
  }

  @Test
  void distinctInUpdateModeEmitsEachBatchsRowsOnce() {
    MemoryStream input = MemoryStream.of(spark, "k STRING");
    StreamTest.of(spark, input.toDF().distinct(), OutputMode.Update())
        .addData(input, Row.of("a"), Row.of("a"), Row.of("b"))
        .checkAnswer(Row.of("a"), Row.of("b"))
        .addData(input, Row.of("a"), Row.of("c"))
        // batch 1 emits a again (its group was updated) and c; the memory sink appends them
        .checkAnswer(Row.of("a"), Row.of("b"), Row.of("a"), Row.of("c"))
        .run();
  }

  @Test
  void explainShowsThePlans() {
    MemoryStream input = MemoryStream.of(spark, "k STRING");
    StreamingQuery q = input.toDF().groupBy("k").count().writeStream()
        .queryName("ex").format("memory").outputMode("complete").start();
    String text = ((io.sluice.execution.streaming.MicroBatchExecution) q).explainString(true);
    assertThat(text).contains("== Parsed Logical Plan ==").contains("StreamingRelation MemoryStream[k#")
        .contains("== Physical Plan ==");
    q.stop();
  }
}
