package io.sluice.codegen.kernel;

import io.sluice.codegen.generate.ProjectionBody;
import io.sluice.columnar.Batch;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/** Runs a generated projection: sizes the output vectors, calls the loop, sets the counts. */
final class CompiledProjection implements Projection {

  private final ProjectionBody body;
  private final Schema schema;

  CompiledProjection(ProjectionBody body, Schema schema) {
    this.body = body;
    this.schema = schema;
  }

  @Override
  public Schema outputSchema() {
    return schema;
  }

  @Override
  public Batch apply(Batch input, BufferAllocator allocator) {
    int rows = input.rowCount();
    VectorSchemaRoot out = VectorSchemaRoot.create(schema, allocator);
    try {
      List<FieldVector> outVectors = out.getFieldVectors();
      FieldVector[] outs = outVectors.toArray(new FieldVector[0]);
      for (FieldVector v : outs) {
        if (v instanceof BaseFixedWidthVector) {
          BaseFixedWidthVector f = (BaseFixedWidthVector) v;
          f.allocateNew(Math.max(rows, 1));
          f.zeroVector();
        } else if (v instanceof BaseVariableWidthVector) {
          ((BaseVariableWidthVector) v).allocateNew(Math.max(rows, 1));
        } else {
          v.allocateNew();
        }
      }
      FieldVector[] in = input.vectors().toArray(new FieldVector[0]);
      int written = body.run(in, rows, outs);
      out.setRowCount(written);
      return Batch.wrap(out);
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
  }
}
