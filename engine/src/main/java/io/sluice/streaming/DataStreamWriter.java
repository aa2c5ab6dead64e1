package io.sluice.streaming;

import io.sluice.Dataset;

/** Placeholder: the streaming runtime replaces this class. */
public final class DataStreamWriter<T> {
  public DataStreamWriter(Dataset<T> dataset) {}
}
