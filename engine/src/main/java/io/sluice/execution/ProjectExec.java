package io.sluice.execution;

import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.kernel.Projection;
import io.sluice.columnar.Batch;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/** A fused filter and projection, run by one generated kernel per input batch. */
public final class ProjectExec extends PhysicalNode {
  private final PhysicalNode child;
  private final Expr filter;
  private final List<Expr> outputs;
  private final Projection kernel;

  public ProjectExec(PhysicalNode child, Expr filter, List<Expr> outputs, Projection kernel) {
    this.child = child;
    this.filter = filter;
    this.outputs = List.copyOf(outputs);
    this.kernel = kernel;
  }

  @Override
  public Schema schema() {
    return kernel.outputSchema();
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(child);
  }

  @Override
  public List<BatchSplit> splits(ExecContext context) {
    List<BatchSplit> input = child.splits(context);
    if (input == null) {
      return null;
    }
    List<BatchSplit> projected = new ArrayList<>(input.size());
    for (BatchSplit split : input) {
      projected.add(
          allocator -> {
            List<Batch> batches = split.read(allocator);
            List<Batch> out = new ArrayList<>(batches.size());
            try {
              for (Batch b : batches) {
                out.add(kernel.apply(b, allocator));
              }
            } catch (RuntimeException e) {
              out.forEach(Batch::close);
              throw e;
            } finally {
              batches.forEach(Batch::close);
            }
            return out;
          });
    }
    return projected;
  }

  @Override
  public List<Batch> execute(ExecContext context) {
    List<Batch> input = child.execute(context);
    List<Batch> projected;
    try {
      // The kernel is stateless: batches are projected in parallel on the session's workers.
      projected = context.tasks().map(input, b -> kernel.apply(b, context.allocator()), Batch::close);
    } finally {
      input.forEach(Batch::close);
    }
    // Drop the empty batches a filter left, keeping one if all are empty.
    List<Batch> output = new ArrayList<>(projected.size());
    Batch firstEmpty = null;
    for (Batch out : projected) {
      if (out.rowCount() > 0) {
        output.add(out);
      } else if (firstEmpty == null) {
        firstEmpty = out;
      } else {
        out.close();
      }
    }
    if (output.isEmpty() && firstEmpty != null) {
      output.add(firstEmpty);
    } else if (firstEmpty != null) {
      firstEmpty.close();
    }
    return output;
  }

  @Override
  public String describe() {
    StringBuilder s = new StringBuilder(filter == null ? "Project " : "FilterProject ");
    if (filter != null) {
      s.append(filter).append(", ");
    }
    s.append(outputs);
    List<String> names = new ArrayList<>();
    kernel.outputSchema().getFields().forEach(f -> names.add(f.getName()));
    return s.append(" AS ").append(names).toString();
  }
}
