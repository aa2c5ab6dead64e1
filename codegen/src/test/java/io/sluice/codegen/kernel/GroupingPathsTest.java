package io.sluice.codegen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Comparison;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.codegen.testing.RandomData;
import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.types.DataType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

/**
 * The compiled aggregation's ways of finding groups (io.sluice.codegen.hash.GroupIds): direct
 * indexing of small-range integral keys (kept across batches, re-based when a batch leaves the
 * range), hashed integral keys, plain string keys and dictionary ids; batches with and without
 * nulls, with and without a filter, more rows than one chunk. Each must give what the interpreter
 * gives for result, updatedResult after clearUpdated, and merge.
 */
class GroupingPathsTest {

  private static final int ROWS = 10_000; // more than one chunk of GroupIds.CHUNK_ROWS

  /** Value ranges per batch: small (direct), shifted (re-base), huge (hashed), small again. */
  private static final long[][] RANGES = {{0, 50}, {-30, 10}, {-5_000_000_000L, 5_000_000_000L}, {0, 3}};

  @Test
  void integralKeysAllPaths() {
    DataType[] types = {DataType.INT, DataType.BIGINT, DataType.SMALLINT, DataType.TINYINT, DataType.DATE,
        DataType.TIMESTAMP};
    for (DataType type : types) {
      for (boolean withFilter : new boolean[] {false, true}) {
        for (int nullEvery : new int[] {0, 7}) {
          try (RootAllocator allocator = new RootAllocator()) {
            Schema schema = new Schema(List.of(KernelSchemas.field("k", type, true),
                KernelSchemas.field("v", DataType.BIGINT, true)));
            Random random = new Random(type.hashCode() * 31L + nullEvery + (withFilter ? 1 : 0));
            List<Batch> batches = new ArrayList<>();
            try {
              for (long[] range : RANGES) {
                batches.add(integralBatch(schema, type, range, nullEvery, random, allocator));
              }
              Expr filter = withFilter ? vAbove(400) : null;
              compare(schema, filter, type, batches, null, allocator, type + " filter " + withFilter + " nulls "
                  + nullEvery);
            } finally {
              batches.forEach(Batch::close);
            }
          }
        }
      }
    }
  }

  @Test
  void plainStringKeys() {
    for (int nullEvery : new int[] {0, 5}) {
      try (RootAllocator allocator = new RootAllocator()) {
        Schema schema = new Schema(List.of(KernelSchemas.field("k", DataType.STRING, true),
            KernelSchemas.field("v", DataType.BIGINT, true)));
        Random random = new Random(nullEvery);
        List<Batch> batches = new ArrayList<>();
        try {
          for (int b = 0; b < 3; b++) {
            try (BatchBuilder builder = new BatchBuilder(schema, allocator)) {
              for (int r = 0; r < ROWS; r++) {
                String k = nullEvery > 0 && r % nullEvery == 0 ? null : "s" + random.nextInt(100 + 500 * b);
                builder.appendRow(k, r % 11 == 0 ? null : (long) random.nextInt(1000));
              }
              batches.add(builder.build());
            }
          }
          compare(schema, null, DataType.STRING, batches, null, allocator, "plain strings");
          compare(schema, vAbove(300), DataType.STRING, batches, null, allocator, "plain strings, filter");
        } finally {
          batches.forEach(Batch::close);
        }
      }
    }
  }

  @Test
  void dictionaryEncodedStringKeys() {
    for (int nullEvery : new int[] {0, 6}) {
      for (boolean withFilter : new boolean[] {false, true}) {
        try (RootAllocator allocator = new RootAllocator()) {
          Schema schema = new Schema(List.of(KernelSchemas.field("k", DataType.STRING, true),
              KernelSchemas.field("v", DataType.BIGINT, true)));
          Random random = new Random(nullEvery * 2 + (withFilter ? 1 : 0));
          List<Batch> batches = new ArrayList<>();
          List<FieldVector> dictionaryVectors = new ArrayList<>();
          DictionaryProvider.MapDictionaryProvider provider = new DictionaryProvider.MapDictionaryProvider();
          try {
            // Each batch has its own dictionary (as in Parquet row groups): different sizes, orders,
            // a null entry, a duplicated value.
            for (int b = 0; b < 3; b++) {
              int size = 3 + 40 * b;
              VarCharVector values = new VarCharVector("d" + b, allocator);
              dictionaryVectors.add(values);
              values.allocateNew(size);
              for (int i = 0; i < size; i++) {
                if (i == 1) {
                  values.setNull(i);
                } else {
                  int value = i == 2 ? 0 : (i * 7 + b) % 50;
                  values.setSafe(i, ("age-" + value).getBytes(StandardCharsets.UTF_8));
                }
              }
              values.setValueCount(size);
              DictionaryEncoding encoding = new DictionaryEncoding(b, false, new ArrowType.Int(32, true));
              provider.put(new Dictionary(values, encoding));
              IntVector ids = new IntVector(
                  new Field("k", new FieldType(true, new ArrowType.Int(32, true), encoding), null), allocator);
              BigIntVector v = new BigIntVector(schema.getFields().get(1), allocator);
              ids.allocateNew(ROWS);
              v.allocateNew(ROWS);
              for (int r = 0; r < ROWS; r++) {
                if (nullEvery > 0 && r % nullEvery == 0) {
                  ids.setNull(r);
                } else {
                  ids.set(r, random.nextInt(size));
                }
                if (r % 13 == 0) {
                  v.setNull(r);
                } else {
                  v.set(r, random.nextInt(1000));
                }
              }
              ids.setValueCount(ROWS);
              v.setValueCount(ROWS);
              batches.add(Batch.of(List.of(ids, v), ROWS));
            }
            Expr filter = withFilter ? vAbove(500) : null;
            String what = "dictionary filter " + withFilter + " nulls " + nullEvery;
            compare(schema, filter, DataType.STRING, batches, provider, allocator, what);
            try (Aggregation compiled = Kernels.compiled().aggregation(schema, null, List.of(key(DataType.STRING)),
                List.of("k"), List.of(Exprs.aggregate("count", null, false)), List.of("c"), allocator)) {
              assertThatThrownBy(() -> compiled.update(batches.get(0)))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageContaining("dictionary-encoded");
            }
          } finally {
            batches.forEach(Batch::close);
            dictionaryVectors.forEach(FieldVector::close);
          }
        }
      }
    }
  }

  private static Expr key(DataType type) {
    return Exprs.column(0, "k", type, true);
  }

  private static Expr vAbove(int bound) {
    return Exprs.comparison(
        Comparison.Op.GT, Exprs.column(1, "v", DataType.BIGINT, true), Exprs.literalOf((long) bound));
  }

  private static Batch integralBatch(
      Schema schema, DataType type, long[] range, int nullEvery, Random random, BufferAllocator allocator) {
    long lo = range[0];
    long hi = range[1];
    switch (type.kind()) {
      case TINYINT:
        lo = Math.max(lo, Byte.MIN_VALUE);
        hi = Math.min(hi, Byte.MAX_VALUE);
        break;
      case SMALLINT:
        lo = Math.max(lo, Short.MIN_VALUE);
        hi = Math.min(hi, Short.MAX_VALUE);
        break;
      case INT:
      case DATE:
        lo = Math.max(lo, Integer.MIN_VALUE);
        hi = Math.min(hi, Integer.MAX_VALUE);
        break;
      default:
        break;
    }
    try (BatchBuilder builder = new BatchBuilder(schema, allocator)) {
      for (int r = 0; r < ROWS; r++) {
        Long k = nullEvery > 0 && r % nullEvery == 0 ? null : lo + (long) (random.nextDouble() * (hi - lo + 1));
        if (k != null && k > hi) {
          k = hi;
        }
        builder.appendRow(k, r % 9 == 0 ? null : (long) random.nextInt(1000));
      }
      return builder.build();
    }
  }

  /**
   * Runs the batches through both kernels with {@code count(*), count(v), sum(v), max(v)} (which
   * do not read the key, so dictionary ids are used directly) and with {@code max(k)} added
   * (which reads the key: decoded), comparing all outputs.
   */
  private static void compare(Schema schema, Expr filter, DataType keyType, List<Batch> batches,
      DictionaryProvider dictionaries, BufferAllocator allocator, String what) {
    Expr v = Exprs.column(1, "v", DataType.BIGINT, true);
    List<AggregateCall> plain = List.of(
        Exprs.aggregate("count", null, false),
        Exprs.aggregate("count", v, false),
        Exprs.aggregate("sum", v, false),
        Exprs.aggregate("max", v, false));
    List<AggregateCall> readsKey = new ArrayList<>(plain);
    readsKey.add(Exprs.aggregate("max", key(keyType), false));
    for (List<AggregateCall> aggs : List.of(plain, readsKey)) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < aggs.size(); i++) {
        names.add("a" + i);
      }
      List<List<String>> results = new ArrayList<>();
      List<List<String>> updated = new ArrayList<>();
      List<List<String>> merged = new ArrayList<>();
      for (Kernels kernels : new Kernels[] {Kernels.interpreted(), Kernels.compiled()}) {
        try (Aggregation all = kernels.aggregation(schema, filter, List.of(key(keyType)), List.of("k"), aggs, names,
                allocator);
            Aggregation p1 = kernels.aggregation(schema, filter, List.of(key(keyType)), List.of("k"), aggs, names,
                allocator);
            Aggregation p2 = kernels.aggregation(schema, filter, List.of(key(keyType)), List.of("k"), aggs, names,
                allocator)) {
          for (int b = 0; b < batches.size(); b++) {
            if (b == batches.size() - 1) {
              all.clearUpdated();
            }
            update(all, batches.get(b), dictionaries);
            update(b % 2 == 0 ? p1 : p2, batches.get(b), dictionaries);
          }
          p1.merge(p2);
          try (Batch r = all.result(allocator);
              Batch u = all.updatedResult(allocator);
              Batch m = p1.result(allocator)) {
            results.add(RandomData.rows(r, false));
            updated.add(RandomData.rows(u, false));
            merged.add(RandomData.rows(m, true));
          }
        }
      }
      assertThat(results.get(0)).as(what).isNotEmpty();
      assertThat(results.get(1)).as("result, " + what + ", " + aggs).containsExactlyElementsOf(results.get(0));
      assertThat(updated.get(1)).as("updated, " + what + ", " + aggs).containsExactlyElementsOf(updated.get(0));
      assertThat(merged.get(1)).as("merged, " + what + ", " + aggs).containsExactlyElementsOf(merged.get(0));
    }
  }

  private static void update(Aggregation aggregation, Batch batch, DictionaryProvider dictionaries) {
    if (dictionaries == null) {
      aggregation.update(batch);
    } else {
      aggregation.update(batch, dictionaries);
    }
  }
}
