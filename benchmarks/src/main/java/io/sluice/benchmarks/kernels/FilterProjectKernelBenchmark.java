package io.sluice.benchmarks.kernels;

import io.sluice.codegen.ir.Comparison;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.codegen.ir.Arithmetic;
import io.sluice.codegen.kernel.Kernels;
import io.sluice.codegen.kernel.Projection;
import io.sluice.columnar.Batch;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generated filter + projection over one 1 M-row batch of nullable columns without nulls:
 * {@code SELECT a * b, a + 1 WHERE a < 500} (half the rows pass). One operation per input row; the
 * output batch is allocated and closed in every operation, as an operator would.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar kernels.FilterProject -f 1 -wi 3 -i 5 -prof gc</pre>
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
public class FilterProjectKernelBenchmark {
  static final int ROWS = 1 << 20;

  private BufferAllocator allocator;
  private Batch batch;
  private Projection projection;

  @Setup(Level.Trial)
  public void setUp() {
    allocator = new RootAllocator();
    Schema schema =
        new Schema(List.of(Ddl.field("a", DataType.INT, true), Ddl.field("b", DataType.DOUBLE, true)));
    IntVector a = new IntVector(schema.getFields().get(0), allocator);
    Float8Vector b = new Float8Vector(schema.getFields().get(1), allocator);
    a.allocateNew(ROWS);
    b.allocateNew(ROWS);
    Random random = new Random(42);
    for (int i = 0; i < ROWS; i++) {
      a.set(i, random.nextInt(1000));
      b.set(i, random.nextDouble());
    }
    a.setValueCount(ROWS);
    b.setValueCount(ROWS);
    batch = Batch.of(List.of(a, b), ROWS);
    Expr ca = Exprs.column(0, "a", DataType.INT, true);
    Expr cb = Exprs.column(1, "b", DataType.DOUBLE, true);
    Expr filter = Exprs.comparison(Comparison.Op.LT, ca, Exprs.literalOf(500));
    List<Expr> outputs =
        List.of(
            Exprs.arithmetic(Arithmetic.Op.MULTIPLY, ca, cb),
            Exprs.arithmetic(Arithmetic.Op.ADD, ca, Exprs.literalOf(1)));
    projection = Kernels.compiled().projection(schema, filter, outputs, List.of("ab", "a1"));
  }

  @Benchmark
  @OperationsPerInvocation(ROWS)
  public int filterProject() {
    try (Batch out = projection.apply(batch, allocator)) {
      return out.rowCount();
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    batch.close();
    allocator.close();
  }
}
