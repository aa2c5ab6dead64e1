package io.sluice.codegen.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.errors.SluiceThrowable;
import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.testing.RandomData;
import io.sluice.codegen.testing.RandomExprs;
import io.sluice.columnar.Batch;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

/**
 * Property tests: random schemas, data with nulls and edge values, and random expression trees;
 * the compiled kernels must give exactly what the interpreted ones give. Seeded, so a failure
 * names the seed that reproduces it.
 */
class CompiledMatchesInterpretedTest {

  private static final int TRIALS = 120;

  @Test
  void projectionAndFilter() {
    for (long seed = 1; seed <= TRIALS; seed++) {
      try (RootAllocator allocator = new RootAllocator()) {
        RandomData data = new RandomData(seed);
        Schema schema = data.schema(1 + data.random().nextInt(5));
        RandomExprs exprs = new RandomExprs(data, schema);
        Expr filter = data.random().nextInt(3) == 0 ? null : exprs.predicate(2);
        List<Expr> outputs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int n = 1 + data.random().nextInt(4);
        for (int i = 0; i < n; i++) {
          outputs.add(exprs.expr(3));
          names.add("o" + i);
        }
        try (Batch in = data.batch(schema, data.random().nextInt(60), allocator)) {
          // ANSI off and on: the same rows, or the same error condition (overflow, bad cast).
          for (EvalOptions options : OPTIONS) {
            List<Object> expected = project(Kernels.interpreted(options), schema, filter, outputs, names, in, allocator);
            List<Object> actual = project(Kernels.compiled(options), schema, filter, outputs, names, in, allocator);
            assertThat(actual)
                .as("seed %d %s filter %s outputs %s", seed, options, filter, outputs)
                .containsExactlyElementsOf(expected);
          }
        }
      }
    }
  }

  private static final EvalOptions[] OPTIONS = {EvalOptions.LEGACY, EvalOptions.DEFAULT};

  /** The rows and schema of the projection, or the condition of the Spark error it raised. */
  private static List<Object> project(Kernels kernels, Schema schema, Expr filter, List<Expr> outputs,
      List<String> names, Batch in, BufferAllocator allocator) {
    try (Batch out = kernels.projection(schema, filter, outputs, names).apply(in, allocator)) {
      List<Object> result = new ArrayList<>(RandomData.rows(out, false));
      result.add(out.schema());
      return result;
    } catch (RuntimeException e) {
      return List.of(condition(e));
    }
  }

  static String condition(RuntimeException e) {
    if (e instanceof SluiceThrowable) {
      return "error " + ((SluiceThrowable) e).getCondition();
    }
    throw e;
  }

  @Test
  void aggregationUpdateMergeAndUpdatedResult() {
    for (long seed = 1; seed <= TRIALS; seed++) {
      try (RootAllocator allocator = new RootAllocator()) {
        RandomData data = new RandomData(seed * 7919);
        Schema schema = data.schema(1 + data.random().nextInt(4));
        RandomExprs exprs = new RandomExprs(data, schema);
        Expr filter = data.random().nextInt(3) == 0 ? exprs.predicate(1) : null;
        List<Expr> keys = new ArrayList<>();
        List<String> keyNames = new ArrayList<>();
        int k = data.random().nextInt(4);
        for (int i = 0; i < k; i++) {
          keys.add(data.random().nextInt(3) == 0 ? exprs.expr(1) : exprs.leaf());
          keyNames.add("k" + i);
        }
        List<AggregateCall> aggs = new ArrayList<>();
        List<String> aggNames = new ArrayList<>();
        int a = 1 + data.random().nextInt(5);
        for (int i = 0; i < a; i++) {
          aggs.add(exprs.aggregate());
          aggNames.add("a" + i);
        }
        String what = "seed " + seed + " keys " + keys + " aggs " + aggs + " filter " + filter;
        try (Batch b1 = data.batch(schema, data.random().nextInt(80), allocator);
            Batch b2 = data.batch(schema, data.random().nextInt(80), allocator)) {
          check(schema, filter, keys, keyNames, aggs, aggNames, b1, b2, allocator, what);
        }
      }
    }
  }

  /** Enough groups and long strings to grow the index, the records and the var area several times. */
  @Test
  void manyGroupsGrowTheTable() {
    try (RootAllocator allocator = new RootAllocator()) {
      Schema schema = new Schema(List.of(
          KernelSchemas.field("s", io.sluice.columnar.types.DataType.STRING, true),
          KernelSchemas.field("i", io.sluice.columnar.types.DataType.INT, true)));
      Expr s = io.sluice.codegen.ir.Exprs.column(0, "s", io.sluice.columnar.types.DataType.STRING, true);
      Expr i = io.sluice.codegen.ir.Exprs.column(1, "i", io.sluice.columnar.types.DataType.INT, true);
      List<AggregateCall> aggs = List.of(
          io.sluice.codegen.ir.Exprs.aggregate("count", null, false),
          io.sluice.codegen.ir.Exprs.aggregate("max", s, false),
          io.sluice.codegen.ir.Exprs.aggregate("sum", i, false));
      try (io.sluice.columnar.BatchBuilder b = new io.sluice.columnar.BatchBuilder(schema, allocator)) {
        for (int r = 0; r < 12_000; r++) {
          b.appendRow(r % 7 == 0 ? null : "key-" + (r % 5003) + "-" + "x".repeat(r % 40), r % 3 == 0 ? null : r % 11);
        }
        try (Batch in = b.build()) {
          List<List<String>> results = new ArrayList<>();
          for (Kernels kernels : new Kernels[] {Kernels.interpreted(), Kernels.compiled()}) {
            try (Aggregation agg = kernels.aggregation(schema, null, List.of(s, i), List.of("s", "i"), aggs,
                    List.of("c", "m", "t"), allocator)) {
              agg.update(in);
              agg.update(in);
              try (Batch r = agg.result(allocator)) {
                results.add(RandomData.rows(r, false));
              }
            }
          }
          assertThat(results.get(0)).hasSizeGreaterThan(5000);
          assertThat(results.get(1)).containsExactlyElementsOf(results.get(0));
        }
      }
    }
  }

  private static void check(Schema schema, Expr filter, List<Expr> keys, List<String> keyNames,
      List<AggregateCall> aggs, List<String> aggNames, Batch b1, Batch b2, BufferAllocator allocator, String what) {
    for (EvalOptions options : OPTIONS) {
      List<Object> interpreted =
          aggregate(Kernels.interpreted(options), schema, filter, keys, keyNames, aggs, aggNames, b1, b2, allocator, what);
      List<Object> compiled =
          aggregate(Kernels.compiled(options), schema, filter, keys, keyNames, aggs, aggNames, b1, b2, allocator, what);
      assertThat(compiled.get(0)).as("compiled vs interpreted, %s %s", options, what).isEqualTo(interpreted.get(0));
      assertThat(compiled.get(1)).as("updated groups, %s %s", options, what).isEqualTo(interpreted.get(1));
      assertThat(compiled.get(2)).as("merged, %s %s", options, what).isEqualTo(interpreted.get(2));
    }
  }

  /**
   * [single pass result, updated groups after clearUpdated, merge of two partials], each the rows
   * or the condition of the Spark error raised.
   */
  private static List<Object> aggregate(Kernels kernels, Schema schema, Expr filter, List<Expr> keys,
      List<String> keyNames, List<AggregateCall> aggs, List<String> aggNames, Batch b1, Batch b2,
      BufferAllocator allocator, String what) {
    List<Object> out = new ArrayList<>();
    try (Aggregation all = kernels.aggregation(schema, filter, keys, keyNames, aggs, aggNames, allocator)) {
      all.update(b1);
      all.clearUpdated();
      all.update(b2);
      try (Batch r = all.result(allocator);
          Batch u = all.updatedResult(allocator)) {
        out.add(RandomData.rows(r, false));
        out.add(RandomData.rows(u, false));
        assertThat(all.groupCount()).as(what).isEqualTo(r.rowCount());
      }
    } catch (RuntimeException e) {
      // The compiled kernel finds the groups of a chunk of rows before it aggregates them, so
      // when two rows fail differently the first error seen may differ: compare that one is raised.
      condition(e);
      out.add("error");
      out.add("error");
    }
    try (Aggregation p1 = kernels.aggregation(schema, filter, keys, keyNames, aggs, aggNames, allocator);
        Aggregation p2 = kernels.aggregation(schema, filter, keys, keyNames, aggs, aggNames, allocator)) {
      p1.update(b1);
      p2.update(b2);
      p1.merge(p2);
      try (Batch r = p1.result(allocator)) {
        out.add(RandomData.rows(r, true));
      }
    } catch (RuntimeException e) {
      condition(e);
      out.add("error");
    }
    return out;
  }
}
