package io.sluice;

import java.io.Serializable;

/**
 * Writes a streaming query's rows one at a time, Spark's {@code ForeachWriter}. For each
 * micro-batch: {@link #open}, then {@link #process} for every row if open returned true, then
 * {@link #close} with the error if one happened.
 */
public abstract class ForeachWriter<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Returns false to skip this partition of this batch (e.g. already written). */
  public abstract boolean open(long partitionId, long epochId);

  public abstract void process(T value);

  /** {@code errorOrNull} is the failure that ended processing, or null. */
  public abstract void close(Throwable errorOrNull);
}
