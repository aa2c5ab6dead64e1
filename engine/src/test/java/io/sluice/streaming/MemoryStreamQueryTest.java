package io.sluice.streaming;

import static io.sluice.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.sluice.AnalysisException;
import io.sluice.Dataset;
import io.sluice.ForeachWriter;
import io.sluice.Row;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MemoryStreamQueryTest extends StreamingTestBase {

  @Test
  void completeModeKeepsCountsAcrossBatches() {
    MemoryStream input = MemoryStream.of(spark, "age STRING");
    StreamingQuery q =
        input.toDF().groupBy("age").count().writeStream()
            .queryName("age_counts").format("memory").outputMode("complete").start();
    input.addData(Row.of("a"), Row.of("b"), Row.of("a"));
    q.processAllAvailable();
    assertThat(table("age_counts")).containsExactly("[a,2]", "[b,1]");
    input.addData(Row.of("a"), Row.of("c"));
    q.processAllAvailable();
    assertThat(table("age_counts")).containsExactly("[a,3]", "[b,1]", "[c,1]");
    assertThat(q.lastProgress().batchId()).isEqualTo(1);
    q.stop();
    assertThat(q.isActive()).isFalse();
    // the table outlives the query, as in Spark
    assertThat(table("age_counts")).hasSize(3);
  }

  @Test
  void updateModeAppendsEachBatchsUpdatedRows() {
    // Spark 4.2.0, the same query over two JSON files read one per trigger, printed
    // SELECT * FROM upd ORDER BY k, count as [x,1], [x,2], [y,1]: its memory sink appends.
    MemoryStream input = MemoryStream.of(spark, "age STRING");
    StreamingQuery q =
        input.toDF().groupBy("age").count().writeStream()
            .queryName("updates").format("memory").outputMode(OutputMode.Update()).start();
    input.addData(Row.of("a"), Row.of("b"));
    q.processAllAvailable();
    input.addData(Row.of("a"));
    q.processAllAvailable();
    assertThat(q.lastProgress().sink().numOutputRows()).isEqualTo(1); // only the changed group
    assertThat(table("updates")).containsExactly("[a,1]", "[a,2]", "[b,1]");
    q.stop();
  }

  @Test
  void upsertOptionKeepsEachKeysLatestRowInUpdateMode() {
    MemoryStream input = MemoryStream.of(spark, "age STRING");
    StreamingQuery q =
        input.toDF().groupBy("age").count().writeStream().option("upsert", "true")
            .queryName("updates").format("memory").outputMode(OutputMode.Update()).start();
    input.addData(Row.of("a"), Row.of("b"));
    q.processAllAvailable();
    input.addData(Row.of("a"));
    q.processAllAvailable();
    assertThat(table("updates")).containsExactly("[a,2]", "[b,1]");
    q.stop();
  }

  @Test
  void appendModeRunsStatelessSelectAndFilter() {
    MemoryStream input = MemoryStream.of(spark, "name STRING, n INT");
    StreamingQuery q =
        input.toDF().filter(col("n").gt(1)).select(col("name"), col("n").plus(10).alias("m"))
            .writeStream().queryName("filtered").format("memory").start();
    input.addData(Row.of("x", 1), Row.of("y", 2));
    q.processAllAvailable();
    input.addData(Row.of("z", 3));
    q.processAllAvailable();
    assertThat(table("filtered")).containsExactly("[y,12]", "[z,13]");
    q.stop();
  }

  @Test
  void refusesWhatSparkRefuses() {
    MemoryStream input = MemoryStream.of(spark, "age STRING");
    Dataset<Row> df = input.toDF();
    assertThatThrownBy(() -> df.writeStream().queryName("t").format("memory").outputMode("complete").start())
        .isInstanceOf(AnalysisException.class)
        .hasMessage("Complete output mode not supported when there are no streaming aggregations on streaming DataFrames/Datasets");
    assertThatThrownBy(() -> df.groupBy("age").count().writeStream().queryName("t").format("memory").start())
        .isInstanceOf(AnalysisException.class)
        .hasMessage("Append output mode not supported when there are streaming aggregations on streaming DataFrames/DataSets without watermark");
    assertThatThrownBy(() -> df.orderBy("age").writeStream().queryName("t").format("memory").start())
        .isInstanceOf(AnalysisException.class)
        .hasMessageStartingWith("Sorting is not supported on streaming DataFrames/Datasets");
    assertThatThrownBy(() -> df.groupBy("age").count().limit(1).writeStream().queryName("t").format("memory").outputMode("update").start())
        .isInstanceOf(AnalysisException.class)
        .hasMessage("Limits are not supported on streaming DataFrames/Datasets in Update output mode");
    assertThatThrownBy(() -> df.writeStream().format("memory").start())
        .isInstanceOf(AnalysisException.class)
        .hasMessage("queryName must be specified for memory sink");
    assertThatThrownBy(() -> df.writeStream().format("console").trigger(Trigger.Continuous("1 second")).start())
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("Continuous processing is not supported yet");
    assertThatThrownBy(() -> spark.readStream().format("kafka").load())
        .hasMessageContaining("kafka source is not supported yet");
    assertThatThrownBy(() -> df.writeStream().format("parquet").start("/tmp/out"))
        .hasMessageContaining("file sink");
    // sorting an aggregation in complete mode is fine
    StreamingQuery ok = df.groupBy("age").count().orderBy(col("count").desc())
        .writeStream().queryName("sorted").format("memory").outputMode("complete").start();
    ok.stop();
    assertThat(spark.streams().active()).isEmpty();
  }

  @Test
  void secondActiveQueryWithTheSameNameFails() {
    MemoryStream input = MemoryStream.of(spark, "age STRING");
    StreamingQuery q = input.toDF().writeStream().queryName("dup").format("memory").start();
    assertThatThrownBy(() -> input.toDF().writeStream().queryName("dup").format("memory").start())
        .hasMessageContaining("Cannot start query with name dup as a query with that name is already active");
    assertThat(spark.streams().get(q.id())).isSameAs(q);
    q.stop();
    // after it stopped the name is free again
    input.toDF().writeStream().queryName("dup").format("memory").start().stop();
  }

  @Test
  void onceRunsOneBatchThenStops() {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    input.addData(Row.of(1), Row.of(2));
    input.addData(Row.of(3));
    StreamingQuery q = input.toDF().writeStream().queryName("once").format("memory")
        .trigger(Trigger.Once()).start();
    assertThat(q.awaitTermination(10_000)).isTrue();
    assertThat(q.recentProgress()).hasSize(1);
    assertThat(table("once")).containsExactly("[1]", "[2]", "[3]");
  }

  @Test
  void availableNowProcessesWhatWasThereAndStops() {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    input.addData(Row.of(1));
    StreamingQuery q = input.toDF().writeStream().queryName("now").format("memory")
        .trigger(Trigger.AvailableNow()).start();
    assertThat(q.awaitTermination(10_000)).isTrue();
    assertThat(table("now")).containsExactly("[1]");
  }

  @Test
  void processingTimeRunsOnTheInterval() {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    StreamingQuery q = input.toDF().writeStream().queryName("pt").format("memory")
        .trigger(Trigger.ProcessingTime("100 milliseconds")).start();
    input.addData(Row.of(1));
    await().atMost(Duration.ofSeconds(5)).until(() -> table("pt").size() == 1);
    input.addData(Row.of(2));
    q.processAllAvailable();
    assertThat(table("pt")).containsExactly("[1]", "[2]");
    StreamingQueryProgress[] progress = q.recentProgress();
    assertThat(progress).hasSize(2);
    q.stop();
  }

  @Test
  void defaultTriggerReactsQuicklyAndSkipsEmptyBatches() {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    StreamingQuery q = input.toDF().writeStream().queryName("fast").format("memory").start();
    q.processAllAvailable();
    assertThat(q.recentProgress()).isEmpty(); // no data, no batch
    long start = System.nanoTime();
    input.addData(Row.of(1));
    await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(1))
        .until(() -> q.lastProgress() != null);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    assertThat(q.lastProgress().batchId()).isZero();
    q.stop();
  }

  @Test
  void readersOnOtherThreadsSeeWholeBatches() throws Exception {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    StreamingQuery q = input.toDF().writeStream().queryName("whole").format("memory").start();
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<Throwable> readerFailure = new AtomicReference<>();
    List<Long> seen = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      try {
        while (!done.get()) {
          long n = spark.sql("SELECT count(*) FROM whole").collectAsList().get(0).getLong(0);
          seen.add(n);
        }
      } catch (Throwable t) {
        readerFailure.set(t);
      }
    });
    reader.start();
    for (int batch = 0; batch < 20; batch++) {
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        rows.add(Row.of(batch));
      }
      input.addData(rows);
      q.processAllAvailable();
    }
    done.set(true);
    reader.join(10_000);
    assertThat(readerFailure.get()).isNull();
    assertThat(seen).isNotEmpty().allMatch(n -> n % 10 == 0);
    assertThat(spark.table("whole").count()).isEqualTo(200);
    q.stop();
  }

  @Test
  void failureIsRethrownByAwaitTermination() {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    StreamingQuery q = input.toDF().writeStream()
        .foreachBatch((ds, id) -> {
          throw new IllegalStateException("boom in batch " + id);
        }).start();
    input.addData(Row.of(1));
    assertThatThrownBy(() -> q.awaitTermination())
        .isInstanceOf(StreamingQueryException.class)
        .hasMessageContaining("boom in batch 0")
        .extracting(e -> ((StreamingQueryException) e).cause())
        .isInstanceOf(IllegalStateException.class);
    assertThat(q.exception()).isPresent();
    assertThat(q.isActive()).isFalse();
    assertThatThrownBy(() -> spark.streams().awaitAnyTermination(1000)).isInstanceOf(StreamingQueryException.class);
    spark.streams().resetTerminated();
    assertThat(spark.streams().awaitAnyTermination(50)).isFalse();
  }

  @Test
  void processAllAvailableRethrowsTheFailure() {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    StreamingQuery q = input.toDF().writeStream()
        .foreachBatch((ds, id) -> {
          throw new IllegalArgumentException("bad");
        }).start();
    input.addData(Row.of(1));
    assertThatThrownBy(q::processAllAvailable).isInstanceOf(StreamingQueryException.class);
  }

  @Test
  void stopFromAnotherThread() throws Exception {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    StreamingQuery q = input.toDF().writeStream().queryName("stopme").format("memory").start();
    assertThat(q.awaitTermination(100)).isFalse();
    Thread stopper = new Thread(q::stop);
    stopper.start();
    assertThat(q.awaitTermination(10_000)).isTrue();
    stopper.join(10_000);
    assertThat(q.exception()).isEmpty();
    assertThat(q.status().message()).isEqualTo("Stopped");
  }

  @Test
  void foreachBatchSeesEachBatchAsADataset() {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    List<String> calls = new CopyOnWriteArrayList<>();
    StreamingQuery q = input.toDF().writeStream()
        .foreachBatch((ds, id) -> calls.add(id + ":" + ds.count() + ":" + ds.collectAsList()))
        .start();
    input.addData(Row.of(1), Row.of(2));
    q.processAllAvailable();
    input.addData(Row.of(3));
    q.processAllAvailable();
    assertThat(calls).containsExactly("0:2:[[1], [2]]", "1:1:[[3]]");
    q.stop();
  }

  @Test
  void foreachWriterGetsEveryRow() {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    List<String> events = new CopyOnWriteArrayList<>();
    StreamingQuery q = input.toDF().writeStream().foreach(new ForeachWriter<Row>() {
      @Override
      public boolean open(long partitionId, long epochId) {
        events.add("open " + epochId);
        return true;
      }

      @Override
      public void process(Row value) {
        events.add("row " + value);
      }

      @Override
      public void close(Throwable errorOrNull) {
        events.add("close " + errorOrNull);
      }
    }).start();
    input.addData(Row.of(7));
    q.processAllAvailable();
    q.stop();
    assertThat(events).containsExactly("open 0", "row [7]", "close null");
  }
}
