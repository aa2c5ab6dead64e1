package io.sluice.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sluice.Row;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ProgressAndListenerTest extends StreamingTestBase {

  @Test
  void progressHasSparksFields() throws Exception {
    MemoryStream input = MemoryStream.of(spark, "age STRING");
    StreamingQuery q = input.toDF().groupBy("age").count().writeStream()
        .queryName("p").format("memory").outputMode("complete").start();
    input.addData(Row.of("a"), Row.of("b"));
    q.processAllAvailable();
    StreamingQueryProgress p = q.lastProgress();
    JsonNode json = new ObjectMapper().readTree(p.json());
    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    List<String> expected = new ArrayList<>(List.of(
        "id", "runId", "name", "timestamp", "batchId", "batchDuration", "numInputRows",
        "inputRowsPerSecond", "processedRowsPerSecond", "durationMs", "stateOperators", "sources", "sink"));
    if (!Double.isFinite(p.inputRowsPerSecond())) {
      // Two triggers that start in the same millisecond give an infinite input rate, which Spark's
      // JSON (and Sluice's) leaves out.
      expected.remove("inputRowsPerSecond");
    }
    assertThat(fields).containsExactlyElementsOf(expected);
    assertThat(json.get("id").asText()).isEqualTo(q.id().toString());
    assertThat(json.get("name").asText()).isEqualTo("p");
    assertThat(json.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(json.get("batchId").asLong()).isZero();
    assertThat(json.get("numInputRows").asLong()).isEqualTo(2);
    List<String> phases = new ArrayList<>();
    json.get("durationMs").fieldNames().forEachRemaining(phases::add);
    assertThat(phases).containsExactly(
        "addBatch", "commitOffsets", "getBatch", "latestOffset", "queryPlanning", "triggerExecution", "walCommit");
    JsonNode source = json.get("sources").get(0);
    assertThat(source.get("description").asText()).startsWith("MemoryStream[age#");
    assertThat(source.get("startOffset").isNull()).isTrue();
    assertThat(source.get("endOffset").asLong()).isZero();
    assertThat(source.get("numInputRows").asLong()).isEqualTo(2);
    assertThat(json.get("sink").get("description").asText()).isEqualTo("MemorySink");
    assertThat(json.get("sink").get("numOutputRows").asLong()).isEqualTo(2);
    assertThat(json.get("stateOperators")).hasSize(1);
    assertThat(p.stateOperators()[0].numRowsTotal()).isEqualTo(2);
    assertThat(p.stateOperators()[0].numRowsUpdated()).isEqualTo(2);
    assertThat(p.stateOperators()[0].memoryUsedBytes()).isPositive();
    input.addData(Row.of("a"));
    q.processAllAvailable();
    assertThat(q.lastProgress().stateOperators()[0].numRowsTotal()).isEqualTo(2);
    assertThat(q.lastProgress().stateOperators()[0].numRowsUpdated()).isEqualTo(1);
    // Spark's pretty layout: "name" : value, arrays inline
    assertThat(p.prettyJson()).startsWith("{\n  \"id\" : \"" + q.id() + "\",\n  \"runId\" : ");
    assertThat(p.prettyJson()).contains("\"sources\" : [ {\n    \"description\" : ");
    assertThat(p.toString()).isEqualTo(p.prettyJson());
    assertThat(q.status().isTriggerActive()).isFalse();
    q.stop();
  }

  @Test
  void listenersSeeStartProgressAndTerminationInOrder() {
    List<String> events = new CopyOnWriteArrayList<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    StreamingQueryListener listener = new StreamingQueryListener() {
      @Override
      public void onQueryStarted(QueryStartedEvent event) {
        events.add("started " + event.name());
        threads.add(Thread.currentThread().getName());
      }

      @Override
      public void onQueryProgress(QueryProgressEvent event) {
        events.add("progress " + event.progress().batchId());
      }

      @Override
      public void onQueryTerminated(QueryTerminatedEvent event) {
        events.add("terminated " + event.exception().isPresent());
      }
    };
    spark.streams().addListener(listener);
    MemoryStream input = MemoryStream.of(spark, "v INT");
    StreamingQuery q = input.toDF().writeStream().queryName("l").format("memory").start();
    assertThat(events).containsExactly("started l"); // delivered before start() returned
    input.addData(Row.of(1));
    q.processAllAvailable();
    input.addData(Row.of(2));
    q.processAllAvailable();
    q.stop();
    await().atMost(Duration.ofSeconds(5)).until(() -> events.size() == 4);
    assertThat(events).containsExactly("started l", "progress 0", "progress 1", "terminated false");
    assertThat(threads).noneMatch(name -> name.startsWith("stream execution thread") || name.equals("main"));
    spark.streams().removeListener(listener);
    assertThat(spark.streams().listListeners()).isEmpty();
  }

  @Test
  void consoleSinkPrintsBatchesAsShowDoes() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      MemoryStream input = MemoryStream.of(spark, "age STRING");
      StreamingQuery q = input.toDF().groupBy("age").count().writeStream()
          .format("console").outputMode("complete").start();
      input.addData(Row.of("a"), Row.of("a"));
      q.processAllAvailable();
      q.stop();
    } finally {
      System.setOut(original);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo(
        "-------------------------------------------\n"
            + "Batch: 0\n"
            + "-------------------------------------------\n"
            + "+---+-----+\n"
            + "|age|count|\n"
            + "+---+-----+\n"
            + "|  a|    2|\n"
            + "+---+-----+\n"
            + "\n");
  }

  @Test
  void consoleSinkHonoursNumRows() {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      MemoryStream input = MemoryStream.of(spark, "v INT");
      StreamingQuery q = input.toDF().writeStream().format("console").option("numRows", 1).start();
      input.addData(Row.of(1), Row.of(2));
      q.processAllAvailable();
      q.stop();
    } finally {
      System.setOut(original);
    }
    // A cut table ends with its footer line and no blank line, as show() in Spark 4.2.0 printed.
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo(
        "-------------------------------------------\n"
            + "Batch: 0\n"
            + "-------------------------------------------\n"
            + "+---+\n"
            + "|  v|\n"
            + "+---+\n"
            + "|  1|\n"
            + "+---+\n"
            + "only showing top 1 row\n");
  }

  @Test
  void rateSourceProducesRowsEverySecond() {
    StreamingQuery q = spark.readStream().format("rate").option("rowsPerSecond", 5).load()
        .writeStream().queryName("rate").format("memory").start();
    await().atMost(Duration.ofSeconds(5)).until(() -> spark.table("rate").count() >= 5);
    q.stop();
    // Partitions generate interleaved values (as Spark's do): order them to check for gaps.
    List<Row> rows = spark.sql("SELECT * FROM rate ORDER BY value").collectAsList();
    assertThat(spark.table("rate").columns()).containsExactly("timestamp", "value");
    Iterator<Row> it = rows.iterator();
    for (long expected = 0; it.hasNext(); expected++) {
      assertThat(it.next().getLong(1)).isEqualTo(expected);
    }
    assertThat(q.lastProgress().sources()[0].description())
        .isEqualTo("RateStreamV2[rowsPerSecond=5, rampUpTimeSeconds=0, numPartitions=default]");
  }

  @Test
  void managerListsAndWaitsForQueries() {
    MemoryStream input = MemoryStream.of(spark, "v INT");
    StreamingQuery a = input.toDF().writeStream().queryName("a").format("memory").start();
    StreamingQuery b = input.toDF().writeStream().queryName("b").format("memory").start();
    assertThat(spark.streams().active()).containsExactlyInAnyOrder(a, b);
    assertThat(spark.streams().get(b.id().toString())).isSameAs(b);
    assertThat(a.runId()).isNotEqualTo(b.runId());
    assertThat(spark.streams().awaitAnyTermination(50)).isFalse();
    a.stop();
    assertThat(spark.streams().awaitAnyTermination(5000)).isTrue();
    assertThat(spark.streams().active()).containsExactly(b);
    // b keeps running until the session stops it
  }
}
