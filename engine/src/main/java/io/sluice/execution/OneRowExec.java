package io.sluice.execution;

import io.sluice.columnar.Batch;
import java.util.List;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/** One row with no columns: the input of {@code SELECT 1}. */
public final class OneRowExec extends PhysicalNode {
  private static final Schema EMPTY = new Schema(List.of());

  @Override
  public Schema schema() {
    return EMPTY;
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of();
  }

  @Override
  public List<Batch> execute(ExecContext context) {
    VectorSchemaRoot root = VectorSchemaRoot.create(EMPTY, context.allocator());
    root.setRowCount(1);
    return new java.util.ArrayList<>(List.of(Batch.wrap(root)));
  }

  @Override
  public String describe() {
    return "OneRow";
  }
}
