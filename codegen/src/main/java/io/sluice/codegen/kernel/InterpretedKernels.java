package io.sluice.codegen.kernel;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.NullPropagation;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The reference kernels: evaluate the IR per row with boxed values through {@link
 * io.sluice.codegen.Interpreter}, aggregate in on-heap maps. Obviously right and slow; the
 * compiled kernels are tested against them.
 */
public final class InterpretedKernels implements Kernels {

  /** Spark 4's defaults: ANSI on, UTC. */
  public static final InterpretedKernels DEFAULT = new InterpretedKernels(EvalOptions.DEFAULT);

  private final EvalOptions options;

  InterpretedKernels(EvalOptions options) {
    this.options = options;
  }

  @Override
  public EvalOptions options() {
    return options;
  }

  @Override
  public Projection projection(Schema input, Expr filter, List<Expr> outputs, List<String> names) {
    Schema schema = KernelSchemas.projection(outputs, names);
    filter = NullPropagation.apply(filter, e -> ConstantChecks.valueIfConstant(e, options));
    outputs = NullPropagation.apply(outputs, e -> ConstantChecks.valueIfConstant(e, options));
    ConstantChecks.check(filter, outputs, options);
    return new InterpretedProjection(filter, outputs, schema, options);
  }

  @Override
  public Aggregation aggregation(
      Schema input,
      Expr filter,
      List<Expr> keys,
      List<String> keyNames,
      List<AggregateCall> aggregates,
      List<String> aggregateNames,
      BufferAllocator allocator) {
    filter = NullPropagation.apply(filter, e -> ConstantChecks.valueIfConstant(e, options));
    keys = NullPropagation.apply(keys, e -> ConstantChecks.valueIfConstant(e, options));
    ConstantChecks.check(filter, keys, options);
    ConstantChecks.checkAggregates(aggregates, options);
    return new InterpretedAggregation(
        filter,
        keys,
        aggregates,
        KernelSchemas.aggregation(keys, keyNames, aggregates, aggregateNames),
        options);
  }
}
