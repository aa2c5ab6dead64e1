package io.sluice.codegen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.Interpreter;
import io.sluice.codegen.errors.SluiceThrowable;
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

  /** With ANSI off (Spark's legacy results). */
  public static Object both(Expr e) {
    return both(e, EvalOptions.LEGACY);
  }

  /** With ANSI on: the value, both evaluators agreeing. */
  public static Object ansi(Expr e) {
    return both(e, EvalOptions.DEFAULT);
  }

  /**
   * The Spark error both evaluators raise with ANSI on for {@code e} (the test fails if either
   * returns a value or they raise different conditions).
   */
  public static RuntimeException ansiError(Expr e) {
    RuntimeException interpreted = null;
    try {
      Interpreter.evaluate(e, new Object[0], EvalOptions.DEFAULT);
    } catch (RuntimeException ex) {
      interpreted = ex;
    }
    assertThat(interpreted).as("interpreted %s", e).isInstanceOf(SluiceThrowable.class);
    RuntimeException compiled = null;
    try {
      both(e, EvalOptions.DEFAULT);
    } catch (RuntimeException ex) {
      compiled = ex;
    }
    assertThat(compiled).as("compiled %s", e).isInstanceOf(interpreted.getClass());
    assertThat(compiled.getMessage()).isEqualTo(interpreted.getMessage());
    return interpreted;
  }

  public static Object both(Expr e, EvalOptions options) {
    Object interpreted = Interpreter.evaluate(e, new Object[0], options);
    try (RootAllocator allocator = new RootAllocator()) {
      Schema empty = new Schema(List.of());
      VectorSchemaRoot root = VectorSchemaRoot.create(empty, allocator);
      root.setRowCount(1);
      try (Batch in = Batch.wrap(root);
          Batch out = Kernels.compiled(options).projection(empty, null, List.of(e), List.of("x")).apply(in, allocator)) {
        Object compiled = Values.get(out.vector(0), 0);
        Object stored;
        try (Batch ref = Kernels.interpreted(options).projection(empty, null, List.of(e), List.of("x")).apply(in, allocator)) {
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
