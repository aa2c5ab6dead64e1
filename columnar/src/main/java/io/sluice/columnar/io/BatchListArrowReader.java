package io.sluice.columnar.io;

import io.sluice.columnar.Batch;
import java.util.Iterator;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Presents batches the caller still owns as an {@link ArrowReader}, the input arrow-dataset's
 * writer takes. Each batch is loaded into the reader's root by reference (buffers are retained,
 * not copied), so the caller's batches are left untouched.
 */
final class BatchListArrowReader extends ArrowReader {

  private final Schema schema;
  private final Iterator<Batch> batches;

  BatchListArrowReader(BufferAllocator allocator, Schema schema, List<Batch> batches) {
    super(allocator);
    this.schema = schema;
    this.batches = batches.iterator();
  }

  @Override
  public boolean loadNextBatch() throws java.io.IOException {
    if (!batches.hasNext()) {
      return false;
    }
    Batch next = batches.next();
    try (ArrowRecordBatch record = new VectorUnloader(next.root()).getRecordBatch()) {
      new VectorLoader(getVectorSchemaRoot()).load(record);
    }
    return true;
  }

  @Override
  public long bytesRead() {
    return 0;
  }

  @Override
  protected void closeReadSource() {}

  @Override
  protected Schema readSchema() {
    return schema;
  }
}
