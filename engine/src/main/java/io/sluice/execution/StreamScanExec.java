package io.sluice.execution;

import io.sluice.columnar.Batch;
import io.sluice.columnar.types.Ddl;
import io.sluice.plan.StreamingRelation;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.TransferPair;

/**
 * The rows a streaming source added in the current micro-batch, as the runtime handed them over,
 * with only the columns the query reads ({@link #schema()}). Sources that can are told to read
 * only {@link #readSchema()}: those columns, or none when the query uses no column of the stream
 * (then the one column the analyzer keeps comes out null), as a batch file scan does.
 */
public final class StreamScanExec extends PhysicalNode {
  private static final Schema NO_COLUMNS = new Schema(List.of());

  private final StreamingRelation relation;
  private final Schema schema;
  private final Schema readSchema;

  public StreamScanExec(StreamingRelation relation, Schema schema) {
    this(relation, schema, false);
  }

  /** @param readsNoColumn the query uses only the stream's rows, none of its columns */
  public StreamScanExec(StreamingRelation relation, Schema schema, boolean readsNoColumn) {
    this.relation = relation;
    this.schema = schema;
    this.readSchema = readsNoColumn ? NO_COLUMNS : schema;
  }

  public StreamingRelation relation() {
    return relation;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  /** The columns the source is asked to read: {@link #schema()}, or none for a row count. */
  public Schema readSchema() {
    return readSchema;
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of();
  }

  @Override
  public List<BatchSplit> splits(ExecContext context) {
    List<BatchSplit> splits = context.takeStreamSplits(relation);
    if (splits == null) {
      return null;
    }
    List<BatchSplit> pruned = new ArrayList<>(splits.size());
    for (BatchSplit split : splits) {
      pruned.add(allocator -> keepColumns(split.read(allocator), allocator));
    }
    return pruned;
  }

  @Override
  public List<Batch> execute(ExecContext context) {
    return keepColumns(context.takeStreamInput(relation), context.allocator());
  }

  /** The source's batches with exactly the columns of {@link #schema()}, by name. */
  private List<Batch> keepColumns(List<Batch> input, BufferAllocator allocator) {
    if (readSchema == schema
        && schema.getFields().size() == relation.source().schema().getFields().size()) {
      return input;
    }
    List<Batch> out = new ArrayList<>(input.size());
    for (int i = 0; i < input.size(); i++) {
      Batch b = input.get(i);
      if (b.columnCount() == 0 && !schema.getFields().isEmpty()) {
        // A source that read no column (a row count): the kept column is null.
        out.addAll(NullColumns.widen(List.of(b), schema, allocator));
        continue;
      }
      if (b.columnCount() == schema.getFields().size()) {
        out.add(b);
        continue;
      }
      // A source that read every column: keep the ones the query uses (no copy).
      List<FieldVector> kept = new ArrayList<>();
      for (Field f : schema.getFields()) {
        TransferPair pair = b.vector(f.getName()).getTransferPair(allocator);
        pair.transfer();
        kept.add((FieldVector) pair.getTo());
      }
      int rows = b.rowCount();
      b.close();
      out.add(Batch.of(kept, rows));
    }
    return out;
  }

  @Override
  public String describe() {
    return "StreamingScan " + relation.source().description()
        + (schema.getFields().size() < relation.source().schema().getFields().size()
            ? " columns " + Ddl.toDdl(schema)
            : "")
        + (readSchema != schema ? " (rows only)" : "");
  }
}
