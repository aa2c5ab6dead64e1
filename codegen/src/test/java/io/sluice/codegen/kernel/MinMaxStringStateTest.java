package io.sluice.codegen.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Expr;
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
 * min/max of strings keep their state in one reusable slot: when every row is a new extreme, the
 * aggregation's memory stays what it was after the first batch instead of growing with each new
 * extreme.
 */
class MinMaxStringStateTest {

  private static final int BATCHES = 10;
  private static final int ROWS = 10_000;

  @Test
  void extremeReplacedOnEveryRowKeepsMemoryBounded() {
    Schema schema = new Schema(List.of(
        KernelSchemas.field("up", DataType.STRING, true), KernelSchemas.field("down", DataType.STRING, true)));
    Expr up = Exprs.column(0, "up", DataType.STRING, true);
    Expr down = Exprs.column(1, "down", DataType.STRING, true);
    List<AggregateCall> aggregates = List.of(
        Exprs.aggregate("max", up, false),
        Exprs.aggregate("min", down, false),
        // A computed string goes through the String path of the same slot.
        Exprs.aggregate("max", Exprs.call("upper", List.of(up)), false));
    try (RootAllocator allocator = new RootAllocator();
        Aggregation aggregation = Kernels.compiled().aggregation(
            schema, null, List.of(), List.of(), aggregates, List.of("maxUp", "minDown", "maxUpper"), allocator)) {
      long afterFirstBatch = 0;
      for (int b = 0; b < BATCHES; b++) {
        try (BatchBuilder builder = new BatchBuilder(schema, allocator)) {
          for (int r = 0; r < ROWS; r++) {
            int i = b * ROWS + r;
            builder.appendRow(String.format("v%08d", i), String.format("v%08d", BATCHES * ROWS - i));
          }
          try (Batch batch = builder.build()) {
            aggregation.update(batch);
          }
        }
        if (b == 0) {
          afterFirstBatch = allocator.getAllocatedMemory();
        }
      }
      // 100 K new extremes of 9 bytes each per aggregate: appending each would need ~2.7 MB.
      assertThat(allocator.getAllocatedMemory()).isEqualTo(afterFirstBatch);
      try (Batch result = aggregation.result(allocator)) {
        assertThat(Values.get(result.vector(0), 0)).isEqualTo("v00099999");
        assertThat(Values.get(result.vector(1), 0)).isEqualTo("v00000001");
        assertThat(Values.get(result.vector(2), 0)).isEqualTo("V00099999");
      }
    }
  }

  @Test
  void longerExtremeGrowsTheSlotAndShorterOnesReuseIt() {
    Schema schema = new Schema(List.of(KernelSchemas.field("s", DataType.STRING, true)));
    Expr s = Exprs.column(0, "s", DataType.STRING, true);
    List<AggregateCall> aggregates = List.of(Exprs.aggregate("max", s, false), Exprs.aggregate("min", s, false));
    for (Kernels kernels : new Kernels[] {Kernels.compiled(), Kernels.interpreted()}) {
      try (RootAllocator allocator = new RootAllocator();
          Aggregation aggregation =
              kernels.aggregation(schema, null, List.of(), List.of(), aggregates, List.of("mx", "mn"), allocator)) {
        try (BatchBuilder builder = new BatchBuilder(schema, allocator)) {
          // Spark's string order is UTF-8 byte order: "b" > "abcdefghij" > "a" > "" ; "é" is above ASCII.
          for (String v : new String[] {"a", "abcdefghij", null, "b", "", "é", "ab"}) {
            builder.appendRow(v);
          }
          try (Batch batch = builder.build()) {
            aggregation.update(batch);
          }
        }
        try (Batch result = aggregation.result(allocator)) {
          assertThat(Values.get(result.vector(0), 0)).as(kernels.toString()).isEqualTo("é");
          assertThat(Values.get(result.vector(1), 0)).as(kernels.toString()).isEqualTo("");
        }
      }
    }
  }
}
