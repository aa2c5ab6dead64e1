package io.sluice.streaming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What one micro-batch did, Spark's {@code StreamingQueryProgress}; {@link #json()} has Spark's
 * field names and order, so dashboards that read Spark's progress read Sluice's. Immutable.
 */
public final class StreamingQueryProgress {

  private final UUID id;
  private final UUID runId;
  private final String name;
  private final String timestamp;
  private final long batchId;
  private final long batchDuration;
  private final Map<String, Long> durationMs;
  private final StateOperatorProgress[] stateOperators;
  private final SourceProgress[] sources;
  private final SinkProgress sink;

  /** {@code timestamp} is the trigger's start in ISO-8601 UTC: {@code 2024-05-01T10:00:00.000Z}. */
  public StreamingQueryProgress(
      UUID id,
      UUID runId,
      String name,
      String timestamp,
      long batchId,
      long batchDuration,
      Map<String, Long> durationMs,
      StateOperatorProgress[] stateOperators,
      SourceProgress[] sources,
      SinkProgress sink) {
    this.id = id;
    this.runId = runId;
    this.name = name;
    this.timestamp = timestamp;
    this.batchId = batchId;
    this.batchDuration = batchDuration;
    this.durationMs = Collections.unmodifiableMap(new TreeMap<>(durationMs));
    this.stateOperators = stateOperators.clone();
    this.sources = sources.clone();
    this.sink = sink;
  }

  public UUID id() {
    return id;
  }

  public UUID runId() {
    return runId;
  }

  public String name() {
    return name;
  }

  public String timestamp() {
    return timestamp;
  }

  public long batchId() {
    return batchId;
  }

  /** Milliseconds from the trigger's start to the batch's commit. */
  public long batchDuration() {
    return batchDuration;
  }

  /** Phases of the trigger, sorted by name: addBatch, getBatch, latestOffset, queryPlanning, triggerExecution, walCommit. */
  public Map<String, Long> durationMs() {
    return durationMs;
  }

  public StateOperatorProgress[] stateOperators() {
    return stateOperators.clone();
  }

  public SourceProgress[] sources() {
    return sources.clone();
  }

  public SinkProgress sink() {
    return sink;
  }

  /** Rows read from every source in this batch. */
  public long numInputRows() {
    long n = 0;
    for (SourceProgress s : sources) {
      n += s.numInputRows();
    }
    return n;
  }

  /** Rows per second that arrived since the previous trigger started, summed over sources. */
  public double inputRowsPerSecond() {
    double n = 0;
    for (SourceProgress s : sources) {
      n += s.inputRowsPerSecond();
    }
    return n;
  }

  /** Rows per second this batch processed, summed over sources. */
  public double processedRowsPerSecond() {
    double n = 0;
    for (SourceProgress s : sources) {
      n += s.processedRowsPerSecond();
    }
    return n;
  }

  private Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id.toString());
    m.put("runId", runId.toString());
    m.put("name", name);
    m.put("timestamp", timestamp);
    m.put("batchId", batchId);
    m.put("batchDuration", batchDuration);
    m.put("numInputRows", numInputRows());
    m.put("inputRowsPerSecond", inputRowsPerSecond());
    m.put("processedRowsPerSecond", processedRowsPerSecond());
    if (!durationMs.isEmpty()) {
      m.put("durationMs", new LinkedHashMap<String, Object>(durationMs));
    }
    List<Object> ops = new ArrayList<>();
    for (StateOperatorProgress op : stateOperators) {
      ops.add(op.fields());
    }
    m.put("stateOperators", ops);
    List<Object> srcs = new ArrayList<>();
    for (SourceProgress s : sources) {
      srcs.add(s.fields());
    }
    m.put("sources", srcs);
    m.put("sink", sink.fields());
    return m;
  }

  /** The compact JSON form. */
  public String json() {
    return ProgressJson.write(fields(), false);
  }

  /** The indented JSON form Spark prints. */
  public String prettyJson() {
    return ProgressJson.write(fields(), true);
  }

  @Override
  public String toString() {
    return prettyJson();
  }
}
