package io.sluice.execution;

import io.sluice.Encoder;
import io.sluice.function.FilterFunction;
import io.sluice.function.MapFunction;
import io.sluice.plan.LogicalPlan;
import io.sluice.plan.RowFunction;

/** Builds the plan nodes of {@code Dataset.filter(FilterFunction)} and {@code Dataset.map}. */
public final class RowFunctions {
  private RowFunctions() {}

  public static LogicalPlan filter(LogicalPlan child, FilterFunction<?> func, Encoder<?> input) {
    return new RowFunction(RowFunction.Kind.FILTER, func, input, null, child);
  }

  public static LogicalPlan map(
      LogicalPlan child, MapFunction<?, ?> func, Encoder<?> input, Encoder<?> output) {
    return new RowFunction(RowFunction.Kind.MAP, func, input, output, child);
  }
}
