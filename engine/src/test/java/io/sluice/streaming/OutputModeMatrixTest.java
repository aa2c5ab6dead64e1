package io.sluice.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.AnalysisException;
import io.sluice.Dataset;
import io.sluice.Row;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every sink under every output mode, for a stateless query and an aggregation: what Spark accepts
 * runs and writes the expected rows, what it refuses fails at {@code start()} in Spark's words.
 */
class OutputModeMatrixTest extends StreamingTestBase {

  @ParameterizedTest(name = "{0} sink, {1} mode, aggregation={2}")
  @CsvSource({
    "memory, append, false, ok",
    "memory, update, false, ok",
    "memory, complete, false, Complete output mode not supported when there are no streaming aggregations",
    "memory, append, true, Append output mode not supported when there are streaming aggregations",
    "memory, update, true, ok",
    "memory, complete, true, ok",
    "console, append, false, ok",
    "console, update, false, ok",
    "console, complete, false, Complete output mode not supported when there are no streaming aggregations",
    "console, append, true, Append output mode not supported when there are streaming aggregations",
    "console, update, true, ok",
    "console, complete, true, ok",
    "foreachBatch, append, false, ok",
    "foreachBatch, update, false, ok",
    "foreachBatch, complete, false, Complete output mode not supported when there are no streaming aggregations",
    "foreachBatch, append, true, Append output mode not supported when there are streaming aggregations",
    "foreachBatch, update, true, ok",
    "foreachBatch, complete, true, ok",
  })
  void sinkAndMode(String sink, String mode, boolean aggregation, String expected) throws Exception {
    MemoryStream input = MemoryStream.of(spark, "k STRING, v INT");
    Dataset<Row> df = input.toDF();
    Dataset<Row> query = aggregation ? df.groupBy("k").count() : df.filter("v > 0").select("k", "v");
    List<String> batches = new CopyOnWriteArrayList<>();
    DataStreamWriter<Row> writer = query.writeStream().outputMode(mode);
    if (sink.equals("foreachBatch")) {
      writer = writer.foreachBatch((ds, id) -> batches.add(id + ":" + ds.orderBy("k").collectAsList()));
    } else {
      writer = writer.format(sink).queryName("matrix");
    }
    if (!expected.equals("ok")) {
      DataStreamWriter<Row> refused = writer;
      assertThatThrownBy(refused::start)
          .isInstanceOf(AnalysisException.class)
          .hasMessageContaining(expected);
      return;
    }
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream original = System.out;
    if (sink.equals("console")) {
      System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    }
    try {
      StreamingQuery q = writer.start();
      input.addData(Row.of("a", 1), Row.of("b", 2), Row.of("a", 3));
      q.processAllAvailable();
      input.addData(Row.of("a", 4));
      q.processAllAvailable();
      q.stop();
    } finally {
      System.setOut(original);
    }
    String expectedLast;
    if (!aggregation) {
      expectedLast = mode.equals("append") || mode.equals("update") ? "[[a,4]]" : null;
    } else {
      expectedLast = mode.equals("complete") ? "[[a,3], [b,1]]" : "[[a,3]]";
    }
    switch (sink) {
      case "memory":
        List<Row> table = spark.sql("SELECT * FROM matrix ORDER BY k").collectAsList();
        if (aggregation && mode.equals("update")) {
          // Spark's memory sink appends each update-mode batch: a's count of batch 0, then of 1.
          assertThat(table).containsExactlyInAnyOrder(Row.of("a", 2L), Row.of("b", 1L), Row.of("a", 3L));
        } else if (aggregation) {
          assertThat(table).containsExactly(Row.of("a", 3L), Row.of("b", 1L));
        } else {
          assertThat(table).containsExactlyInAnyOrder(Row.of("a", 1), Row.of("b", 2), Row.of("a", 3), Row.of("a", 4));
        }
        break;
      case "console":
        String printed = console.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Batch: 0").contains("Batch: 1");
        break;
      default:
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).isEqualTo("1:" + expectedLast);
        break;
    }
  }
}
