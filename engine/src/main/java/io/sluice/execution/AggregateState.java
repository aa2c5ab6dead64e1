package io.sluice.execution;

import io.sluice.codegen.kernel.Aggregation;
import org.apache.arrow.memory.BufferAllocator;

/**
 * A streaming aggregation's state between micro-batches: the aggregation kernel's off-heap groups,
 * in an allocator of their own (so the bytes show in progress), and what the last batch changed.
 * Single-threaded: the query's thread.
 */
final class AggregateState implements AutoCloseable, StateStoreMetrics {
  private final BufferAllocator allocator;
  private Aggregation aggregation;
  private long updatedLastBatch;

  AggregateState(BufferAllocator allocator, Aggregation aggregation) {
    this.allocator = allocator;
    this.aggregation = aggregation;
  }

  Aggregation aggregation() {
    return aggregation;
  }

  BufferAllocator allocator() {
    return allocator;
  }

  /**
   * Merges one batch's {@code delta} into the state, all or nothing. When the merge can fail (an
   * integral sum under ANSI), the delta is checked against the state first, one lookup per delta
   * group, and merged only if no group would overflow: a batch costs its own size, not the
   * state's.
   */
  void merge(Aggregation delta, boolean canFail) {
    if (canFail) {
      aggregation.checkMerge(delta);
    }
    aggregation.merge(delta);
  }

  void recordUpdated(long groups) {
    updatedLastBatch = groups;
  }

  @Override
  public long numRowsTotal() {
    return aggregation.groupCount();
  }

  @Override
  public long numRowsUpdated() {
    return updatedLastBatch;
  }

  @Override
  public long memoryUsedBytes() {
    return allocator.getAllocatedMemory();
  }

  @Override
  public void close() {
    try {
      aggregation.close();
    } finally {
      allocator.close();
    }
  }
}
