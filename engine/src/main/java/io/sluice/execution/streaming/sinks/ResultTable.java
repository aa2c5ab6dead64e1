package io.sluice.execution.streaming.sinks;

import io.sluice.columnar.Batch;
import io.sluice.plan.BatchTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * One micro-batch's result as a table that batch queries can scan any number of times, for
 * {@code foreachBatch}: the function may count, show and write the same Dataset. Valid until the
 * sink closes it after the function returns. Single-threaded: the query thread (and what the
 * function runs on it).
 */
final class ResultTable implements BatchTable, AutoCloseable {

  private final String name;
  private final Schema schema;
  private final List<Batch> batches;
  private boolean closed;

  /** Takes ownership of {@code batches}. */
  ResultTable(String name, Schema schema, List<Batch> batches) {
    this.name = name;
    this.schema = schema;
    this.batches = new ArrayList<>(batches);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public synchronized List<Batch> scan(BufferAllocator allocator) {
    if (closed) {
      throw new IllegalStateException(
          "the Dataset of a foreachBatch call is only valid while the function runs");
    }
    List<Batch> out = new ArrayList<>();
    for (Batch b : batches) {
      out.add(b.rowCount() == 0 ? Batch.empty(schema, allocator) : b.slice(0, b.rowCount(), allocator));
    }
    return out;
  }

  long rowCount() {
    long n = 0;
    for (Batch b : batches) {
      n += b.rowCount();
    }
    return n;
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      batches.forEach(Batch::close);
    }
  }
}
