package io.sluice.streaming;

import io.sluice.Session;
import java.util.Optional;
import java.util.UUID;

/**
 * A handle to a streaming query running in the background, Spark's {@code StreamingQuery}.
 * Thread-safe: any thread may wait for, inspect or stop the query.
 */
public interface StreamingQuery {

  /** Stays the same across restarts from the same checkpoint (once checkpoints exist). */
  UUID id();

  /** Unique to this run of the query. */
  UUID runId();

  /** The name given with {@code queryName}, or null. */
  String name();

  Session sparkSession();

  /** True until the query stops or fails. */
  boolean isActive();

  /**
   * Waits until the query stops; if it failed, throws its {@link StreamingQueryException}.
   */
  void awaitTermination() throws StreamingQueryException;

  /**
   * Waits at most {@code timeoutMs}; true if the query has terminated. Throws the query's failure
   * as {@link #awaitTermination()} does.
   */
  boolean awaitTermination(long timeoutMs) throws StreamingQueryException;

  /**
   * Blocks until every row available in the sources when this was called has been processed and
   * written to the sink, or the query has terminated; rethrows the query's failure. For tests.
   */
  void processAllAvailable();

  /** Stops the query and waits for its thread to end. Does nothing if it has already stopped. */
  void stop();

  /** The failure that terminated the query, if any. */
  Optional<StreamingQueryException> exception();

  /** What the query is doing now. */
  StreamingQueryStatus status();

  /** The progress of the most recent micro-batch, or null before the first. */
  StreamingQueryProgress lastProgress();

  /** The progress of the most recent micro-batches, oldest first (at most 100). */
  StreamingQueryProgress[] recentProgress();

  /** Prints the physical plan. */
  void explain();

  /** Prints the physical plan, and with {@code extended} also the logical plan. */
  void explain(boolean extended);
}
