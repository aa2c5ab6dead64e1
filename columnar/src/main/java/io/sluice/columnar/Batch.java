package io.sluice.columnar;

import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.TransferPair;

/**
 * One batch of rows as Arrow vectors: the unit every source produces, every kernel consumes and
 * every sink receives.
 *
 * <p>Single-threaded. A batch owns its vectors: {@link #close()} releases them. Passing a batch
 * to another owner is done with {@link #transferTo(BufferAllocator)}, which leaves this batch
 * empty.
 */
public final class Batch implements AutoCloseable {

  private final VectorSchemaRoot root;

  private Batch(VectorSchemaRoot root) {
    this.root = root;
  }

  /** Wraps a root and takes ownership of its vectors. */
  public static Batch wrap(VectorSchemaRoot root) {
    return new Batch(root);
  }

  /** Wraps vectors that all hold {@code rowCount} values; takes ownership of them. */
  public static Batch of(List<FieldVector> vectors, int rowCount) {
    VectorSchemaRoot root = new VectorSchemaRoot(vectors);
    root.setRowCount(rowCount);
    return new Batch(root);
  }

  /** A batch of the given schema with no rows. */
  public static Batch empty(Schema schema, BufferAllocator allocator) {
    VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
    root.allocateNew();
    root.setRowCount(0);
    return new Batch(root);
  }

  public Schema schema() {
    return root.getSchema();
  }

  public int rowCount() {
    return root.getRowCount();
  }

  public int columnCount() {
    return root.getFieldVectors().size();
  }

  public FieldVector vector(int index) {
    return root.getVector(index);
  }

  /** The vector of the column named exactly {@code name}, or {@code null}. */
  public FieldVector vector(String name) {
    return root.getVector(name);
  }

  public List<FieldVector> vectors() {
    return root.getFieldVectors();
  }

  /** The underlying root; still owned by this batch. */
  public VectorSchemaRoot root() {
    return root;
  }

  /** Moves the vectors' buffers into a new batch accounted to {@code allocator}. */
  public Batch transferTo(BufferAllocator allocator) {
    List<FieldVector> vectors = root.getFieldVectors();
    FieldVector[] moved = new FieldVector[vectors.size()];
    for (int i = 0; i < moved.length; i++) {
      TransferPair pair = vectors.get(i).getTransferPair(allocator);
      pair.transfer();
      moved[i] = (FieldVector) pair.getTo();
    }
    int rows = root.getRowCount();
    root.setRowCount(0);
    return of(List.of(moved), rows);
  }

  /** Copies rows {@code [from, from + length)} into a new batch owned by the caller. */
  public Batch slice(int from, int length, BufferAllocator allocator) {
    List<FieldVector> vectors = root.getFieldVectors();
    FieldVector[] copies = new FieldVector[vectors.size()];
    for (int i = 0; i < copies.length; i++) {
      TransferPair pair = vectors.get(i).getTransferPair(allocator);
      pair.splitAndTransfer(from, length);
      copies[i] = (FieldVector) pair.getTo();
    }
    return of(List.of(copies), length);
  }

  /** The rows of {@code batches} (one schema) copied, in order, into one new batch. */
  public static Batch concat(Schema schema, List<Batch> batches, BufferAllocator allocator) {
    VectorSchemaRoot target = VectorSchemaRoot.create(schema, allocator);
    try {
      target.allocateNew();
      target.setRowCount(0);
      VectorSchemaRoot[] roots = new VectorSchemaRoot[batches.size()];
      for (int i = 0; i < roots.length; i++) {
        roots[i] = batches.get(i).root;
      }
      org.apache.arrow.vector.util.VectorSchemaRootAppender.append(false, target, roots);
      return new Batch(target);
    } catch (RuntimeException e) {
      target.close();
      throw e;
    }
  }

  /**
   * Copies every buffer into new memory of {@code allocator} (one memcpy per buffer). Used where
   * buffers come from outside Arrow Java's allocators (the C data interface), whose accounting a
   * transfer cannot move.
   */
  public Batch deepCopy(BufferAllocator allocator) {
    try (org.apache.arrow.vector.ipc.message.ArrowRecordBatch unloaded =
        new org.apache.arrow.vector.VectorUnloader(root).getRecordBatch()) {
      List<org.apache.arrow.memory.ArrowBuf> copies = new java.util.ArrayList<>();
      try {
        for (org.apache.arrow.memory.ArrowBuf buf : unloaded.getBuffers()) {
          long length = buf.readableBytes();
          org.apache.arrow.memory.ArrowBuf copy = allocator.buffer(length);
          copy.setBytes(0, buf, 0, length);
          copy.writerIndex(length);
          copies.add(copy);
        }
        try (org.apache.arrow.vector.ipc.message.ArrowRecordBatch copied =
            new org.apache.arrow.vector.ipc.message.ArrowRecordBatch(
                unloaded.getLength(), unloaded.getNodes(), copies)) {
          VectorSchemaRoot target = VectorSchemaRoot.create(root.getSchema(), allocator);
          new org.apache.arrow.vector.VectorLoader(target).load(copied);
          return new Batch(target);
        }
      } finally {
        copies.forEach(org.apache.arrow.memory.ArrowBuf::close);
      }
    }
  }

  @Override
  public void close() {
    root.close();
  }

  @Override
  public String toString() {
    return "Batch[" + rowCount() + " rows, " + schema() + "]";
  }
}
