package io.sluice.benchmarks.endtoend;

/**
 * The seed program's end-to-end workloads: which files, and how many of them each trigger takes.
 * The same four run in JMH ({@code SeedEndToEndBenchmark}) and side by side with Spark.
 */
public enum Workload {
  SEED_ONE_FILE("seed-1", SeedScale.SEED, 1),
  SEED_ALL_FILES("seed-all", SeedScale.SEED, 0),
  LARGE_ONE_FILE("20m-1", SeedScale.LARGE, 1),
  LARGE_ALL_FILES("20m-all", SeedScale.LARGE, 0);

  /** Short name for command lines and tables. */
  public final String id;

  public final SeedScale scale;

  /** {@code maxFilesPerTrigger}; 0 means unlimited (the option is not set). */
  public final int maxFilesPerTrigger;

  Workload(String id, SeedScale scale, int maxFilesPerTrigger) {
    this.id = id;
    this.scale = scale;
    this.maxFilesPerTrigger = maxFilesPerTrigger;
  }

  /** E.g. {@code "20,000,000 rows / 100 files, maxFilesPerTrigger=1"}. */
  public String label() {
    return String.format(
        "%,d rows / %d files, %s",
        scale.rows,
        scale.files,
        maxFilesPerTrigger == 0 ? "unlimited" : "maxFilesPerTrigger=" + maxFilesPerTrigger);
  }

  public static Workload byId(String id) {
    for (Workload w : values()) {
      if (w.id.equals(id)) {
        return w;
      }
    }
    throw new IllegalArgumentException("no workload " + id + " (seed-1, seed-all, 20m-1, 20m-all)");
  }
}
