package io.sluice.execution;

import io.sluice.columnar.Batch;
import io.sluice.plan.StreamingRelation;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The rows a streaming source added in the current micro-batch, as the runtime handed them over,
 * with only the columns the query reads ({@link #schema()}; sources that can are told to read only
 * those).
 */
public final class StreamScanExec extends PhysicalNode {
  private final StreamingRelation relation;
  private final Schema schema;

  public StreamScanExec(StreamingRelation relation, Schema schema) {
    this.relation = relation;
    this.schema = schema;
  }

  public StreamingRelation relation() {
    return relation;
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
    List<BatchSplit> splits = context.takeStreamSplits(relation);
    if (splits == null) {
      return null;
    }
    List<BatchSplit> pruned = new java.util.ArrayList<>(splits.size());
    for (BatchSplit split : splits) {
      pruned.add(allocator -> keepColumns(split.read(allocator), allocator));
    }
    return pruned;
  }

  @Override
  public List<Batch> execute(ExecContext context) {
    return keepColumns(context.takeStreamInput(relation), context.allocator());
  }

  private List<Batch> keepColumns(List<Batch> input, org.apache.arrow.memory.BufferAllocator allocator) {
    if (schema.getFields().size() == relation.source().schema().getFields().size()) {
      return input;
    }
    // A source that read every column: keep the ones the query uses (no copy).
    List<Batch> out = new java.util.ArrayList<>(input.size());
    for (Batch b : input) {
      if (b.columnCount() == schema.getFields().size()) {
        out.add(b);
        continue;
      }
      List<org.apache.arrow.vector.FieldVector> kept = new java.util.ArrayList<>();
      for (org.apache.arrow.vector.types.pojo.Field f : schema.getFields()) {
        org.apache.arrow.vector.FieldVector v = b.vector(f.getName());
        org.apache.arrow.vector.util.TransferPair pair = v.getTransferPair(allocator);
        pair.transfer();
        kept.add((org.apache.arrow.vector.FieldVector) pair.getTo());
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
            ? " columns " + io.sluice.columnar.types.Ddl.toDdl(schema)
            : "");
  }
}
