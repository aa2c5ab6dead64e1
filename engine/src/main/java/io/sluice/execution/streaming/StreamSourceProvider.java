package io.sluice.execution.streaming;

import io.sluice.Session;
import io.sluice.plan.StreamSourceSpec;

/**
 * A {@link StreamSourceSpec} the runtime can start: every query that reads the spec gets its own
 * running {@link Source}.
 */
public interface StreamSourceProvider extends StreamSourceSpec {

  /** Starts a source for one query; fails with a clear message if it cannot (e.g. missing path). */
  Source createSource(Session session);
}
