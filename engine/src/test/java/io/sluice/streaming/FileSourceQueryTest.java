package io.sluice.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.sluice.AnalysisException;
import io.sluice.Row;
import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.io.ParquetFileWriter;
import io.sluice.columnar.types.Ddl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

class FileSourceQueryTest extends StreamingTestBase {

  private static final long T0 = 1_700_000_000_000L;


  @Test
  void seedProgramCountsGrowOneFileAtATime() throws Exception {
    Schema schema = Ddl.parseSchema("age STRING, year INT");
    writeParquet(dir.resolve("part-0.parquet"), schema, List.of(Row.of("a", 1), Row.of("b", 2)), T0);
    writeParquet(dir.resolve("part-1.parquet"), schema, List.of(Row.of("a", 3)), T0 + 1000);
    writeParquet(dir.resolve("part-2.parquet"), schema, List.of(Row.of("c", 4), Row.of("a", 5)), T0 + 2000);

    var dataSchema = spark.read().parquet(dir.toString()).schema();
    var streaming = spark.readStream().schema(dataSchema).option("maxFilesPerTrigger", 1).parquet(dir.toString());
    var ageCounts = streaming.groupBy("age").count();
    List<Long> totals = new CopyOnWriteArrayList<>();
    StreamingQuery q =
        ageCounts.writeStream().queryName("age_counts").format("memory").outputMode("complete").start();
    await().atMost(Duration.ofSeconds(10)).until(() -> {
      if (!q.isActive()) {
        q.awaitTermination(); // a failed query fails the test with its cause
      }
      long total = 0;
      for (Row r : spark.table("age_counts").collectAsList()) {
        total += r.getLong(1);
      }
      totals.add(total);
      return total == 5;
    });
    q.processAllAvailable();
    assertThat(table("age_counts")).containsExactly("[a,3]", "[b,1]", "[c,1]");
    assertThat(spark.sql("SELECT * FROM age_counts ORDER BY age").collectAsList())
        .containsExactly(Row.of("a", 3L), Row.of("b", 1L), Row.of("c", 1L));
    assertThat(totals).isSorted(); // intermediate counts only grow
    assertThat(q.recentProgress()).hasSize(3); // one file per batch
    assertThat(q.recentProgress()[0].sources()[0].endOffset()).isEqualTo("{\"filesTaken\":1}");
    // The files have two columns; the query reads only age.
    assertThat(ageCounts.explainString(false)).contains("columns age STRING");
    q.stop();
  }

  /** The seed program over CSV files. */
  @Test
  void seedProgramOverCsvCountsGrowOneFileAtATime() throws Exception {
    writeFile(dir, "part-0.csv", "a,1\nb,2\n", T0);
    writeFile(dir, "part-1.csv", "a,3\n", T0 + 1000);
    writeFile(dir, "part-2.csv", "c,4\na,5\n", T0 + 2000);
    var streaming = spark.readStream().schema("age STRING, year INT").option("maxFilesPerTrigger", 1).csv(dir.toString());
    List<Long> totals = new CopyOnWriteArrayList<>();
    StreamingQuery q = streaming.groupBy("age").count()
        .writeStream().queryName("age_counts").format("memory").outputMode("complete").start();
    await().atMost(Duration.ofSeconds(10)).until(() -> {
      if (!q.isActive()) {
        q.awaitTermination();
      }
      long total = 0;
      for (Row r : spark.table("age_counts").collectAsList()) {
        total += r.getLong(1);
      }
      totals.add(total);
      return total == 5;
    });
    q.processAllAvailable();
    assertThat(table("age_counts")).containsExactly("[a,3]", "[b,1]", "[c,1]");
    assertThat(totals).isSorted();
    assertThat(q.recentProgress()).hasSize(3);
    assertThat(q.recentProgress()[0].sources()[0].endOffset()).isEqualTo("{\"filesTaken\":1}");
    assertThat(q.recentProgress()[0].sources()[0].latestOffset()).isEqualTo("{\"filesTaken\":3}");
    q.stop();
  }

  @Test
  void picksUpFilesAddedWhileRunning() throws Exception {
    StreamingQuery q = spark.readStream().schema("name STRING, n INT").csv(dir.toString())
        .writeStream().queryName("csv").format("memory").start();
    writeFile(dir, "a.csv", "x,1\ny,2\n", T0);
    q.processAllAvailable();
    assertThat(table("csv")).containsExactly("[x,1]", "[y,2]");
    writeFile(dir, "b.csv", "z,3\n", T0 + 1);
    writeFile(dir, "_ignored.csv", "hidden,0\n", T0 + 1);
    q.processAllAvailable();
    assertThat(table("csv")).containsExactly("[x,1]", "[y,2]", "[z,3]");
    q.stop();
  }

  @Test
  void latestFirstTakesTheNewestFiles() throws Exception {
    writeFile(dir, "old.json", "{\"v\":1}\n", T0);
    writeFile(dir, "mid.json", "{\"v\":2}\n", T0 + 1000);
    writeFile(dir, "new.json", "{\"v\":3}\n", T0 + 2000);
    List<String> order = new CopyOnWriteArrayList<>();
    StreamingQuery q = spark.readStream().schema("v INT").option("maxFilesPerTrigger", 1)
        .option("latestFirst", true).json(dir.toString())
        .writeStream().foreachBatch((ds, id) -> order.add(ds.collectAsList().toString()))
        .trigger(Trigger.AvailableNow()).start();
    assertThat(q.awaitTermination(10_000)).isTrue();
    assertThat(order).containsExactly("[[3]]", "[[2]]", "[[1]]");
  }

  @Test
  void maxFileAgeIgnoresFilesMuchOlderThanTheNewest() throws Exception {
    writeFile(dir, "new.csv", "2\n", T0);
    StreamingQuery q = spark.readStream().schema("v INT").option("maxFileAge", "1h").csv(dir.toString())
        .writeStream().queryName("aged").format("memory").start();
    q.processAllAvailable();
    writeFile(dir, "ancient.csv", "1\n", T0 - 2 * 3600_000L);
    writeFile(dir, "recent.csv", "3\n", T0 - 60_000L);
    q.processAllAvailable();
    assertThat(table("aged")).containsExactly("[2]", "[3]");
    q.stop();
  }

  @Test
  void pathGlobFilterSelectsFiles() throws Exception {
    writeFile(dir, "keep.csv", "1\n", T0);
    writeFile(dir, "skip.txt", "2\n", T0);
    StreamingQuery q = spark.readStream().schema("v INT").option("pathGlobFilter", "*.csv").csv(dir.toString())
        .writeStream().queryName("globbed").format("memory").trigger(Trigger.Once()).start();
    assertThat(q.awaitTermination(10_000)).isTrue();
    assertThat(table("globbed")).containsExactly("[1]");
  }

  @Test
  void availableNowRespectsMaxFilesPerTrigger() throws Exception {
    for (int i = 0; i < 3; i++) {
      writeFile(dir, "f" + i + ".csv", i + "\n", T0 + i);
    }
    StreamingQuery q = spark.readStream().schema("v INT").option("maxFilesPerTrigger", 2).csv(dir.toString())
        .writeStream().queryName("avail").format("memory").trigger(Trigger.AvailableNow()).start();
    assertThat(q.awaitTermination(10_000)).isTrue();
    assertThat(q.recentProgress()).hasSize(2);
    assertThat(table("avail")).containsExactly("[0]", "[1]", "[2]");
  }

  @Test
  void onceIgnoresMaxFilesPerTrigger() throws Exception {
    for (int i = 0; i < 3; i++) {
      writeFile(dir, "f" + i + ".csv", i + "\n", T0 + i);
    }
    StreamingQuery q = spark.readStream().schema("v INT").option("maxFilesPerTrigger", 1).csv(dir.toString())
        .writeStream().queryName("once").format("memory").trigger(Trigger.Once()).start();
    assertThat(q.awaitTermination(10_000)).isTrue();
    assertThat(q.recentProgress()).hasSize(1);
    assertThat(table("once")).hasSize(3);
  }

  @Test
  void missingPathAndMissingSchemaAreClearErrors() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> spark.readStream().schema("v INT").csv(missing.toString()))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("Path does not exist: " + missing.toUri());
    assertThatThrownBy(() -> spark.readStream().csv(dir.toString()))
        .hasMessageStartingWith("Schema must be specified when creating a streaming source DataFrame.");
  }

  @Test
  void schemaInferenceWhenSwitchedOn() throws Exception {
    writeFile(dir, "a.json", "{\"v\":1}\n", T0);
    spark.conf().set("spark.sql.streaming.schemaInference", true);
    var df = spark.readStream().json(dir.toString());
    assertThat(df.columns()).containsExactly("v");
  }

  @Test
  void corruptFileFailsTheQueryNamingTheFile() throws Exception {
    Path bad = writeFile(dir, "bad.parquet", "this is not parquet", T0);
    StreamingQuery q = spark.readStream().schema("v INT").parquet(dir.toString())
        .writeStream().queryName("bad").format("memory").start();
    assertThatThrownBy(() -> q.awaitTermination(10_000))
        .isInstanceOf(StreamingQueryException.class)
        .hasMessageContaining(bad.getFileName().toString());
  }

  private void writeParquet(Path file, Schema schema, List<Row> rows, long modifiedMs) throws Exception {
    Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
    try (BufferAllocator allocator = spark.rootAllocator().newChildAllocator("writer", 0, Long.MAX_VALUE)) {
      List<Batch> batches = new ArrayList<>();
      try (BatchBuilder b = new BatchBuilder(schema, allocator)) {
        for (Row r : rows) {
          b.appendRow(r.toArray());
        }
        batches.add(b.build());
      }
      try {
        ParquetFileWriter.write(tmp, schema, batches, allocator);
      } finally {
        batches.forEach(Batch::close);
      }
    }
    Files.setLastModifiedTime(tmp, java.nio.file.attribute.FileTime.fromMillis(modifiedMs));
    Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
