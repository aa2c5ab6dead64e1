package io.sluice.streaming;

import io.sluice.Session;

/** Placeholder: the streaming runtime replaces this class. */
public final class StreamingQueryManager {
  public StreamingQueryManager(Session session) {}

  /** Stops every active query (called by Session.stop()). */
  public void stopAll() {}
}
