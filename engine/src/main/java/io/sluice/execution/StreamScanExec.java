package io.sluice.execution;

import io.sluice.columnar.Batch;
import io.sluice.plan.StreamingRelation;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/** The rows a streaming source added in the current micro-batch, as the runtime handed them over. */
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
  public List<Batch> execute(ExecContext context) {
    return context.takeStreamInput(relation);
  }

  @Override
  public String describe() {
    return "StreamingScan " + relation.source().description();
  }
}
