package io.sluice.streaming;

import io.sluice.Session;

/** Placeholder: the streaming runtime replaces this class. */
public final class DataStreamReader {
  public DataStreamReader(Session session) {}
}
