package io.sluice.benchmarks.peers;

import io.sluice.benchmarks.endtoend.Workload;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.DataStreamReader;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.types.StructType;

/**
 * Spark's side of one end-to-end workload, in its own JVM: the seed program (file stream,
 * {@code groupBy("age").count()}, memory sink, complete mode) on {@code local[N]} with N shuffle
 * partitions, timed from {@code start()} to {@code processAllAvailable()} returning, warm-up runs
 * first. Prints one {@link RunReport} line.
 */
public final class SparkSeedRun {

  private SparkSeedRun() {}

  /** Mean of each {@code durationMs} entry over the query's recent progress: where a batch's time goes. */
  static java.util.Map<String, Long> meanDurations(StreamingQuery query) {
    java.util.Map<String, Long> sums = new java.util.TreeMap<>();
    org.apache.spark.sql.streaming.StreamingQueryProgress[] recent = query.recentProgress();
    for (org.apache.spark.sql.streaming.StreamingQueryProgress p : recent) {
      p.durationMs().forEach((k, v) -> sums.merge(k, v, Long::sum));
    }
    sums.replaceAll((k, v) -> v / Math.max(1, recent.length));
    return sums;
  }

  public static void main(String[] args) throws Exception {
    ChildArgs a = ChildArgs.parse(args);
    Workload w = a.workload;
    SparkSession spark =
        SparkSession.builder()
            .appName("seed-" + w.id)
            .master("local[" + a.cores + "]")
            .config("spark.sql.shuffle.partitions", a.cores)
            .config("spark.ui.enabled", false)
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      String dir = w.scale.existingDirectory().toString();
      StructType schema = spark.read().parquet(dir).schema();
      double[] walls = new double[a.runs];
      long batches = 0;
      for (int run = 0; run < a.warmups + a.runs; run++) {
        String name = "age_counts_" + run;
        DataStreamReader reader = spark.readStream().schema(schema);
        if (w.maxFilesPerTrigger > 0) {
          reader = reader.option("maxFilesPerTrigger", w.maxFilesPerTrigger);
        }
        Dataset<Row> ageCounts = reader.parquet(dir).groupBy("age").count();
        long start = System.nanoTime();
        StreamingQuery query =
            ageCounts.writeStream().queryName(name).format("memory").outputMode("complete").start();
        query.processAllAvailable();
        long wall = System.nanoTime() - start;
        batches = query.lastProgress().batchId() + 1;
        System.err.println("spark " + w.id + " run " + run + " mean durationMs per batch: " + meanDurations(query));
        query.stop();
        long counted = spark.sql("SELECT sum(count) FROM " + name).first().getLong(0);
        if (counted != w.scale.rows) {
          throw new IllegalStateException("Spark counted " + counted + " rows, expected " + w.scale.rows);
        }
        if (run >= a.warmups) {
          walls[run - a.warmups] = wall / 1e6;
        }
        System.err.printf("spark %s run %d: %.1f ms, %d batches%n", w.id, run, wall / 1e6, batches);
      }
      System.out.println(
          new RunReport(
                  "Spark", w.id, a.cores, w.scale.rows, batches, walls,
                  RunReport.peakRssKbOfThisProcess(), -1)
              .toLine());
    } finally {
      spark.stop();
    }
  }
}
