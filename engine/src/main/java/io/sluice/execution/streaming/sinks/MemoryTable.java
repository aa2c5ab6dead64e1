package io.sluice.execution.streaming.sinks;

import io.sluice.columnar.Batch;
import io.sluice.plan.BatchTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The table a memory sink publishes under the query's name. A scan sees exactly one
 * micro-batch's result, never part of one: each batch's table content is an immutable {@link
 * TableSnapshot} swapped in atomically, and a scan copies the snapshot it found. Thread-safe: one
 * writer (the query) and any number of readers.
 */
public final class MemoryTable implements BatchTable {

  private final String name;
  private final Schema schema;
  private final BufferAllocator allocator;
  private final AtomicReference<TableSnapshot> current = new AtomicReference<>();
  private volatile boolean closed;

  /** {@code allocator} is owned by the table (a child of the session's tables allocator). */
  public MemoryTable(String name, Schema schema, BufferAllocator allocator) {
    this.name = name;
    this.schema = schema;
    this.allocator = allocator;
    current.set(new TableSnapshot(schema, List.of()));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  /** Where the table's batches must live: {@link #publish} takes batches of this allocator. */
  public BufferAllocator allocator() {
    return allocator;
  }

  /** Rows in the current snapshot. */
  public long rowCount() {
    return current.get().rowCount();
  }

  @Override
  public List<Batch> scan(BufferAllocator target) {
    while (true) {
      TableSnapshot snapshot = current.get();
      if (snapshot == null) {
        throw new IllegalStateException("memory table " + name + " was dropped");
      }
      if (!snapshot.tryRetain()) {
        continue; // replaced and freed between get() and retain: take the new one
      }
      try {
        List<Batch> out = new ArrayList<>();
        try {
          snapshot.copyInto(out, target);
        } catch (RuntimeException e) {
          out.forEach(Batch::close);
          throw e;
        }
        return out;
      } finally {
        snapshot.release();
      }
    }
  }

  /** A copy of the current content in the table's allocator (for append and update). */
  List<Batch> copyOfCurrent() {
    return scan(allocator);
  }

  /** Replaces the content with {@code batches} (in {@link #allocator()}; ownership moves). */
  void publish(List<Batch> batches) {
    if (closed) {
      batches.forEach(Batch::close);
      throw new IllegalStateException("memory table " + name + " was dropped");
    }
    TableSnapshot previous = current.getAndSet(new TableSnapshot(schema, batches));
    if (previous != null) {
      previous.release();
    }
  }

  /** Frees the content once no scan uses it; the table is empty for good afterwards. */
  public void close() {
    closed = true;
    TableSnapshot previous = current.getAndSet(null);
    if (previous != null) {
      previous.release();
    }
  }

  /** Closes the table's allocator; call after {@link #close()} when no scan can be running. */
  public void closeAllocator() {
    allocator.close();
  }
}
