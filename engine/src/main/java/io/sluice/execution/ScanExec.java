package io.sluice.execution;

import io.sluice.columnar.Batch;
import io.sluice.plan.BatchTable;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/** Reads a snapshot of a {@link BatchTable}; a file table reads only the columns of {@code schema}. */
public final class ScanExec extends PhysicalNode {
  private final BatchTable table;
  private final Schema schema;

  public ScanExec(BatchTable table, Schema schema) {
    this.table = table;
    this.schema = schema;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of();
  }

  @Override
  public List<BatchSplit> splits(ExecContext context) {
    if (!(table instanceof FileTable)) {
      return null;
    }
    return ((FileTable) table).splits(schema);
  }

  @Override
  public List<Batch> execute(ExecContext context) {
    if (table instanceof FileTable) {
      return ((FileTable) table).scan(context.allocator(), context.tasks(), schema);
    }
    return table.scan(context.allocator());
  }

  @Override
  public String describe() {
    return "Scan " + table.name()
        + (schema.getFields().size() < table.schema().getFields().size()
            ? " columns " + io.sluice.columnar.types.Ddl.toDdl(schema)
            : "");
  }
}
