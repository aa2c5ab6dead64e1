package io.sluice.benchmarks;

import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.codegen.kernel.Aggregation;
import io.sluice.codegen.kernel.Kernels;
import io.sluice.columnar.Batch;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.IntVector;
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
 * Generated group-by count over one Arrow batch of INT keys: rows per second per core (the score
 * is operations per second, one operation per row).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar GroupByCount</pre>
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
public class GroupByCountBenchmark {
  static final int ROWS = 1 << 20;

  @Param({"10", "1000", "1000000"})
  public int distinctKeys;

  private BufferAllocator allocator;
  private Batch batch;
  private Aggregation aggregation;

  @Setup(Level.Trial)
  public void setUp() {
    allocator = new RootAllocator();
    Schema schema = new Schema(List.of(Ddl.field("k", DataType.INT, false)));
    IntVector keys = new IntVector(schema.getFields().get(0), allocator);
    keys.allocateNew(ROWS);
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < ROWS; i++) {
      keys.set(i, random.nextInt(distinctKeys));
    }
    keys.setValueCount(ROWS);
    batch = Batch.of(List.of(keys), ROWS);
    Expr key = Exprs.column(0, "k", DataType.INT, false);
    AggregateCall count = Exprs.aggregate("count", null, false);
    aggregation =
        Kernels.compiled()
            .aggregation(schema, null, List.of(key), List.of("k"), List.of(count), List.of("count"), allocator);
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int countByIntKey() {
    aggregation.update(batch);
    return aggregation.groupCount();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    aggregation.close();
    batch.close();
    allocator.close();
  }
}
