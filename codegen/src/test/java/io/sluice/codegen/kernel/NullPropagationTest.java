package io.sluice.codegen.kernel;

import static io.sluice.codegen.ir.Exprs.call;
import static io.sluice.codegen.ir.Exprs.cast;
import static io.sluice.codegen.ir.Exprs.column;
import static io.sluice.codegen.ir.Exprs.literal;
import static io.sluice.codegen.ir.Exprs.literalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.ir.Arithmetic;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import java.time.LocalDate;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

/**
 * Spark's {@code NullPropagation} before a kernel runs: an {@code IS [NOT] NULL} over a
 * non-nullable expression is a constant, so what it wraps is never evaluated and cannot raise.
 * Expected answers were recorded from Spark 4.2.0 by the differential suite (seed 20261204, cases
 * 274 and 307), ANSI on, session time zone UTC.
 */
class NullPropagationTest {

  private static final Schema ONE_STRING = new Schema(List.of(KernelSchemas.field("a2", DataType.STRING, true)));
  private static final Expr A2 = column(0, "a2", DataType.STRING, true);

  private static Expr date(String iso) {
    return literal((int) LocalDate.parse(iso).toEpochDay(), DataType.DATE);
  }

  @Test
  void isNotNullOfANonNullableCoalesceDoesNotEvaluateAFailingCast() {
    // SELECT (coalesce(CAST('A' AS DATE), date_sub(DATE '2064-05-23', -312)) IS NOT NULL) AS c1 FROM t0
    // Spark 4.2.0: [[true]] (case 274); evaluated as written, CAST('A' AS DATE) raises CAST_INVALID_INPUT.
    Expr coalesce = call("coalesce", List.of(cast(literalOf("A"), DataType.DATE), call("date_sub", List.of(date("2064-05-23"), literalOf(-312)))));
    assertThat(coalesce.nullable()).isFalse();
    for (Kernels kernels : List.of(Kernels.compiled(EvalOptions.DEFAULT), Kernels.interpreted(EvalOptions.DEFAULT))) {
      assertThat(project(kernels, null, Exprs.isNotNull(coalesce), "x y")).containsExactly(true);
      assertThat(project(kernels, null, Exprs.isNull(coalesce), "x y")).containsExactly(false);
    }
  }

  @Test
  void isNullFilterOverANonNullableCoalesceKeepsNothingWithoutCasting() {
    // SELECT CAST(TIMESTAMP '2047-12-10 02:38:30.575323' AS DATE) AS c0 FROM t0
    //   WHERE coalesce(CAST(a2 AS TIMESTAMP), CAST(DATE '1934-12-27' AS TIMESTAMP)) IS NULL
    // over a2 = 'x y': Spark 4.2.0 returns no rows (case 307), it does not fail on 'x y'.
    Expr coalesce = call("coalesce", List.of(cast(A2, DataType.TIMESTAMP), cast(date("1934-12-27"), DataType.TIMESTAMP)));
    for (Kernels kernels : List.of(Kernels.compiled(EvalOptions.DEFAULT), Kernels.interpreted(EvalOptions.DEFAULT))) {
      assertThat(project(kernels, Exprs.isNull(coalesce), literalOf(1), "x y")).isEmpty();
    }
  }

  @Test
  void aNullableOperandIsStillEvaluated() {
    // coalesce(CAST(a2 AS TIMESTAMP), NULL) IS NULL: nullable, so the cast of 'x y' runs and raises.
    Expr coalesce = call("coalesce", List.of(cast(A2, DataType.TIMESTAMP), Exprs.literal(null, DataType.TIMESTAMP)));
    for (Kernels kernels : List.of(Kernels.compiled(EvalOptions.DEFAULT), Kernels.interpreted(EvalOptions.DEFAULT))) {
      assertThatThrownBy(() -> project(kernels, Exprs.isNull(coalesce), literalOf(1), "x y"))
          .hasMessageStartingWith("[CAST_INVALID_INPUT]");
    }
  }

  @Test
  void nullIntolerantOperatorsOverANullLiteralAreNull() {
    // Spark folds `1 / 0 + NULL` to NULL before evaluating 1 / 0 (NullPropagation runs first).
    Expr divide = Exprs.arithmetic(Arithmetic.Op.DIVIDE, literalOf(1), literalOf(0));
    Expr plusNull = Exprs.arithmetic(Arithmetic.Op.ADD, divide, Exprs.literal(null, DataType.DOUBLE));
    for (Kernels kernels : List.of(Kernels.compiled(EvalOptions.DEFAULT), Kernels.interpreted(EvalOptions.DEFAULT))) {
      assertThat(project(kernels, null, plusNull, "x")).containsExactly((Object) null);
    }
  }

  @Test
  void castNullabilityIsSparks() {
    // Spark 4's Cast.forceNullable, for a non-nullable child.
    assertThat(cast(literalOf(1), DataType.BIGINT).nullable()).isFalse();
    assertThat(cast(literalOf(1), DataType.STRING).nullable()).isFalse();
    assertThat(cast(literalOf("1"), DataType.INT).nullable()).isTrue();
    assertThat(cast(literalOf(1), DataType.decimal(10, 0)).nullable()).isFalse();
    assertThat(cast(literalOf(1), DataType.decimal(9, 0)).nullable()).isTrue();
    assertThat(cast(literalOf(1L), DataType.decimal(22, 2)).nullable()).isFalse();
    assertThat(cast(literalOf(1.5), DataType.decimal(38, 10)).nullable()).isTrue();
    assertThat(cast(literalOf(1.5), DataType.INT).nullable()).isTrue();
    assertThat(cast(date("2000-01-01"), DataType.TIMESTAMP).nullable()).isFalse();
    assertThat(cast(literalOf(true), DataType.decimal(1, 0)).nullable()).isFalse();
    assertThat(cast(literal(0L, DataType.TIMESTAMP), DataType.INT).nullable()).isTrue();
    assertThat(cast(A2, DataType.BINARY).nullable()).isTrue(); // the child is nullable
    assertThat(Exprs.tryCast(literalOf(1), DataType.BIGINT).nullable()).isTrue();
  }

  private static List<Object> project(Kernels kernels, Expr filter, Expr output, String a2) {
    try (RootAllocator allocator = new RootAllocator();
        BatchBuilder b = new BatchBuilder(ONE_STRING, allocator)) {
      b.appendRow(a2);
      try (Batch in = b.build();
          Batch out = kernels.projection(ONE_STRING, filter, List.of(output), List.of("c")).apply(in, allocator)) {
        List<Object> values = new java.util.ArrayList<>();
        for (int i = 0; i < out.rowCount(); i++) {
          values.add(Values.get(out.vector(0), i));
        }
        return values;
      }
    }
  }
}
