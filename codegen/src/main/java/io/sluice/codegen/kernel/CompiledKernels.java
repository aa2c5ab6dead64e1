package io.sluice.codegen.kernel;

import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Expr;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/** Kernels generated as Java and compiled with Janino. */
public final class CompiledKernels implements Kernels {

  public static final CompiledKernels INSTANCE = new CompiledKernels();

  private CompiledKernels() {}

  @Override
  public Projection projection(Schema input, Expr filter, List<Expr> outputs, List<String> names) {
    return InterpretedKernels.INSTANCE.projection(input, filter, outputs, names);
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
    return InterpretedKernels.INSTANCE.aggregation(input, filter, keys, keyNames, aggregates, aggregateNames, allocator);
  }
}
