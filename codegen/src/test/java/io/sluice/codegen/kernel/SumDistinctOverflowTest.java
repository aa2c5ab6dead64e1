package io.sluice.codegen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.errors.SluiceArithmeticException;
import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Exprs;
import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

/**
 * {@code sum(DISTINCT)} of a BIGINT column overflows as {@code sum} does. Recorded on Spark 4.2.0
 * by the differential suite (seed 20261206, case 9): {@code SELECT sum(DISTINCT CAST(a3 AS
 * BIGINT))} over [-9223372036854775808, -176498842] raises {@code [ARITHMETIC_OVERFLOW] overflow.
 * Use 'try_add' ...} with ANSI on; with it off the long sum wraps.
 */
class SumDistinctOverflowTest {

  private static final Schema SCHEMA = new Schema(List.of(KernelSchemas.field("a3", DataType.BIGINT, true)));

  @Test
  void ansiRaisesAndLegacyWraps() {
    for (boolean compiled : new boolean[] {true, false}) {
      assertThatThrownBy(() -> sumDistinct(compiled, EvalOptions.DEFAULT))
          .isInstanceOf(SluiceArithmeticException.class)
          .hasMessageStartingWith("[ARITHMETIC_OVERFLOW] overflow. Use 'try_add' to tolerate overflow");
      assertThat(sumDistinct(compiled, EvalOptions.LEGACY)).isEqualTo(Long.MIN_VALUE + -176498842L);
    }
  }

  private static Object sumDistinct(boolean compiled, EvalOptions options) {
    Kernels kernels = compiled ? Kernels.compiled(options) : Kernels.interpreted(options);
    AggregateCall sum = Exprs.aggregate("sum", Exprs.column(0, "a3", DataType.BIGINT, true), true);
    try (RootAllocator allocator = new RootAllocator();
        BatchBuilder b = new BatchBuilder(SCHEMA, allocator)) {
      b.appendRow(Long.MIN_VALUE).appendRow(-176498842L).appendRow(Long.MIN_VALUE);
      try (Batch in = b.build();
          Aggregation aggregation =
              kernels.aggregation(SCHEMA, null, List.of(), List.of(), List.of(sum), List.of("g1"), allocator)) {
        aggregation.update(in);
        try (Batch out = aggregation.result(allocator)) {
          return Values.get(out.vector(0), 0);
        }
      }
    }
  }
}
