package io.sluice.benchmarks.endtoend;

import io.sluice.Session;
import io.sluice.benchmarks.peers.ChildArgs;
import io.sluice.benchmarks.peers.RunReport;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Sluice's side of one end-to-end workload in {@code SideBySide}, in its own JVM: warm-up runs,
 * then measured runs of {@link SeedQuery} on {@code local[N]}; prints one {@link RunReport} line
 * with the JVM's peak RSS and the session's peak of Arrow memory.
 *
 * <pre>
 * java FLAGS -cp benchmarks/target/benchmarks.jar io.sluice.benchmarks.endtoend.SluiceSeedRun \
 *     --workload 20m-1 --cores 2 --warmups 1 --runs 2
 * </pre>
 */
public final class SluiceSeedRun {

  private SluiceSeedRun() {}

  /** The peak of Arrow memory under the session's root allocator (children included), in bytes. */
  public static long arrowPeakBytes(Session session) {
    return session.rootAllocator().getPeakMemoryAllocation();
  }

  public static void main(String[] args) {
    ChildArgs a = ChildArgs.parse(args);
    Workload w = a.workload;
    try (Session session =
        Session.builder().appName("seed-" + w.id).master("local[" + a.cores + "]").getOrCreate()) {
      Schema schema = SeedQuery.schema(session, w);
      double[] walls = new double[a.runs];
      long batches = 0;
      for (int run = 0; run < a.warmups + a.runs; run++) {
        SeedQuery.Result r = SeedQuery.run(session, w, schema, "age_counts_" + run);
        batches = r.batches;
        if (run >= a.warmups) {
          walls[run - a.warmups] = r.wallNanos / 1e6;
        }
        System.err.printf(
            "sluice %s run %d: %.1f ms, %d batches, mean durationMs per batch: %s%n",
            w.id, run, r.wallNanos / 1e6, r.batches, r.meanDurationsMs);
      }
      System.out.println(
          new RunReport(
                  "Sluice", w.id, a.cores, w.scale.rows, batches, walls,
                  RunReport.peakRssKbOfThisProcess(), arrowPeakBytes(session))
              .toLine());
    }
  }
}
