package io.sluice.benchmarks.peers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one child JVM of {@code SideBySide} measured for one engine and one workload, as the one
 * line it prints ({@code PEER-RESULT key=value ...}) and the parent parses. Immutable.
 */
public final class RunReport {
  public static final String PREFIX = "PEER-RESULT ";

  public final String engine;
  public final String workload;
  public final int cores;
  public final long rows;
  public final long batches;
  /** Wall time of each measured run, start() to the last batch's commit, in milliseconds. */
  public final double[] wallMs;
  /** The child JVM's peak resident set (VmHWM), in KiB, over warm-up and measured runs. */
  public final long peakRssKb;
  /** The engine's own peak of Arrow memory in bytes, or -1 where it has none. */
  public final long arrowPeakBytes;

  public RunReport(
      String engine,
      String workload,
      int cores,
      long rows,
      long batches,
      double[] wallMs,
      long peakRssKb,
      long arrowPeakBytes) {
    this.engine = engine;
    this.workload = workload;
    this.cores = cores;
    this.rows = rows;
    this.batches = batches;
    this.wallMs = wallMs.clone();
    this.peakRssKb = peakRssKb;
    this.arrowPeakBytes = arrowPeakBytes;
  }

  /** Median of the measured runs. */
  public double medianWallMs() {
    double[] sorted = wallMs.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  public double rowsPerSecond() {
    return rows / (medianWallMs() / 1e3);
  }

  public double msPerBatch() {
    return medianWallMs() / batches;
  }

  public String toLine() {
    StringBuilder walls = new StringBuilder();
    for (double w : wallMs) {
      walls.append(walls.length() == 0 ? "" : ",").append(String.format("%.3f", w));
    }
    return PREFIX
        + "engine="
        + engine
        + " workload="
        + workload
        + " cores="
        + cores
        + " rows="
        + rows
        + " batches="
        + batches
        + " wallMs="
        + walls
        + " peakRssKb="
        + peakRssKb
        + " arrowPeakBytes="
        + arrowPeakBytes;
  }

  public static RunReport parse(String line) {
    if (!line.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a report: " + line);
    }
    Map<String, String> kv = new LinkedHashMap<>();
    for (String pair : line.substring(PREFIX.length()).trim().split(" ")) {
      int eq = pair.indexOf('=');
      kv.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    double[] walls = Arrays.stream(kv.get("wallMs").split(",")).mapToDouble(Double::parseDouble).toArray();
    return new RunReport(
        kv.get("engine"),
        kv.get("workload"),
        Integer.parseInt(kv.get("cores")),
        Long.parseLong(kv.get("rows")),
        Long.parseLong(kv.get("batches")),
        walls,
        Long.parseLong(kv.get("peakRssKb")),
        Long.parseLong(kv.get("arrowPeakBytes")));
  }

  /** VmHWM of this process from {@code /proc/self/status}, in KiB; -1 where there is no procfs. */
  public static long peakRssKbOfThisProcess() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
