package io.sluice.plan;

import java.util.List;

/**
 * A Java function applied to every row: {@code filter(FilterFunction)} or {@code
 * map(MapFunction, Encoder)}. The function object is opaque to the planner; the engine's
 * execution package knows how to run it.
 */
public final class RowFunction extends LogicalPlan {

  /** What the function does with a row. */
  public enum Kind {
    FILTER,
    MAP
  }

  private final Kind kind;
  private final Object function;
  private final Object inputEncoder;
  private final Object outputEncoder;
  private final LogicalPlan child;

  public RowFunction(
      Kind kind, Object function, Object inputEncoder, Object outputEncoder, LogicalPlan child) {
    this.kind = kind;
    this.function = function;
    this.inputEncoder = inputEncoder;
    this.outputEncoder = outputEncoder;
    this.child = child;
  }

  public Kind kind() {
    return kind;
  }

  public Object function() {
    return function;
  }

  /** The Encoder of the input's typed values, or null when the input is rows. */
  public Object inputEncoder() {
    return inputEncoder;
  }

  /** The Encoder of MAP's output; null for FILTER. */
  public Object outputEncoder() {
    return outputEncoder;
  }

  public LogicalPlan child() {
    return child;
  }

  @Override
  public List<LogicalPlan> children() {
    return List.of(child);
  }

  @Override
  public String describe() {
    return (kind == Kind.FILTER ? "FilterFunction " : "MapFunction ") + function.getClass().getName();
  }
}
