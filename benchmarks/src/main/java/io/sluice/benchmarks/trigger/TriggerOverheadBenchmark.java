package io.sluice.benchmarks.trigger;

import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.Session;
import io.sluice.benchmarks.JvmFlags;
import io.sluice.streaming.MemoryStream;
import io.sluice.streaming.StreamingQuery;
import java.util.concurrent.TimeUnit;
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
 * What one trigger costs, in µs: a streaming query over a {@link MemoryStream} into the memory
 * sink, driven from the benchmark thread with {@code processAllAvailable()}.
 *
 * <ul>
 *   <li>{@code noData}: a trigger that finds nothing new (the query thread is woken, asks the
 *       source for its latest offset, runs no batch) and the hand-back to the caller;
 *   <li>{@code oneRow}: {@code addData} of one row, then a whole micro-batch (offsets logged,
 *       input handed to the plan, execution, sink, commit, progress) followed by the no-data check
 *       that lets {@code processAllAvailable()} return. {@code oneRow - noData} is the batch.
 * </ul>
 *
 * The query is {@code groupBy("k").count()} in complete mode (the seed's shape: the memory table
 * is replaced each batch, so it does not grow) or a projection in append mode ({@code
 * select}); an append query's table grows one row a batch, so it is restarted every iteration.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar TriggerOverhead [-prof gc]</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {
      JvmFlags.OPEN_NIO, JvmFlags.OPEN_NIO_CH, JvmFlags.OPEN_REFLECT, JvmFlags.EXPORT_MISC,
      JvmFlags.EXPORT_REF, JvmFlags.CHRONICLE_ANALYTICS, JvmFlags.CHRONICLE_ANNOUNCER,
      JvmFlags.ARROW_UNSAFE, JvmFlags.ARROW_NO_NULL_CHECK, "-Xmx2g"
    })
public class TriggerOverheadBenchmark {

  @Param({"groupByCount", "select"})
  public String query;

  private Session session;
  private MemoryStream stream;
  private StreamingQuery running;
  private Row[] rows;
  private int next;

  @Setup(Level.Trial)
  public void startSession() {
    session = Session.builder().appName("trigger-overhead").master("local[1]").getOrCreate();
    rows = new Row[16];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = Row.of(i % 6, (long) i);
    }
  }

  @Setup(Level.Iteration)
  public void startQuery() {
    stream = MemoryStream.of(session, "k INT, v BIGINT");
    Dataset<Row> input = stream.toDF();
    Dataset<Row> result;
    String mode;
    if (query.equals("groupByCount")) {
      result = input.groupBy("k").count();
      mode = "complete";
    } else {
      result = input.selectExpr("k", "v + 1 AS w");
      mode = "append";
    }
    running = result.writeStream().queryName("trigger_overhead").format("memory").outputMode(mode).start();
    stream.addData(rows[0]);
    running.processAllAvailable();
  }

  @Benchmark
  public void noData() {
    running.processAllAvailable();
  }

  @Benchmark
  public void oneRow() {
    stream.addData(rows[next++ & 15]);
    running.processAllAvailable();
  }

  @TearDown(Level.Iteration)
  public void stopQuery() {
    running.stop();
    session.catalog().dropTempView("trigger_overhead");
  }

  @TearDown(Level.Trial)
  public void stopSession() {
    session.stop();
  }
}
