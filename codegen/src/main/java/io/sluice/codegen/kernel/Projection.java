package io.sluice.codegen.kernel;

import io.sluice.columnar.Batch;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A fused filter and projection: for every input row where the filter is true (rows where it is
 * false or null are dropped), the output row holds the projected expressions. Stateless, safe to
 * share between threads.
 */
public interface Projection {

  /** Names and types of the output columns. */
  Schema outputSchema();

  /** A new batch, owned by the caller and accounted to {@code allocator}; input is not closed. */
  Batch apply(Batch input, BufferAllocator allocator);
}
