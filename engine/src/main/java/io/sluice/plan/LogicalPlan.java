package io.sluice.plan;

import java.util.List;

/**
 * A node of an unresolved logical plan: what the user asked for through the Dataset API or SQL.
 * Immutable; the analyzer binds names and types and plans execution.
 */
public abstract class LogicalPlan {

  LogicalPlan() {}

  public abstract List<LogicalPlan> children();

  /** One line for this node in {@code explain} output. */
  public abstract String describe();

  /** True if a streaming source is among the leaves. */
  public boolean isStreaming() {
    for (LogicalPlan child : children()) {
      if (child.isStreaming()) {
        return true;
      }
    }
    return false;
  }

  /** The plan as an indented tree, as {@code explain} prints it. */
  public String treeString() {
    StringBuilder out = new StringBuilder();
    appendTree(out, 0);
    return out.toString();
  }

  private void appendTree(StringBuilder out, int depth) {
    if (depth > 0) {
      out.append("   ".repeat(depth - 1)).append("+- ");
    }
    out.append(describe()).append('\n');
    for (LogicalPlan child : children()) {
      child.appendTree(out, depth + 1);
    }
  }

  @Override
  public String toString() {
    return treeString();
  }

  static String list(List<?> items) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(items.get(i));
    }
    return s.append(']').toString();
  }
}
