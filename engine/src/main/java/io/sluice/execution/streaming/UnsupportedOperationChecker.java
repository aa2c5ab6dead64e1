package io.sluice.execution.streaming;

import io.sluice.AnalysisException;
import io.sluice.plan.Aggregate;
import io.sluice.plan.Distinct;
import io.sluice.plan.Join;
import io.sluice.plan.Limit;
import io.sluice.plan.LogicalPlan;
import io.sluice.plan.Sort;
import io.sluice.plan.Union;
import io.sluice.streaming.OutputMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Spark's {@code UnsupportedOperationChecker.checkForStreaming}: refuses, when a query starts,
 * plans a streaming query cannot run in its output mode, with Spark's messages. Sluice has no
 * watermarks yet, so every streaming aggregation is one "without watermark". A {@code distinct()}
 * counts as an aggregation (as SQL's DISTINCT does in Spark): Spark's streaming deduplication,
 * which append mode allows, is a later issue.
 */
public final class UnsupportedOperationChecker {

  private UnsupportedOperationChecker() {}

  /** Throws {@link AnalysisException} if {@code plan} cannot run as a stream in {@code mode}. */
  public static void checkForStreaming(LogicalPlan plan, OutputMode mode) {
    if (!plan.isStreaming()) {
      throw new AnalysisException("'writeStream' can be called only on streaming Dataset/DataFrame");
    }
    List<LogicalPlan> aggregates = new ArrayList<>();
    collectStreamingAggregates(plan, aggregates);
    if (aggregates.size() > 1) {
      throw new AnalysisException(
          "Multiple streaming aggregations are not supported with streaming DataFrames/Datasets");
    }
    if (mode == OutputMode.Complete() && aggregates.isEmpty()) {
      throw new AnalysisException(
          "Complete output mode not supported when there are no streaming aggregations on "
              + "streaming DataFrames/Datasets");
    }
    if (mode == OutputMode.Append() && !aggregates.isEmpty()) {
      throw new AnalysisException(
          "Append output mode not supported when there are streaming aggregations on "
              + "streaming DataFrames/DataSets without watermark");
    }
    checkNodes(plan, mode);
  }

  /** Aggregates and distincts over a stream (the analyzer plans a distinct as an aggregation). */
  private static void collectStreamingAggregates(LogicalPlan node, List<LogicalPlan> out) {
    if (isStreamingAggregate(node)) {
      out.add(node);
    }
    for (LogicalPlan child : node.children()) {
      collectStreamingAggregates(child, out);
    }
  }

  /** True if the subtree outputs a whole result each batch: a streaming aggregation below, in complete mode. */
  private static boolean containsCompleteData(LogicalPlan node) {
    if (isStreamingAggregate(node)) {
      return true;
    }
    for (LogicalPlan child : node.children()) {
      if (containsCompleteData(child)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStreamingAggregate(LogicalPlan node) {
    return (node instanceof Aggregate || node instanceof Distinct)
        && node.children().get(0).isStreaming();
  }

  private static void checkNodes(LogicalPlan node, OutputMode mode) {
    for (LogicalPlan child : node.children()) {
      checkNodes(child, mode);
    }
    if (!node.isStreaming()) {
      return;
    }
    if (node instanceof Sort
        && !(mode == OutputMode.Complete() && containsCompleteData(node))) {
      throw new AnalysisException(
          "Sorting is not supported on streaming DataFrames/Datasets, unless it is on aggregated "
              + "DataFrame/Dataset in Complete output mode");
    }
    if (node instanceof Limit) {
      if (mode == OutputMode.Update()) {
        throw new AnalysisException(
            "Limits are not supported on streaming DataFrames/Datasets in Update output mode");
      }
      if (mode == OutputMode.Append()) {
        // Spark keeps a row count in state for this (StreamingGlobalLimitExec); Sluice does not yet.
        throw new AnalysisException(
            "Limits are not supported on streaming DataFrames/Datasets in Append output mode yet");
      }
    }
    if (node instanceof Union) {
      Union u = (Union) node;
      if (u.left().isStreaming() != u.right().isStreaming()) {
        throw new AnalysisException(
            "Union between streaming and batch DataFrames/Datasets is not supported");
      }
    }
    if (node instanceof Join) {
      checkJoin((Join) node);
    }
  }

  private static void checkJoin(Join join) {
    boolean left = join.left().isStreaming();
    boolean right = join.right().isStreaming();
    if (left && right) {
      throw new AnalysisException(
          "Join between two streaming DataFrames/Datasets is not supported yet");
    }
    switch (join.type()) {
      case FULL_OUTER:
        throw new AnalysisException(
            "Full outer joins with streaming DataFrames/Datasets on the "
                + (left ? "left" : "right")
                + " and a static DataFrame/Dataset on the "
                + (left ? "right" : "left")
                + " is not supported");
      case LEFT_OUTER:
      case LEFT_SEMI:
      case LEFT_ANTI:
        if (right) {
          throw new AnalysisException(
              (join.type() == io.sluice.plan.JoinType.LEFT_OUTER
                      ? "Left outer"
                      : join.type() == io.sluice.plan.JoinType.LEFT_SEMI ? "LeftSemi" : "LeftAnti")
                  + " join with a streaming DataFrame/Dataset on the right and a static "
                  + "DataFrame/Dataset on the left is not supported");
        }
        break;
      case RIGHT_OUTER:
        if (left) {
          throw new AnalysisException(
              "Right outer join with a streaming DataFrame/Dataset on the left and a static "
                  + "DataFrame/Dataset on the right is not supported");
        }
        break;
      default:
        break;
    }
  }
}
