package io.sluice.codegen.kernel;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.Interpreter;
import io.sluice.codegen.ir.Expr;
import io.sluice.columnar.Batch;
import io.sluice.columnar.Values;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.NullVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/** Filter and projection by interpretation, row by row. */
final class InterpretedProjection implements Projection {

  private final Expr filter;
  private final List<Expr> outputs;
  private final Schema schema;

  private final EvalOptions options;

  InterpretedProjection(Expr filter, List<Expr> outputs, Schema schema, EvalOptions options) {
    this.options = options;
    this.filter = filter;
    this.outputs = List.copyOf(outputs);
    this.schema = schema;
  }

  @Override
  public Schema outputSchema() {
    return schema;
  }

  @Override
  public Batch apply(Batch input, BufferAllocator allocator) {
    VectorSchemaRoot out = VectorSchemaRoot.create(schema, allocator);
    try {
      out.allocateNew();
      List<FieldVector> vectors = out.getFieldVectors();
      int rows = input.rowCount();
      int written = 0;
      for (int r = 0; r < rows; r++) {
        Object[] row = InterpretedRows.row(input, r);
        if (filter != null && !Boolean.TRUE.equals(Interpreter.evaluate(filter, row, options))) {
          continue;
        }
        for (int c = 0; c < outputs.size(); c++) {
          FieldVector v = vectors.get(c);
          if (!(v instanceof NullVector)) {
            Values.set(v, written, Interpreter.evaluate(outputs.get(c), row, options));
          }
        }
        written++;
      }
      out.setRowCount(written);
      return Batch.wrap(out);
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
  }
}
