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
  private final Aggregation aggregation;
  private long updatedLastBatch;

  AggregateState(BufferAllocator allocator, Aggregation aggregation) {
    this.allocator = allocator;
    this.aggregation = aggregation;
  }

  Aggregation aggregation() {
    return aggregation;
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
