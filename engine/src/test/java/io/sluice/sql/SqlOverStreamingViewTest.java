package io.sluice.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.Session;
import io.sluice.streaming.MemoryStream;
import io.sluice.streaming.StreamingQuery;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQL over a temporary view of a streaming Dataset is a streaming Dataset, as in Spark (its
 * analyzer resolves the view when {@code spark.sql} is called; Structured Streaming guide: "you
 * can also register a streaming DataFrame/Dataset as a temporary view and then apply SQL commands
 * on it").
 */
class SqlOverStreamingViewTest {

  private Session spark;

  @BeforeEach
  void start() {
    spark = Session.builder().appName("sql-streaming-view").master("local[1]").getOrCreate();
  }

  @AfterEach
  void stop() {
    spark.stop(); // closes the root allocator: fails on a leak
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(Thread.getAllStackTraces().keySet())
            .noneMatch(t -> t.isAlive() && t.getName().startsWith("stream execution thread")));
  }

  private List<String> table(String name) {
    return spark.table(name).collectAsList().stream().map(Row::toString).sorted().collect(Collectors.toList());
  }

  @Test
  void selectOverStreamingViewStreams() throws Exception {
    MemoryStream input = MemoryStream.of(spark, "name STRING, n INT");
    input.toDF().createOrReplaceTempView("events");
    Dataset<Row> q = spark.sql("SELECT upper(name) AS name, n * 10 AS n FROM events WHERE n > 1");
    assertThat(q.isStreaming()).isTrue();
    StreamingQuery running = q.writeStream().format("memory").queryName("out").start();
    try {
      input.addData(Row.of("a", 1), Row.of("b", 2), Row.of("c", 3));
      running.processAllAvailable();
      assertThat(table("out")).containsExactly("[B,20]", "[C,30]");
    } finally {
      running.stop();
    }
  }

  @Test
  void aggregateOverStreamingViewIsAStreamingAggregation() throws Exception {
    MemoryStream input = MemoryStream.of(spark, "name STRING");
    input.toDF().createOrReplaceTempView("names");
    Dataset<Row> counts = spark.sql("SELECT name, count(*) AS c FROM names GROUP BY name");
    assertThat(counts.isStreaming()).isTrue();
    StreamingQuery running =
        counts.writeStream().format("memory").queryName("counts").outputMode("complete").start();
    try {
      input.addData(Row.of("a"), Row.of("b"), Row.of("a"));
      running.processAllAvailable();
      input.addData(Row.of("a"));
      running.processAllAvailable();
      assertThat(table("counts")).containsExactly("[a,3]", "[b,1]");
    } finally {
      running.stop();
    }
  }

  @Test
  void batchViewsStayBatch() {
    spark.sql("SELECT 1 AS x").createOrReplaceTempView("one");
    assertThat(spark.sql("SELECT x FROM one").isStreaming()).isFalse();
  }
}
