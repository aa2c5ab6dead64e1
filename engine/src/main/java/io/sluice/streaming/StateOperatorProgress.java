package io.sluice.streaming;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stateful operator's part of a micro-batch's progress, Spark's {@code StateOperatorProgress}.
 * Immutable.
 */
public final class StateOperatorProgress {

  private final String operatorName;
  private final long numRowsTotal;
  private final long numRowsUpdated;
  private final long memoryUsedBytes;

  public StateOperatorProgress(
      String operatorName, long numRowsTotal, long numRowsUpdated, long memoryUsedBytes) {
    this.operatorName = operatorName;
    this.numRowsTotal = numRowsTotal;
    this.numRowsUpdated = numRowsUpdated;
    this.memoryUsedBytes = memoryUsedBytes;
  }

  public String operatorName() {
    return operatorName;
  }

  /** Keys held in state after the batch; -1 when the operator does not tell. */
  public long numRowsTotal() {
    return numRowsTotal;
  }

  /** Keys the batch changed; -1 when the operator does not tell. */
  public long numRowsUpdated() {
    return numRowsUpdated;
  }

  /** Off-heap bytes the query holds after the batch (state and buffers). */
  public long memoryUsedBytes() {
    return memoryUsedBytes;
  }

  Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("operatorName", operatorName);
    m.put("numRowsTotal", numRowsTotal);
    m.put("numRowsUpdated", numRowsUpdated);
    m.put("memoryUsedBytes", memoryUsedBytes);
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
