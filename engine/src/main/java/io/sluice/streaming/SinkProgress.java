package io.sluice.streaming;

import java.util.LinkedHashMap;
import java.util.Map;

/** The sink's part of a micro-batch's progress, Spark's {@code SinkProgress}. Immutable. */
public final class SinkProgress {

  private final String description;
  private final long numOutputRows;

  /** {@code numOutputRows} is -1 when the sink cannot tell, as in Spark. */
  public SinkProgress(String description, long numOutputRows) {
    this.description = description;
    this.numOutputRows = numOutputRows;
  }

  public String description() {
    return description;
  }

  public long numOutputRows() {
    return numOutputRows;
  }

  Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("description", description);
    m.put("numOutputRows", numOutputRows);
    return m;
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
