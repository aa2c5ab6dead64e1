package io.sluice.benchmarks.endtoend;

import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.Session;
import io.sluice.streaming.DataStreamReader;
import io.sluice.streaming.StreamingQuery;
import io.sluice.streaming.StreamingQueryProgress;
import java.util.Map;
import java.util.TreeMap;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The seed program on Sluice, once: a file stream over a workload's directory, {@code
 * groupBy("age").count()} into the memory sink in complete mode, timed from {@code start()} to
 * {@code processAllAvailable()} returning (the last batch committed and a check that found no new
 * file). Checks that every row was counted.
 */
public final class SeedQuery {

  /** Wall time of one run and the batches it took. */
  public static final class Result {
    public final long wallNanos;
    public final long batches;
    /** Mean of each progress {@code durationMs} entry over the run's batches (at most the last 100). */
    public final Map<String, Long> meanDurationsMs;

    Result(long wallNanos, long batches, Map<String, Long> meanDurationsMs) {
      this.wallNanos = wallNanos;
      this.batches = batches;
      this.meanDurationsMs = meanDurationsMs;
    }
  }

  private SeedQuery() {}

  /** The files' schema, read once per session as the seed program does. */
  public static Schema schema(Session session, Workload workload) {
    return session.read().parquet(workload.scale.existingDirectory().toString()).schema();
  }

  public static Result run(Session session, Workload workload, Schema schema, String queryName) {
    String dir = workload.scale.existingDirectory().toString();
    DataStreamReader reader = session.readStream().schema(schema);
    if (workload.maxFilesPerTrigger > 0) {
      reader = reader.option("maxFilesPerTrigger", workload.maxFilesPerTrigger);
    }
    Dataset<Row> ageCounts = reader.parquet(dir).groupBy("age").count();
    long start = System.nanoTime();
    StreamingQuery query =
        ageCounts.writeStream().queryName(queryName).format("memory").outputMode("complete").start();
    query.processAllAvailable();
    long wall = System.nanoTime() - start;
    long batches = query.lastProgress().batchId() + 1;
    Map<String, Long> durations = meanDurations(query.recentProgress());
    query.stop();
    Row total = session.sql("SELECT sum(`count`) AS n FROM " + queryName).collectAsList().get(0);
    long counted = ((Number) total.get(0)).longValue();
    if (counted != workload.scale.rows) {
      throw new IllegalStateException(
          "Sluice counted " + counted + " rows, expected " + workload.scale.rows + " (" + workload.id + ")");
    }
    session.catalog().dropTempView(queryName);
    return new Result(wall, batches, durations);
  }

  private static Map<String, Long> meanDurations(StreamingQueryProgress[] recent) {
    Map<String, Long> sums = new TreeMap<>();
    for (StreamingQueryProgress p : recent) {
      p.durationMs().forEach((k, v) -> sums.merge(k, v, Long::sum));
    }
    sums.replaceAll((k, v) -> v / Math.max(1, recent.length));
    return sums;
  }
}
