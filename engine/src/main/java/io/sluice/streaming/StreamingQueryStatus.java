package io.sluice.streaming;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a query is doing at one moment, Spark's {@code StreamingQueryStatus}. Immutable. */
public final class StreamingQueryStatus {

  private final String message;
  private final boolean isDataAvailable;
  private final boolean isTriggerActive;

  public StreamingQueryStatus(String message, boolean isDataAvailable, boolean isTriggerActive) {
    this.message = message;
    this.isDataAvailable = isDataAvailable;
    this.isTriggerActive = isTriggerActive;
  }

  /** For example {@code "Waiting for data to arrive"}, {@code "Processing new data"}, {@code "Stopped"}. */
  public String message() {
    return message;
  }

  public boolean isDataAvailable() {
    return isDataAvailable;
  }

  public boolean isTriggerActive() {
    return isTriggerActive;
  }

  public String json() {
    return ProgressJson.write(fields(), false);
  }

  public String prettyJson() {
    return ProgressJson.write(fields(), true);
  }

  private Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("message", message);
    m.put("isDataAvailable", isDataAvailable);
    m.put("isTriggerActive", isTriggerActive);
    return m;
  }

  @Override
  public String toString() {
    return prettyJson();
  }

}
