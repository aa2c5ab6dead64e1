package io.sluice.benchmarks.kernels;

import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.codegen.kernel.Aggregation;
import io.sluice.codegen.kernel.Kernels;
import io.sluice.columnar.Batch;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generated group-by over one 1 M-row Arrow batch, one operation per row (so the score is rows per
 * second on one core). {@code keys}: {@code int10}, {@code int1k}, {@code int1m} are INT keys
 * drawn uniformly from that many values; {@code str6} and {@code str100k} are STRING keys with 6
 * and 100 K values, given to the kernel as plain VarChar vectors; {@code str6dict} and {@code
 * str100kdict} are the same keys dictionary-encoded (int32 ids + a VarChar dictionary, passed with
 * {@code Aggregation.update(Batch, DictionaryProvider)}).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar kernels.GroupByKernel -f 1 -wi 3 -i 5 -prof gc</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
      "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
      "-Darrow.enable_unsafe_memory_access=true",
      "-Darrow.enable_null_check_for_get=false"
    })
public class GroupByKernelBenchmark {
  static final int ROWS = 1 << 20;

  @Param({"int10", "int1k", "int1m", "str6", "str6dict", "str100k", "str100kdict"})
  public String keys;

  private BufferAllocator allocator;
  private Batch batch;
  private Aggregation count;
  private Aggregation countSum;
  private DictionaryProvider.MapDictionaryProvider dictionaries;

  @Setup(Level.Trial)
  public void setUp() {
    allocator = new RootAllocator();
    boolean string = keys.startsWith("str");
    int distinct = distinct(keys);
    DataType keyType = string ? DataType.STRING : DataType.INT;
    Schema schema =
        new Schema(List.of(Ddl.field("k", keyType, true), Ddl.field("v", DataType.BIGINT, true)));
    Random random = new Random(42);
    FieldVector keyVector;
    if (keys.endsWith("dict")) {
      VarCharVector values = new VarCharVector("dictionary", allocator);
      values.allocateNew(distinct * 12L, distinct);
      for (int i = 0; i < distinct; i++) {
        values.setSafe(i, value(distinct, i));
      }
      values.setValueCount(distinct);
      DictionaryEncoding encoding = new DictionaryEncoding(1L, false, new ArrowType.Int(32, true));
      dictionaries = new DictionaryProvider.MapDictionaryProvider(new Dictionary(values, encoding));
      IntVector ids =
          new IntVector(new Field("k", new FieldType(true, new ArrowType.Int(32, true), encoding), null), allocator);
      ids.allocateNew(ROWS);
      for (int i = 0; i < ROWS; i++) {
        ids.set(i, random.nextInt(distinct));
      }
      ids.setValueCount(ROWS);
      keyVector = ids;
    } else if (string) {
      VarCharVector v = new VarCharVector(schema.getFields().get(0), allocator);
      v.allocateNew(ROWS * 12L, ROWS);
      byte[][] values = new byte[distinct][];
      for (int i = 0; i < distinct; i++) {
        values[i] = value(distinct, i);
      }
      for (int i = 0; i < ROWS; i++) {
        v.setSafe(i, values[random.nextInt(distinct)]);
      }
      v.setValueCount(ROWS);
      keyVector = v;
    } else {
      IntVector v = new IntVector(schema.getFields().get(0), allocator);
      v.allocateNew(ROWS);
      for (int i = 0; i < ROWS; i++) {
        v.set(i, random.nextInt(distinct));
      }
      v.setValueCount(ROWS);
      keyVector = v;
    }
    BigIntVector values = new BigIntVector(schema.getFields().get(1), allocator);
    values.allocateNew(ROWS);
    for (int i = 0; i < ROWS; i++) {
      values.set(i, random.nextInt(1000));
    }
    values.setValueCount(ROWS);
    batch = Batch.of(List.of(keyVector, values), ROWS);
    Expr key = Exprs.column(0, "k", keyType, true);
    Expr value = Exprs.column(1, "v", DataType.BIGINT, true);
    AggregateCall countStar = Exprs.aggregate("count", null, false);
    AggregateCall sum = Exprs.aggregate("sum", value, false);
    count =
        Kernels.compiled()
            .aggregation(schema, null, List.of(key), List.of("k"), List.of(countStar), List.of("c"), allocator);
    countSum =
        Kernels.compiled()
            .aggregation(
                schema, null, List.of(key), List.of("k"), List.of(countStar, sum), List.of("c", "s"), allocator);
  }

  static byte[] value(int distinct, int i) {
    return (distinct <= 6 ? "age-" + (18 + i) : "user-" + i).getBytes(StandardCharsets.UTF_8);
  }

  static int distinct(String keys) {
    switch (keys.replace("dict", "")) {
      case "int10":
        return 10;
      case "int1k":
        return 1000;
      case "int1m":
        return 1_000_000;
      case "str6":
        return 6;
      case "str100k":
        return 100_000;
      default:
        throw new IllegalArgumentException(keys);
    }
  }

  /** {@code SELECT k, count(*) GROUP BY k}. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int count() {
    update(count);
    return count.groupCount();
  }

  /** {@code SELECT k, count(*), sum(v) GROUP BY k}. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int countSum() {
    update(countSum);
    return countSum.groupCount();
  }

  private void update(Aggregation aggregation) {
    if (dictionaries == null) {
      aggregation.update(batch);
    } else {
      aggregation.update(batch, dictionaries);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    count.close();
    countSum.close();
    batch.close();
    if (dictionaries != null) {
      for (long id : dictionaries.getDictionaryIds()) {
        dictionaries.lookup(id).getVector().close();
      }
    }
    allocator.close();
  }
}
