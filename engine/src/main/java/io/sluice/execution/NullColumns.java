package io.sluice.execution;

import io.sluice.columnar.Batch;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Widens batches of a scan that read no column (a {@code count()}: the batches carry only their
 * row count) to the scan's schema, every column null. The analyzer keeps one column in such a
 * scan's schema so that operators above always see a column; reading none keeps the reader from
 * parsing (and judging malformed) a field the query never uses, as Spark reads an empty required
 * schema. Stateless.
 */
final class NullColumns {
  private NullColumns() {}

  /** {@code batches} (consumed) as batches of {@code schema} whose columns are all null. */
  static List<Batch> widen(List<Batch> batches, Schema schema, BufferAllocator allocator) {
    List<Batch> out = new ArrayList<>(batches.size());
    try {
      for (Batch b : batches) {
        int rows = b.rowCount();
        b.close();
        out.add(nulls(schema, rows, allocator));
      }
    } catch (RuntimeException e) {
      out.forEach(Batch::close);
      throw e;
    }
    return out;
  }

  private static Batch nulls(Schema schema, int rows, BufferAllocator allocator) {
    List<FieldVector> vectors = new ArrayList<>(schema.getFields().size());
    try {
      for (Field field : schema.getFields()) {
        FieldVector vector = field.createVector(allocator);
        vectors.add(vector);
        vector.setInitialCapacity(rows);
        vector.allocateNew(); // validity bits start cleared: every value null
        vector.setValueCount(rows);
      }
    } catch (RuntimeException e) {
      vectors.forEach(FieldVector::close);
      throw e;
    }
    return Batch.of(vectors, rows);
  }
}
