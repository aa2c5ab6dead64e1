package io.sluice.execution;

import io.sluice.columnar.Batch;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/** The first {@code limit} rows of its input; for {@code LIMIT 0} none, without running the input. */
public final class LimitExec extends PhysicalNode {
  private final PhysicalNode child;
  private final int limit;

  public LimitExec(PhysicalNode child, int limit) {
    this.child = child;
    this.limit = limit;
  }

  @Override
  public Schema schema() {
    return child.schema();
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(child);
  }

  @Override
  public List<Batch> execute(ExecContext context) {
    if (limit == 0) {
      // Spark's OptimizeLimitZero: LIMIT 0 is an empty relation, its input never runs (so an
      // expression below it that would fail, under ANSI, does not).
      List<Batch> empty = new ArrayList<>(1);
      empty.add(Batch.empty(schema(), context.allocator()));
      return empty;
    }
    List<Batch> input = child.execute(context);
    List<Batch> output = new ArrayList<>();
    int remaining = limit;
    for (Batch b : input) {
      if (remaining >= b.rowCount()) {
        remaining -= b.rowCount();
        output.add(b);
      } else {
        if (remaining > 0 || output.isEmpty()) {
          output.add(b.slice(0, remaining, context.allocator()));
        }
        remaining = 0;
        b.close();
      }
    }
    return output;
  }

  @Override
  public String describe() {
    return "Limit " + limit;
  }
}
