package io.sluice.codegen.kernel;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Expr;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Makes kernels for resolved expressions. {@link #compiled()} generates Java with Janino and caches
 * classes by the pipeline's canonical form; {@link #interpreted()} is the reference
 * implementation that tests compare the generated code against.
 */
public interface Kernels {

  /** Generated kernels with Spark 4's defaults (ANSI on, UTC). */
  static Kernels compiled() {
    return CompiledKernels.DEFAULT;
  }

  /** The reference kernels with Spark 4's defaults (ANSI on, UTC). */
  static Kernels interpreted() {
    return InterpretedKernels.DEFAULT;
  }

  /** Generated kernels under the session's ANSI setting and time zone. */
  static Kernels compiled(EvalOptions options) {
    return options.equals(EvalOptions.DEFAULT) ? CompiledKernels.DEFAULT : new CompiledKernels(options);
  }

  /** The reference kernels under the session's ANSI setting and time zone. */
  static Kernels interpreted(EvalOptions options) {
    return options.equals(EvalOptions.DEFAULT)
        ? InterpretedKernels.DEFAULT
        : new InterpretedKernels(options);
  }

  /** The settings these kernels evaluate under. */
  EvalOptions options();

  /**
   * A fused filter + projection over batches of {@code input}.
   *
   * @param filter a BOOLEAN expression, or null to keep every row
   * @param outputs expressions over the input columns
   * @param names output column names, one per expression
   */
  Projection projection(Schema input, Expr filter, List<Expr> outputs, List<String> names);

  /**
   * A hash aggregation over batches of {@code input}.
   *
   * @param filter rows to aggregate, or null for all
   * @param keys grouping expressions over the input columns (empty: one global group)
   * @param keyNames output names of the keys
   * @param aggregates aggregates over the input columns
   * @param aggregateNames output names of the aggregates
   * @param allocator owner of the off-heap state; the aggregation's {@code close} frees it
   */
  Aggregation aggregation(
      Schema input,
      Expr filter,
      List<Expr> keys,
      List<String> keyNames,
      List<AggregateCall> aggregates,
      List<String> aggregateNames,
      BufferAllocator allocator);
}
