package io.sluice.streaming;

import java.util.Optional;
import java.util.UUID;

/**
 * Receives the life-cycle events of every streaming query of a session, Spark's {@code
 * StreamingQueryListener}. Register with {@link StreamingQueryManager#addListener}. Events are
 * delivered on one listener thread, in the order they happened, never on the query's thread, so a
 * slow listener does not slow the query.
 */
public abstract class StreamingQueryListener {

  /** A query started (posted before {@code start()} returns). */
  public abstract void onQueryStarted(QueryStartedEvent event);

  /** A micro-batch finished. */
  public abstract void onQueryProgress(QueryProgressEvent event);

  /** The query has no new data to process (Spark 3.5's event; default does nothing). */
  public void onQueryIdle(QueryIdleEvent event) {}

  /** A query stopped or failed. */
  public abstract void onQueryTerminated(QueryTerminatedEvent event);

  /** Base of the events; Spark's {@code StreamingQueryListener.Event}. */
  public abstract static class Event {
    Event() {}
  }

  public static final class QueryStartedEvent extends Event {
    private final UUID id;
    private final UUID runId;
    private final String name;
    private final String timestamp;

    public QueryStartedEvent(UUID id, UUID runId, String name, String timestamp) {
      this.id = id;
      this.runId = runId;
      this.name = name;
      this.timestamp = timestamp;
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

    /** ISO-8601 UTC. */
    public String timestamp() {
      return timestamp;
    }
  }

  public static final class QueryProgressEvent extends Event {
    private final StreamingQueryProgress progress;

    public QueryProgressEvent(StreamingQueryProgress progress) {
      this.progress = progress;
    }

    public StreamingQueryProgress progress() {
      return progress;
    }
  }

  public static final class QueryIdleEvent extends Event {
    private final UUID id;
    private final UUID runId;
    private final String timestamp;

    public QueryIdleEvent(UUID id, UUID runId, String timestamp) {
      this.id = id;
      this.runId = runId;
      this.timestamp = timestamp;
    }

    public UUID id() {
      return id;
    }

    public UUID runId() {
      return runId;
    }

    public String timestamp() {
      return timestamp;
    }
  }

  public static final class QueryTerminatedEvent extends Event {
    private final UUID id;
    private final UUID runId;
    private final String exception;

    /** {@code exception} is the failure's description, or null if the query was stopped. */
    public QueryTerminatedEvent(UUID id, UUID runId, String exception) {
      this.id = id;
      this.runId = runId;
      this.exception = exception;
    }

    public UUID id() {
      return id;
    }

    public UUID runId() {
      return runId;
    }

    /** The failure's description if the query failed. */
    public Optional<String> exception() {
      return Optional.ofNullable(exception);
    }
  }
}
