package io.sluice.columnar;

import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Builds a {@link Batch} one row at a time from values in their internal Java form. For text
 * readers, test sources and result collection; kernels write vectors directly.
 *
 * <p>Single-threaded. If {@link #build()} is never called, {@link #close()} frees what was
 * appended.
 */
public final class BatchBuilder implements AutoCloseable {

  private final VectorSchemaRoot root;
  private final List<FieldVector> vectors;
  private int rows;
  private boolean built;

  public BatchBuilder(Schema schema, BufferAllocator allocator) {
    this.root = VectorSchemaRoot.create(schema, allocator);
    this.root.allocateNew();
    this.vectors = root.getFieldVectors();
  }

  public Schema schema() {
    return root.getSchema();
  }

  public int rowCount() {
    return rows;
  }

  /** Appends one row; {@code values.length} must equal the number of columns. */
  public BatchBuilder appendRow(Object... values) {
    if (values.length != vectors.size()) {
      throw new IllegalArgumentException(
          "row has " + values.length + " values, schema has " + vectors.size() + " columns");
    }
    for (int i = 0; i < values.length; i++) {
      Values.set(vectors.get(i), rows, values[i]);
    }
    rows++;
    return this;
  }

  /** Sets one value of the row being appended; finish the row with {@link #endRow()}. */
  public void set(int column, Object value) {
    Values.set(vectors.get(column), rows, value);
  }

  /** Ends a row written with {@link #set}; columns not set are null. */
  public void endRow() {
    for (FieldVector v : vectors) {
      if (v.getValueCapacity() <= rows) {
        Values.set(v, rows, null);
      }
    }
    rows++;
  }

  /** The batch of every row appended; the builder must not be used afterwards. */
  public Batch build() {
    built = true;
    for (FieldVector v : vectors) {
      v.setValueCount(rows);
    }
    root.setRowCount(rows);
    return Batch.wrap(root);
  }

  @Override
  public void close() {
    if (!built) {
      root.close();
    }
  }
}
