package io.sluice.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.codegen.errors.SluiceArithmeticException;
import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.codegen.kernel.Aggregation;
import io.sluice.codegen.kernel.KernelSchemas;
import io.sluice.codegen.kernel.Kernels;
import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

/**
 * A streaming aggregation's state takes each micro-batch's delta all or nothing. Under ANSI mode
 * an integral {@code sum} that overflows raises {@code [ARITHMETIC_OVERFLOW]}, as Spark 4.2.0 did
 * for {@code SELECT sum(9223372036854775806) ...} over two rows (a differential case recorded on
 * Spark 4.2.0; Spark's {@code Sum} adds with {@code EvalMode.ANSI}), and the state is left as it
 * was; a delta that fits is merged in place, so a batch costs its own size: merging into a
 * 100 K-group state allocates nothing new.
 */
class AggregateStateMergeTest {

  private static final Schema SCHEMA =
      new Schema(
          List.of(
              KernelSchemas.field("k", DataType.INT, true),
              KernelSchemas.field("n", DataType.BIGINT, true)));
  private static final Expr K = Exprs.column(0, "k", DataType.INT, true);
  private static final Expr N = Exprs.column(1, "n", DataType.BIGINT, true);
  private static final List<AggregateCall> AGGREGATES =
      List.of(Exprs.aggregate("sum", N, false), Exprs.aggregate("count", null, false));

  private static Aggregation aggregation(Kernels kernels, BufferAllocator allocator) {
    return kernels.aggregation(
        SCHEMA, null, List.of(K), List.of("k"), AGGREGATES, List.of("s", "c"), allocator);
  }

  private static void update(Aggregation a, BufferAllocator allocator, Object[]... rows) {
    try (BatchBuilder builder = new BatchBuilder(SCHEMA, allocator)) {
      for (Object[] row : rows) {
        builder.appendRow(row);
      }
      try (Batch batch = builder.build()) {
        a.update(batch);
      }
    }
  }

  /** Group key to "sum/count", in key order. */
  private static String contents(Aggregation a, BufferAllocator allocator) {
    TreeMap<Integer, String> groups = new TreeMap<>();
    try (Batch result = a.result(allocator)) {
      for (int r = 0; r < result.rowCount(); r++) {
        groups.put(
            (Integer) Values.get(result.vector(0), r),
            Values.get(result.vector(1), r) + "/" + Values.get(result.vector(2), r));
      }
    }
    return groups.toString();
  }

  @Test
  void overflowingDeltaLeavesTheStateAsItWas() {
    for (Kernels kernels : new Kernels[] {Kernels.compiled(), Kernels.interpreted()}) {
      try (RootAllocator root = new RootAllocator()) {
        BufferAllocator stateAllocator = root.newChildAllocator("state", 0, Long.MAX_VALUE);
        try (AggregateState s =
            new AggregateState(stateAllocator, aggregation(kernels, stateAllocator))) {
          update(s.aggregation(), root, new Object[] {1, Long.MAX_VALUE - 1}, new Object[] {2, 1L});
          String before = contents(s.aggregation(), root);
          try (Aggregation delta = aggregation(kernels, root)) {
            // Group 2 comes first and fits; group 1 overflows; group 3 is new.
            update(delta, root, new Object[] {2, 5L}, new Object[] {1, 5L}, new Object[] {3, 7L});
            assertThatThrownBy(() -> s.merge(delta, true))
                .isInstanceOf(SluiceArithmeticException.class)
                .hasMessageStartingWith("[ARITHMETIC_OVERFLOW]");
          }
          assertThat(contents(s.aggregation(), root)).as(kernels.toString()).isEqualTo(before);
          try (Aggregation delta = aggregation(kernels, root)) {
            update(delta, root, new Object[] {2, 5L}, new Object[] {1, 1L}, new Object[] {3, 7L});
            s.merge(delta, true);
          }
          assertThat(contents(s.aggregation(), root))
              .as(kernels.toString())
              .isEqualTo("{1=9223372036854775807/2, 2=6/2, 3=7/1}");
        }
      }
    }
  }

  @Test
  void mergingASmallDeltaDoesNotCopyALargeState() {
    try (RootAllocator root = new RootAllocator()) {
      BufferAllocator stateAllocator = root.newChildAllocator("state", 0, Long.MAX_VALUE);
      try (AggregateState s =
          new AggregateState(stateAllocator, aggregation(Kernels.compiled(), stateAllocator))) {
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < 100_000; k++) {
          rows.add(new Object[] {k, (long) k});
        }
        update(s.aggregation(), root, rows.toArray(new Object[0][]));
        long peak = stateAllocator.getPeakMemoryAllocation();
        for (int batch = 0; batch < 3; batch++) {
          try (Aggregation delta = aggregation(Kernels.compiled(), root)) {
            update(delta, root, new Object[] {batch, 1L}, new Object[] {batch + 1, 2L});
            s.merge(delta, true);
          }
        }
        // A copy of the state would at least double the peak.
        assertThat(stateAllocator.getPeakMemoryAllocation()).isEqualTo(peak);
        assertThat(s.aggregation().groupCount()).isEqualTo(100_000);
      }
    }
  }
}
