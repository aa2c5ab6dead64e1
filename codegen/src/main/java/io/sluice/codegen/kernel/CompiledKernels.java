package io.sluice.codegen.kernel;

import io.sluice.codegen.CodegenTunables;
import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.generate.AggregationBody;
import io.sluice.codegen.generate.AggregationGenerator;
import io.sluice.codegen.generate.GeneratedClass;
import io.sluice.codegen.hash.GroupLayout;
import io.sluice.codegen.hash.GroupTable;
import io.sluice.columnar.types.DataType;
import java.util.ArrayList;
import io.sluice.codegen.generate.KernelCompiler;
import io.sluice.codegen.generate.ProjectionBody;
import io.sluice.codegen.generate.ProjectionGenerator;
import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.ColumnRef;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.NullPropagation;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Kernels generated as Java and compiled with Janino: one class per pipeline, cached by its source
 * in {@link KernelCompiler#INSTANCE}.
 */
public final class CompiledKernels implements Kernels {

  /** Spark 4's defaults: ANSI on, UTC. */
  public static final CompiledKernels DEFAULT = new CompiledKernels(EvalOptions.DEFAULT);

  private final EvalOptions options;

  CompiledKernels(EvalOptions options) {
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
    GeneratedClass generated =
        ProjectionGenerator.generate(KernelSchemas.types(input), filter, outputs, options);
    return new CompiledProjection(
        KernelCompiler.INSTANCE.instantiate(generated, ProjectionBody.class), schema);
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
    Schema schema = KernelSchemas.aggregation(keys, keyNames, aggregates, aggregateNames);
    List<DataType> keyTypes = new ArrayList<>(keys.size());
    for (Expr k : keys) {
      keyTypes.add(k.type());
    }
    GroupLayout layout = new GroupLayout(keyTypes, aggregates);
    GeneratedClass generated =
        AggregationGenerator.generate(
            KernelSchemas.types(input), filter, keys, aggregates, layout, options);
    AggregationBody body = KernelCompiler.INSTANCE.instantiate(generated, AggregationBody.class);
    GroupTable table =
        new GroupTable(
            layout, allocator, CodegenTunables.INITIAL_TABLE_CAPACITY, CodegenTunables.INITIAL_VAR_BYTES);
    int keyColumn = AggregationGenerator.directKeyColumn(keys);
    if (keyColumn >= 0 && (reads(filter, keyColumn) || readsAny(aggregates, keyColumn))) {
      keyColumn = -1;
    }
    return new CompiledAggregation(body, layout, aggregates, schema, table, keyColumn, options.ansi());
  }

  private static boolean readsAny(List<AggregateCall> aggregates, int column) {
    for (AggregateCall a : aggregates) {
      if (reads(a.argument(), column)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} reads input column {@code column}. */
  private static boolean reads(Expr e, int column) {
    if (e == null) {
      return false;
    }
    if (e instanceof ColumnRef) {
      return ((ColumnRef) e).ordinal() == column;
    }
    for (Expr child : e.children()) {
      if (reads(child, column)) {
        return true;
      }
    }
    return false;
  }
}
