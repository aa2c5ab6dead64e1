package io.sluice.streaming;

import java.util.Locale;

/**
 * What a streaming query writes to its sink after each micro-batch, Spark's {@code OutputMode}:
 * only new rows ({@link #Append()}), the whole result ({@link #Complete()}), or the rows that
 * changed ({@link #Update()}). Immutable.
 */
public final class OutputMode {

  private static final OutputMode APPEND = new OutputMode("Append");
  private static final OutputMode COMPLETE = new OutputMode("Complete");
  private static final OutputMode UPDATE = new OutputMode("Update");

  private final String name;

  private OutputMode(String name) {
    this.name = name;
  }

  public static OutputMode Append() {
    return APPEND;
  }

  public static OutputMode Complete() {
    return COMPLETE;
  }

  public static OutputMode Update() {
    return UPDATE;
  }

  /** {@code "append"}, {@code "complete"} or {@code "update"}, in any case, as Spark accepts. */
  public static OutputMode fromString(String outputMode) {
    switch (outputMode.toLowerCase(Locale.ROOT)) {
      case "append":
        return APPEND;
      case "complete":
        return COMPLETE;
      case "update":
        return UPDATE;
      default:
        throw new IllegalArgumentException(
            "Unknown output mode "
                + outputMode
                + ". Accepted output modes are 'append', 'complete', 'update'");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
