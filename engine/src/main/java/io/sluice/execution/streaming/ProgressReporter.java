package io.sluice.execution.streaming;

import io.sluice.streaming.SinkProgress;
import io.sluice.streaming.SourceProgress;
import io.sluice.streaming.StateOperatorProgress;
import io.sluice.streaming.StreamingQueryProgress;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Times the phases of a trigger and turns them into {@link StreamingQueryProgress}, keeping the
 * last {@link #RETAINED} for {@code recentProgress()}. Phases are timed on the query thread;
 * progress is read from any thread.
 */
final class ProgressReporter {

  static final int RETAINED = 100;
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  /** One source's numbers for the batch being reported. */
  record SourceNumbers(String description, Offset start, Offset end, Offset latest, long rows) {}

  private final UUID id;
  private final UUID runId;
  private final String name;
  private final ArrayDeque<StreamingQueryProgress> recent = new ArrayDeque<>();
  private final Map<String, Long> durations = new LinkedHashMap<>();
  private long triggerStartMs;
  private long previousTriggerStartMs = -1;

  ProgressReporter(UUID id, UUID runId, String name) {
    this.id = id;
    this.runId = runId;
    this.name = name;
  }

  static String timestamp(long epochMs) {
    return TIMESTAMP.format(Instant.ofEpochMilli(epochMs));
  }

  void startTrigger() {
    durations.clear();
    triggerStartMs = System.currentTimeMillis();
  }

  /** Adds the time {@code phase} took since {@code startNanos}. */
  void recordPhase(String phase, long startNanos) {
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    durations.merge(phase, ms, Long::sum);
  }

  void recordDuration(String phase, long ms) {
    durations.merge(phase, ms, Long::sum);
  }

  /** A trigger that found no data: its start still counts for the next batch's input rate. */
  void finishTriggerWithoutData() {
    previousTriggerStartMs = triggerStartMs;
  }

  StreamingQueryProgress finishTrigger(
      long batchId,
      List<SourceNumbers> sources,
      StateOperatorProgress[] stateOperators,
      String sinkDescription,
      long numOutputRows) {
    long endMs = System.currentTimeMillis();
    durations.put("triggerExecution", endMs - triggerStartMs);
    // Spark's rates: input over the time since the previous trigger started, processing over
    // this trigger's time (at least 1 ms).
    double inputSeconds =
        previousTriggerStartMs < 0
            ? Double.POSITIVE_INFINITY
            : (triggerStartMs - previousTriggerStartMs) / 1000.0;
    double processingSeconds = Math.max(1L, endMs - triggerStartMs) / 1000.0;
    SourceProgress[] sourceProgress = new SourceProgress[sources.size()];
    for (int i = 0; i < sourceProgress.length; i++) {
      SourceNumbers s = sources.get(i);
      sourceProgress[i] =
          new SourceProgress(
              s.description(),
              s.start() == null ? null : s.start().json(),
              s.end() == null ? null : s.end().json(),
              s.latest() == null ? null : s.latest().json(),
              s.rows(),
              s.rows() / inputSeconds,
              s.rows() / processingSeconds);
    }
    StreamingQueryProgress progress =
        new StreamingQueryProgress(
            id,
            runId,
            name,
            timestamp(triggerStartMs),
            batchId,
            endMs - triggerStartMs,
            durations,
            stateOperators,
            sourceProgress,
            new SinkProgress(sinkDescription, numOutputRows));
    previousTriggerStartMs = triggerStartMs;
    synchronized (recent) {
      recent.addLast(progress);
      while (recent.size() > RETAINED) {
        recent.removeFirst();
      }
    }
    return progress;
  }

  StreamingQueryProgress last() {
    synchronized (recent) {
      return recent.peekLast();
    }
  }

  StreamingQueryProgress[] recent() {
    synchronized (recent) {
      return recent.toArray(new StreamingQueryProgress[0]);
    }
  }
}
