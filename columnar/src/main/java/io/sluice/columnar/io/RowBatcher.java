package io.sluice.columnar.io;

import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Collects rows of a text file into batches of at most {@code batchRows} rows and hands each full
 * batch to the consumer. Single-threaded; {@link #close()} frees a batch that was never handed out.
 */
final class RowBatcher implements AutoCloseable {

  private final Schema schema;
  private final BufferAllocator allocator;
  private final int batchRows;
  private final BatchConsumer consumer;
  private BatchBuilder builder;

  RowBatcher(Schema schema, BufferAllocator allocator, int batchRows, BatchConsumer consumer) {
    if (batchRows < 1) {
      throw new IllegalArgumentException("batchRows must be positive, not " + batchRows);
    }
    this.schema = schema;
    this.allocator = allocator;
    this.batchRows = batchRows;
    this.consumer = consumer;
  }

  /** The builder of the current batch, to {@code set} values and end the row with {@link #endRow()}. */
  BatchBuilder row() {
    if (builder == null) {
      builder = new BatchBuilder(schema, allocator);
    }
    return builder;
  }

  void endRow() {
    builder.endRow();
    if (builder.rowCount() >= batchRows) {
      flush();
    }
  }

  /** Hands out the rows collected so far, if any. */
  void flush() {
    if (builder == null || builder.rowCount() == 0) {
      return;
    }
    Batch batch = builder.build();
    builder = null;
    consumer.accept(batch);
  }

  @Override
  public void close() {
    if (builder != null) {
      builder.close();
      builder = null;
    }
  }
}
