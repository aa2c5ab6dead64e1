package io.sluice;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.streaming.StreamingQuery;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code local[N]}: files are read, projected and pre-aggregated by parallel tasks and partial
 * aggregates merged by key. These tests prove the answers equal one core's, on random data, for
 * every aggregate, in batch and streaming queries.
 */
class ParallelismTest {
  private static final String SCHEMA = "k INT, s STRING, v BIGINT, d DOUBLE, m DECIMAL(12,2)";
  private static final String[] QUERIES = {
    "SELECT k, count(*), count(v), count(DISTINCT s), sum(v), avg(d), min(d), max(s), sum(m), avg(m)"
        + " FROM t GROUP BY k",
    "SELECT s, count(*), sum(v), min(v), max(v), min(m), max(m) FROM t WHERE d > 0.25 GROUP BY s",
    "SELECT count(*), count(DISTINCT k), sum(v), avg(v), min(s), max(d) FROM t",
    "SELECT DISTINCT k % 7, s FROM t",
    "SELECT k, v * 2, upper(s) FROM t WHERE k < 5",
  };

  @TempDir Path dir;

  private static void writeRandomFiles(Path dir, long seed) {
    Session writer = Session.builder().master("local[1]").getOrCreate();
    try {
      Random random = new Random(seed);
      String[] words = {"a", "bb", "ccc", "dddd", "", "é"};
      for (int f = 0; f < 6; f++) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
          rows.add(
              Row.of(
                  random.nextInt(50),
                  random.nextInt(15) == 0 ? null : words[random.nextInt(words.length)],
                  random.nextInt(10) == 0 ? null : (long) random.nextInt(1_000_000) - 500_000,
                  random.nextInt(10) == 0 ? null : random.nextDouble(),
                  random.nextInt(10) == 0 ? null : BigDecimal.valueOf(random.nextInt(1_000_000), 2)));
        }
        writer.createDataFrame(rows, SCHEMA).write().mode("append").parquet(dir.toString());
      }
    } finally {
      writer.stop();
    }
  }

  /** Rows as sorted text, doubles to 10 significant digits: summation order may differ in the last bits. */
  private static List<String> canonical(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        Object v = r.get(i);
        s.append(v instanceof Double ? String.format("%.10g", (Double) v) : String.valueOf(v)).append('|');
      }
      out.add(s.toString());
    }
    out.sort(null);
    return out;
  }

  private static <T> T withSession(String master, Function<Session, T> body) {
    Session spark =
        Session.builder().master(master).config(RuntimeConfig.READER_BATCH_ROWS, "1024").getOrCreate();
    try {
      return body.apply(spark);
    } finally {
      spark.stop();
    }
  }

  @Test
  void batchQueriesGiveOneCoresAnswersOnEveryCore() {
    long seed = System.nanoTime();
    writeRandomFiles(dir, seed);
    for (String query : QUERIES) {
      Function<Session, List<String>> run =
          spark -> {
            spark.read().parquet(dir.toString()).createOrReplaceTempView("t");
            return canonical(spark.sql(query).collectAsList());
          };
      List<String> one = withSession("local[1]", run);
      List<String> four = withSession("local[4]", run);
      assertThat(four).as("seed %d: %s", seed, query).isEqualTo(one).isNotEmpty();
    }
  }

  @Test
  void streamingAggregationGivesOneCoresAnswersOnEveryCore() {
    long seed = System.nanoTime();
    writeRandomFiles(dir, seed);
    Function<Session, List<String>> run =
        spark -> {
          StreamingQuery q =
              spark
                  .readStream()
                  .schema(SCHEMA)
                  .option("maxFilesPerTrigger", 2)
                  .parquet(dir.toString())
                  .groupBy("k")
                  .agg(
                      functions.count("*"),
                      functions.sum("v"),
                      functions.avg("d"),
                      functions.min("s"),
                      functions.max("m"),
                      functions.countDistinct("s"))
                  .writeStream()
                  .queryName("par")
                  .format("memory")
                  .outputMode("complete")
                  .start();
          q.processAllAvailable();
          List<String> rows = canonical(spark.sql("SELECT * FROM par").collectAsList());
          q.stop();
          return rows;
        };
    List<String> one = withSession("local[1]", run);
    List<String> four = withSession("local[4]", run);
    assertThat(four).as("seed %d", seed).isEqualTo(one).hasSize(50);
  }

  @Test
  void rateSourcePartitionsGenerateEveryValueOnce() {
    Session spark = Session.builder().master("local[4]").getOrCreate();
    try {
      StreamingQuery q =
          spark.readStream().format("rate").option("rowsPerSecond", 2000).option("numPartitions", 3).load()
              .writeStream().queryName("rate_rows").format("memory").start();
      StreamingQuery agg =
          spark.readStream().format("rate").option("rowsPerSecond", 2000).load()
              .groupBy().agg(functions.count("*"), functions.sum("value"), functions.max("value"))
              .writeStream().queryName("rate_agg").format("memory").outputMode("complete").start();
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(10))
          .until(() -> spark.table("rate_rows").count() >= 2000 && spark.table("rate_agg").count() == 1
              && spark.table("rate_agg").collectAsList().get(0).getLong(0) >= 2000);
      q.stop();
      agg.stop();
      List<Row> values = spark.sql("SELECT value FROM rate_rows ORDER BY value").collectAsList();
      for (int i = 0; i < values.size(); i++) {
        assertThat(values.get(i).getLong(0)).as("value %d", i).isEqualTo(i);
      }
      Row totals = spark.table("rate_agg").collectAsList().get(0);
      long n = totals.getLong(0);
      assertThat(totals.getLong(1)).isEqualTo(n * (n - 1) / 2); // 0 + 1 + ... + (n - 1)
      assertThat(totals.getLong(2)).isEqualTo(n - 1);
    } finally {
      spark.stop();
    }
  }
}
