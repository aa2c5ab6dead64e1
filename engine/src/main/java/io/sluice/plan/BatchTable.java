package io.sluice.plan;

import io.sluice.columnar.Batch;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Data a batch query reads: in-memory rows, files, a memory sink's current table. Thread-safe:
 * a memory sink's table is scanned while its query writes it.
 */
public interface BatchTable {

  /** For explain and errors. */
  String name();

  Schema schema();

  /** A consistent snapshot of the rows, as batches owned by the caller. */
  List<Batch> scan(BufferAllocator allocator);
}
