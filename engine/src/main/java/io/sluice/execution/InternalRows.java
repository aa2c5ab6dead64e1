package io.sluice.execution;

import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.Values;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Batches to rows of internal values and back, for the operators that work row by row (sort,
 * join, user functions). Kernels never use it.
 */
public final class InternalRows {
  private InternalRows() {}

  /** Every row of the batches; the batches are not closed. */
  public static List<Object[]> of(List<Batch> batches) {
    List<Object[]> rows = new ArrayList<>();
    for (Batch b : batches) {
      List<FieldVector> vectors = b.vectors();
      int columns = vectors.size();
      for (int r = 0; r < b.rowCount(); r++) {
        Object[] row = new Object[columns];
        for (int c = 0; c < columns; c++) {
          row[c] = Values.get(vectors.get(c), r);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** One batch holding the rows, owned by the caller. */
  public static Batch toBatch(Schema schema, List<Object[]> rows, BufferAllocator allocator) {
    try (BatchBuilder builder = new BatchBuilder(schema, allocator)) {
      for (Object[] row : rows) {
        builder.appendRow(row);
      }
      return builder.build();
    }
  }
}
