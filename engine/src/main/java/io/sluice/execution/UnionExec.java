package io.sluice.execution;

import io.sluice.columnar.Batch;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/** The rows of every child, which the planner has already cast to one schema. */
public final class UnionExec extends PhysicalNode {
  private final List<PhysicalNode> inputs;
  private final Schema schema;

  public UnionExec(List<PhysicalNode> inputs, Schema schema) {
    this.inputs = List.copyOf(inputs);
    this.schema = schema;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<PhysicalNode> children() {
    return inputs;
  }

  @Override
  public List<Batch> execute(ExecContext context) {
    List<Batch> output = new ArrayList<>();
    try {
      for (PhysicalNode input : inputs) {
        output.addAll(input.execute(context));
      }
    } catch (RuntimeException e) {
      // A later input that fails (an ANSI cast to the union's type) must not leak the earlier ones.
      output.forEach(Batch::close);
      throw e;
    }
    return output;
  }

  @Override
  public String describe() {
    return "Union";
  }
}
