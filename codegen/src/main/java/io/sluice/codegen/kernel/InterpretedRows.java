package io.sluice.codegen.kernel;

import io.sluice.columnar.Batch;
import io.sluice.columnar.Values;
import java.util.List;
import org.apache.arrow.vector.FieldVector;

/** One row of a batch as boxed internal values, for the interpreter. */
final class InterpretedRows {

  private InterpretedRows() {}

  static Object[] row(Batch batch, int index) {
    List<FieldVector> vectors = batch.vectors();
    Object[] row = new Object[vectors.size()];
    for (int c = 0; c < row.length; c++) {
      row[c] = Values.get(vectors.get(c), index);
    }
    return row;
  }
}
