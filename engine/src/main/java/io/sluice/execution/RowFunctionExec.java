package io.sluice.execution;

import io.sluice.Encoder;
import io.sluice.Row;
import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.function.FilterFunction;
import io.sluice.function.MapFunction;
import io.sluice.plan.RowFunction;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Runs a user's Java function on every row. Rows are converted to and from Java objects, as in
 * Spark's deserialize/serialize around a typed lambda; no generated code can see inside it.
 */
public final class RowFunctionExec extends PhysicalNode {
  private final PhysicalNode child;
  private final RowFunction function;
  private final Schema schema;

  public RowFunctionExec(PhysicalNode child, RowFunction function, Schema schema) {
    this.child = child;
    this.function = function;
    this.schema = schema;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(child);
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public List<Batch> execute(ExecContext context) {
    List<Batch> input = child.execute(context);
    List<Batch> output = new ArrayList<>(input.size());
    Schema childSchema = child.schema();
    boolean typedInput = function.inputEncoder() != null;
    try {
      for (Batch b : input) {
        List<Row> rows = RowConverter.toRows(List.of(b), childSchema);
        List<Object[]> internal =
            function.kind() == RowFunction.Kind.FILTER ? InternalRows.of(List.of(b)) : null;
        try (BatchBuilder builder = new BatchBuilder(schema, context.allocator())) {
          for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Object value = typedInput ? row.get(0) : row;
            if (function.kind() == RowFunction.Kind.FILTER) {
              if (((FilterFunction) function.function()).call(value)) {
                builder.appendRow(internal.get(i));
              }
            } else {
              Object result = ((MapFunction) function.function()).call(value);
              Encoder<?> out = (Encoder<?>) function.outputEncoder();
              builder.appendRow(RowConverter.toInternal(result, out.dataType()));
            }
          }
          output.add(builder.build());
        }
      }
    } catch (RuntimeException e) {
      output.forEach(Batch::close);
      throw e;
    } catch (Exception e) {
      output.forEach(Batch::close);
      throw new IllegalStateException("user function failed: " + e, e);
    } finally {
      input.forEach(Batch::close);
    }
    return output;
  }

  @Override
  public String describe() {
    return function.describe();
  }
}
