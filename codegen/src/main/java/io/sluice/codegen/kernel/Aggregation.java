package io.sluice.codegen.kernel;

import io.sluice.columnar.Batch;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A hash aggregation whose keys and aggregate buffers live off-heap: {@code SELECT keys...,
 * aggs... FROM input [WHERE filter] GROUP BY keys}. Keeps its groups across {@link #update}
 * calls, which is what a streaming aggregation's state is between micro-batches.
 *
 * <p>Single-threaded. Partial aggregations built by parallel tasks are combined with {@link
 * #merge}. With no keys there is exactly one group, present even before any row arrives (so
 * {@code count()} of nothing is 0, as in Spark).
 */
public interface Aggregation extends AutoCloseable {

  /** Key columns then aggregate columns. */
  Schema outputSchema();

  /** Folds the rows of {@code input} (after the filter) into the groups. */
  void update(Batch input);

  /** Folds another aggregation of the same shape into this one; {@code other} is unchanged. */
  void merge(Aggregation other);

  /** Number of groups. */
  int groupCount();

  /** Every group's keys and current aggregate values, in a new batch owned by the caller. */
  Batch result(BufferAllocator allocator);

  /** Only the groups changed by {@link #update} or {@link #merge} since {@link #clearUpdated}. */
  Batch updatedResult(BufferAllocator allocator);

  /** Forgets which groups were changed (called after a micro-batch's output is written). */
  void clearUpdated();

  /** Frees every off-heap byte. */
  @Override
  void close();
}
