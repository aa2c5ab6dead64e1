package io.sluice.execution.streaming.sources;

import io.sluice.Session;
import io.sluice.columnar.types.Ddl;
import io.sluice.execution.streaming.Source;
import io.sluice.execution.streaming.StreamSourceProvider;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * {@code format("rate")}: {@code rowsPerSecond} rows each second, columns {@code timestamp
 * TIMESTAMP, value BIGINT}; options {@code rowsPerSecond} (default 1), {@code rampUpTime} (default
 * 0s), {@code numPartitions} (default: the session's worker count; each micro-batch's rows are generated
 * by that many parallel pieces, as Spark's partitions). Immutable.
 */
public final class RateSourceSpec implements StreamSourceProvider {

  public static final Schema SCHEMA = Ddl.parseSchema("timestamp TIMESTAMP, value BIGINT");

  private final long rowsPerSecond;
  private final long rampUpTimeSeconds;
  private final String numPartitions;

  /** Checks the options as Spark does when the source is loaded. */
  public RateSourceSpec(Map<String, String> options) {
    this.rowsPerSecond = Long.parseLong(options.getOrDefault("rowsPerSecond", "1").trim());
    if (rowsPerSecond <= 0) {
      throw new IllegalArgumentException(
          "Invalid value '" + rowsPerSecond + "'. The option 'rowsPerSecond' must be positive");
    }
    this.rampUpTimeSeconds = parseSeconds(options.getOrDefault("rampUpTime", "0s"));
    if (rampUpTimeSeconds < 0) {
      throw new IllegalArgumentException(
          "Invalid value '" + rampUpTimeSeconds + "'. The option 'rampUpTime' must not be negative");
    }
    this.numPartitions = options.getOrDefault("numPartitions", "default");
    if (!numPartitions.equals("default") && Integer.parseInt(numPartitions.trim()) <= 0) {
      throw new IllegalArgumentException(
          "Invalid value '" + numPartitions + "'. The option 'numPartitions' must be positive");
    }
  }

  /** Spark's time strings for rampUpTime: {@code 5s}, {@code 2m}, {@code 10} (seconds). */
  private static long parseSeconds(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.endsWith("ms")) {
      return Long.parseLong(t.substring(0, t.length() - 2).trim()) / 1000;
    }
    if (t.endsWith("s")) {
      return Long.parseLong(t.substring(0, t.length() - 1).trim());
    }
    if (t.endsWith("m") || t.endsWith("min")) {
      return Long.parseLong(t.replaceAll("m(in)?$", "").trim()) * 60;
    }
    if (t.endsWith("h")) {
      return Long.parseLong(t.substring(0, t.length() - 1).trim()) * 3600;
    }
    return Long.parseLong(t);
  }

  public long rowsPerSecond() {
    return rowsPerSecond;
  }

  public long rampUpTimeSeconds() {
    return rampUpTimeSeconds;
  }

  @Override
  public String description() {
    return "RateStreamV2[rowsPerSecond="
        + rowsPerSecond
        + ", rampUpTimeSeconds="
        + rampUpTimeSeconds
        + ", numPartitions="
        + numPartitions
        + "]";
  }

  @Override
  public Schema schema() {
    return SCHEMA;
  }

  @Override
  public Source createSource(Session session) {
    int partitions =
        numPartitions.equals("default") ? session.parallelism() : Integer.parseInt(numPartitions.trim());
    return new RateStreamSource(this, System.currentTimeMillis(), partitions);
  }
}
