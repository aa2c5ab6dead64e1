package io.sluice.codegen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.codegen.Interpreter;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.kernel.Kernels;
import io.sluice.columnar.Batch;
import io.sluice.columnar.Values;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/** Evaluates a column-free expression with the interpreter and with generated code; they must agree. */
public final class Evaluate {

  private Evaluate() {}

  public static Object both(Expr e) {
    Object interpreted = Interpreter.evaluate(e, new Object[0]);
    try (RootAllocator allocator = new RootAllocator()) {
      Schema empty = new Schema(List.of());
      VectorSchemaRoot root = VectorSchemaRoot.create(empty, allocator);
      root.setRowCount(1);
      try (Batch in = Batch.wrap(root);
          Batch out = Kernels.compiled().projection(empty, null, List.of(e), List.of("x")).apply(in, allocator)) {
        Object compiled = Values.get(out.vector(0), 0);
        Object stored;
        try (Batch ref = Kernels.interpreted().projection(empty, null, List.of(e), List.of("x")).apply(in, allocator)) {
          stored = Values.get(ref.vector(0), 0);
        }
        if (compiled instanceof byte[]) {
          assertThat((byte[]) compiled).as("compiled %s", e).isEqualTo(stored);
        } else {
          assertThat(compiled).as("compiled %s", e).isEqualTo(stored);
        }
      }
    }
    return interpreted;
  }
}
