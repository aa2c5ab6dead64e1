package io.sluice.execution;

import io.sluice.codegen.kernel.Aggregation;
import java.util.function.Supplier;
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
   * Merges one batch's {@code delta} into the state, all or nothing. With {@code copyFactory}
   * null the merge cannot fail and goes in place; else the state is merged into a fresh copy,
   * then the delta, and the copy replaces the state only if both succeed (on an error the state
   * is as it was and the copy is freed).
   */
  void merge(Aggregation delta, Supplier<Aggregation> copyFactory) {
    if (copyFactory == null) {
      aggregation.merge(delta);
      return;
    }
    Aggregation copy = copyFactory.get();
    try {
      copy.merge(aggregation);
      copy.clearUpdated();
      copy.merge(delta);
    } catch (RuntimeException e) {
      copy.close();
      throw e;
    }
    aggregation.close();
    aggregation = copy;
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
