package io.sluice.execution.streaming.sinks;

import io.sluice.columnar.Batch;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The whole content of a memory table after one micro-batch: batches nobody modifies, shared by
 * readers and freed when the last user lets go. The table holds one reference; each scan holds
 * one while it copies. Thread-safe.
 */
final class TableSnapshot {

  private final Schema schema;
  private final List<Batch> batches;
  private final long rowCount;
  /** 1 for the table's reference plus one per scan in progress; 0 means freed. */
  private final AtomicInteger references = new AtomicInteger(1);

  /** Takes ownership of {@code batches}. */
  TableSnapshot(Schema schema, List<Batch> batches) {
    this.schema = schema;
    this.batches = List.copyOf(batches);
    long rows = 0;
    for (Batch b : batches) {
      rows += b.rowCount();
    }
    this.rowCount = rows;
  }

  Schema schema() {
    return schema;
  }

  long rowCount() {
    return rowCount;
  }

  /** A reference for a reader, or false if the snapshot was already freed (the caller retries). */
  boolean tryRetain() {
    while (true) {
      int n = references.get();
      if (n == 0) {
        return false;
      }
      if (references.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  /** Drops one reference; the last one frees the batches. */
  void release() {
    if (references.decrementAndGet() == 0) {
      batches.forEach(Batch::close);
    }
  }

  /**
   * Copies the rows into batches owned by the caller. The caller must hold a reference.
   * Serialized per snapshot because transfer pairs touch the source vectors' buffer ledgers.
   */
  synchronized void copyInto(List<Batch> out, BufferAllocator allocator) {
    for (Batch b : batches) {
      out.add(b.rowCount() == 0 ? Batch.empty(schema, allocator) : b.slice(0, b.rowCount(), allocator));
    }
  }
}
