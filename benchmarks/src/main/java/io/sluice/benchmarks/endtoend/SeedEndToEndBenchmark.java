package io.sluice.benchmarks.endtoend;

import io.sluice.Session;
import io.sluice.benchmarks.JvmFlags;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.vector.types.pojo.Schema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed program end to end ({@link SeedQuery}): one invocation is one whole query, from
 * {@code start()} to the last batch committed, over seed-shaped Parquet files that {@link
 * SeedFiles} writes once under {@code benchmarks/target/seed-data}. The score is milliseconds per
 * query; rows/s is the workload's rows over it, and the time per batch divides it by the batches
 * (10, 1, 100, 1), printed after each iteration.
 *
 * <p>Unlimited files per trigger reads the whole directory into one batch: at 20 M rows that
 * holds ~3 GB of Arrow memory at once today, hence the larger direct-memory limit.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar SeedEndToEnd [-p workload=seed-1,20m-1] [-p cores=1,2]</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {
      JvmFlags.OPEN_NIO, JvmFlags.OPEN_NIO_CH, JvmFlags.OPEN_REFLECT, JvmFlags.EXPORT_MISC,
      JvmFlags.EXPORT_REF, JvmFlags.CHRONICLE_ANALYTICS, JvmFlags.CHRONICLE_ANNOUNCER,
      JvmFlags.ARROW_UNSAFE, JvmFlags.ARROW_NO_NULL_CHECK, "-Xmx2g", "-XX:MaxDirectMemorySize=6g"
    })
public class SeedEndToEndBenchmark {

  @Param({"seed-1", "seed-all", "20m-1", "20m-all"})
  public String workload;

  /** {@code local[N]}; 0 means every available processor. */
  @Param({"0"})
  public int cores;

  private Workload w;
  private Session session;
  private Schema schema;
  private int runs;
  private SeedQuery.Result last;

  @Setup(Level.Trial)
  public void setUp() {
    w = Workload.byId(workload);
    int n = cores > 0 ? cores : Runtime.getRuntime().availableProcessors();
    session = Session.builder().appName("seed-" + workload).master("local[" + n + "]").getOrCreate();
    SeedFiles.ensure(session, w.scale);
    schema = SeedQuery.schema(session, w);
  }

  @Benchmark
  public long seedProgram() {
    last = SeedQuery.run(session, w, schema, "age_counts_" + runs++);
    return last.batches;
  }

  @TearDown(Level.Iteration)
  public void report() {
    double ms = last.wallNanos / 1e6;
    System.out.printf(
        "%n%s: %,.0f rows/s, %d batches, %.3f ms per batch%n",
        w.label(), w.scale.rows / (ms / 1e3), last.batches, ms / last.batches);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.printf("Arrow peak: %,d bytes%n", session.rootAllocator().getPeakMemoryAllocation());
    session.stop();
  }
}
