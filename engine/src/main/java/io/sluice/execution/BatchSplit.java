package io.sluice.execution;

import io.sluice.columnar.Batch;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;

/**
 * A deferred piece of an operator's input (one file of a scan, say), read only when a task needs
 * it, so that a stage can read, project and pre-aggregate one piece at a time on each worker
 * instead of holding its whole input in memory. Thread-safe; read at most once.
 */
@FunctionalInterface
public interface BatchSplit {

  /** The piece's batches, owned by the caller, in {@code allocator}. */
  List<Batch> read(BufferAllocator allocator);
}
