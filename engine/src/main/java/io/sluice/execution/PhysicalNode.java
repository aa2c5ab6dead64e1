package io.sluice.execution;

import io.sluice.columnar.Batch;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * An operator of an analyzed, executable plan. Immutable once planned: the same tree runs every
 * micro-batch of a streaming query, and anything that must survive from one batch to the next
 * (an aggregation's groups) lives in {@link ExecContext#state}, not in the node.
 */
public abstract class PhysicalNode {

  /** Output columns. */
  public abstract Schema schema();

  public abstract List<PhysicalNode> children();

  /** Runs this operator and its children; the batches returned are owned by the caller. */
  public abstract List<Batch> execute(ExecContext context);

  /**
   * This operator's output as deferred pieces that parallel tasks can read one at a time, or null
   * if it can only {@link #execute} whole. Taking the splits consumes the input, like execute.
   */
  public List<BatchSplit> splits(ExecContext context) {
    return null;
  }

  /** One line for {@code explain}. */
  public abstract String describe();

  /** True if this operator keeps state across micro-batches (e.g. a streaming aggregation). */
  public boolean isStateful() {
    return false;
  }

  /** The plan as an indented tree, leaves last, as {@code explain} prints it. */
  public final String treeString() {
    StringBuilder out = new StringBuilder();
    appendTree(out, 0);
    return out.toString();
  }

  private void appendTree(StringBuilder out, int depth) {
    if (depth > 0) {
      out.append("   ".repeat(depth - 1)).append("+- ");
    }
    out.append(describe()).append('\n');
    for (PhysicalNode child : children()) {
      child.appendTree(out, depth + 1);
    }
  }

  @Override
  public String toString() {
    return treeString();
  }
}
