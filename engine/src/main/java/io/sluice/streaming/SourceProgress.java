package io.sluice.streaming;

import java.util.LinkedHashMap;
import java.util.Map;

/** One source's part of a micro-batch's progress, Spark's {@code SourceProgress}. Immutable. */
public final class SourceProgress {

  private final String description;
  private final String startOffset;
  private final String endOffset;
  private final String latestOffset;
  private final long numInputRows;
  private final double inputRowsPerSecond;
  private final double processedRowsPerSecond;

  /** Offsets are the sources' JSON forms, or null. */
  public SourceProgress(
      String description,
      String startOffset,
      String endOffset,
      String latestOffset,
      long numInputRows,
      double inputRowsPerSecond,
      double processedRowsPerSecond) {
    this.description = description;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
    this.latestOffset = latestOffset;
    this.numInputRows = numInputRows;
    this.inputRowsPerSecond = inputRowsPerSecond;
    this.processedRowsPerSecond = processedRowsPerSecond;
  }

  public String description() {
    return description;
  }

  /** The offset the batch started after, as JSON; null for a query's first batch. */
  public String startOffset() {
    return startOffset;
  }

  public String endOffset() {
    return endOffset;
  }

  /** The newest offset the source had when the batch was planned (beyond endOffset if limited). */
  public String latestOffset() {
    return latestOffset;
  }

  public long numInputRows() {
    return numInputRows;
  }

  public double inputRowsPerSecond() {
    return inputRowsPerSecond;
  }

  public double processedRowsPerSecond() {
    return processedRowsPerSecond;
  }

  Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("description", description);
    m.put("startOffset", offsetJson(startOffset));
    m.put("endOffset", offsetJson(endOffset));
    m.put("latestOffset", offsetJson(latestOffset));
    m.put("numInputRows", numInputRows);
    m.put("inputRowsPerSecond", inputRowsPerSecond);
    m.put("processedRowsPerSecond", processedRowsPerSecond);
    return m;
  }

  private static Object offsetJson(String json) {
    return json == null ? null : new ProgressJson.RawJson(json);
  }

  public String json() {
    return ProgressJson.write(fields(), false);
  }

  public String prettyJson() {
    return ProgressJson.write(fields(), true);
  }

  @Override
  public String toString() {
    return prettyJson();
  }
}
