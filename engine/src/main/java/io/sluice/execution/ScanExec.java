package io.sluice.execution;

import io.sluice.columnar.Batch;
import io.sluice.columnar.types.Ddl;
import io.sluice.plan.BatchTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads a snapshot of a {@link BatchTable}. A file table is read as Spark's {@code buildReader}
 * does: records of the table's whole schema (the data schema), vectors of only the columns of
 * {@link #schema()} (the required schema), or of none when the query reads no column of the
 * table ({@code count()}), in which case the one column the analyzer keeps comes out null.
 */
public final class ScanExec extends PhysicalNode {
  private static final Schema NO_COLUMNS = new Schema(List.of());

  private final BatchTable table;
  private final Schema schema;
  /** The columns the reader produces: {@link #schema} or, for a row count, none. */
  private final Schema readSchema;

  public ScanExec(BatchTable table, Schema schema) {
    this(table, schema, false);
  }

  /**
   * @param readsNoColumn the query uses no column of the table, only its rows: the file reader
   *     parses none (so no field can make a record malformed) and {@code schema}'s columns are null
   */
  public ScanExec(BatchTable table, Schema schema, boolean readsNoColumn) {
    this.table = table;
    this.schema = schema;
    this.readSchema = readsNoColumn ? NO_COLUMNS : schema;
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
    List<BatchSplit> splits = ((FileTable) table).splits(readSchema);
    if (readSchema == schema) {
      return splits;
    }
    List<BatchSplit> widened = new ArrayList<>(splits.size());
    for (BatchSplit split : splits) {
      widened.add(allocator -> NullColumns.widen(split.read(allocator), schema, allocator));
    }
    return widened;
  }

  @Override
  public List<Batch> execute(ExecContext context) {
    if (table instanceof FileTable) {
      List<Batch> batches =
          ((FileTable) table).scan(context.allocator(), context.tasks(), readSchema);
      return readSchema == schema
          ? batches
          : NullColumns.widen(batches, schema, context.allocator());
    }
    return table.scan(context.allocator());
  }

  @Override
  public String describe() {
    return "Scan " + table.name()
        + (schema.getFields().size() < table.schema().getFields().size()
            ? " columns " + Ddl.toDdl(schema)
            : "")
        + (readSchema != schema && table instanceof FileTable ? " (rows only)" : "");
  }
}
