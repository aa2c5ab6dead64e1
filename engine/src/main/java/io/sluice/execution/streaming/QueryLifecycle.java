package io.sluice.execution.streaming;

import io.sluice.streaming.StreamingQueryListener;

/** What a running query tells the session's query manager. Called from the query's thread. */
public interface QueryLifecycle {

  /** Delivers an event to the listeners (asynchronously, in order). */
  void post(StreamingQueryListener.Event event);

  /** The query has ended (stopped or failed) and released its resources. */
  void terminated(MicroBatchExecution query);
}
