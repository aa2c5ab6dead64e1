package io.sluice.benchmarks.latency;

import static io.sluice.functions.max;

import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.Session;
import io.sluice.benchmarks.JvmFlags;
import io.sluice.streaming.MemoryStream;
import io.sluice.streaming.StreamingQuery;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
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
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Row-to-table latency in micro-batch mode at a fixed input rate: the time from a row being handed
 * to a {@link MemoryStream} to that row being visible in the memory sink's table, in an
 * HdrHistogram, printed as p50 / p99 / p99.9 / max at the end of each iteration and of the run.
 *
 * <p>Each invocation (one iteration) is {@code seconds} long: the benchmark thread adds rows
 * {@code seq = 0, 1, 2, ...} at {@code rowsPerSecond}, {@code rowsPerAdd} at a time, each add due at
 * a fixed time on a schedule that does not slip when the engine is slow (row {@code i} is due at
 * {@code start + i / rate}, and its latency counts from then: no coordinated omission). The query
 * is {@code agg(max(seq))} in complete mode, so the table is one row, and a row is visible once
 * the table's {@code max} reaches its {@code seq} (rows are added in order). A poller thread reads
 * the table with {@code session.table(name).collectAsList()} every ~50 µs ({@code sink = memory}),
 * or a {@code foreachBatch} sink records when the batch holding the row reaches the sink ({@code
 * sink = foreachBatch}: before the commit, and without the poller's cost).
 *
 * <p>The JMH score is the wall time of an iteration and means nothing; read the printed
 * histogram. Only measurement iterations go into the run's histogram.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar RowLatency [-p sink=memory]</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {
      JvmFlags.OPEN_NIO, JvmFlags.OPEN_NIO_CH, JvmFlags.OPEN_REFLECT, JvmFlags.EXPORT_MISC,
      JvmFlags.EXPORT_REF, JvmFlags.CHRONICLE_ANALYTICS, JvmFlags.CHRONICLE_ANNOUNCER,
      JvmFlags.ARROW_UNSAFE, JvmFlags.ARROW_NO_NULL_CHECK, "-Xmx2g"
    })
public class RowLatencyBenchmark {
  private static final String TABLE = "row_latency";
  private static final long POLL_PAUSE_NANOS = 50_000;
  private static final long HIGHEST_TRACKABLE_NANOS = TimeUnit.SECONDS.toNanos(60);

  @Param({"10000"})
  public int rowsPerSecond;

  @Param({"1"})
  public int rowsPerAdd;

  @Param({"10"})
  public int seconds;

  @Param({"memory", "foreachBatch"})
  public String sink;

  private Session session;
  private final Histogram run = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
  private Histogram iteration;
  private boolean measuring;

  private MemoryStream stream;
  private StreamingQuery query;
  private Thread poller;
  private volatile boolean polling;
  /** Highest seq visible in the sink. */
  private final AtomicLong visible = new AtomicLong(-1);
  /** When the rows of this iteration started being due (System.nanoTime). */
  private volatile long startNanos;
  private long periodNanos;

  @Setup(Level.Trial)
  public void startSession() {
    session = Session.builder().appName("row-latency").getOrCreate();
  }

  @Setup(Level.Iteration)
  public void startQuery(IterationParams params) {
    measuring = params.getType() == IterationType.MEASUREMENT;
    iteration = new Histogram(HIGHEST_TRACKABLE_NANOS, 3);
    periodNanos = TimeUnit.SECONDS.toNanos(1) / rowsPerSecond;
    visible.set(-1);
    stream = MemoryStream.of(session, "seq BIGINT");
    Dataset<Row> maxSeq = stream.toDF().agg(max("seq").alias("m"));
    if (sink.equals("memory")) {
      query = maxSeq.writeStream().queryName(TABLE).format("memory").outputMode("complete").start();
      polling = true;
      poller = new Thread(this::pollTable, "latency-poller");
      poller.setDaemon(true);
      poller.start();
    } else {
      query =
          maxSeq
              .writeStream()
              .queryName(TABLE)
              .outputMode("complete")
              .foreachBatch((batch, id) -> advance(maxOf(batch.collectAsList())))
              .start();
    }
  }

  /**
   * One iteration: add rows on schedule for {@code seconds}, then wait (at most 30 s) until the last
   * one is visible.
   */
  @Benchmark
  public long addRowsAtFixedRate() {
    long total = (long) rowsPerSecond * seconds;
    long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1);
    startNanos = start;
    for (long seq = 0; seq < total; seq += rowsPerAdd) {
      long due = start + seq * periodNanos;
      long now;
      while ((now = System.nanoTime()) < due) {
        LockSupport.parkNanos(due - now);
      }
      int n = (int) Math.min(rowsPerAdd, total - seq);
      Row[] rows = new Row[n];
      for (int i = 0; i < n; i++) {
        rows[i] = Row.of(seq + i);
      }
      stream.addData(rows);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (visible.get() < total - 1 && System.nanoTime() < deadline && query.isActive()) {
      LockSupport.parkNanos(100_000);
    }
    return visible.get();
  }

  private void pollTable() {
    while (polling) {
      List<Row> rows;
      try {
        rows = session.table(TABLE).collectAsList();
      } catch (RuntimeException e) {
        // the table appears with the first batch
        LockSupport.parkNanos(100_000);
        continue;
      }
      advance(maxOf(rows));
      // ~50 µs between reads: fine enough for a millisecond-scale histogram, and it leaves the
      // query thread a core on a 2-core machine
      LockSupport.parkNanos(POLL_PAUSE_NANOS);
    }
  }

  private static long maxOf(List<Row> rows) {
    if (rows.isEmpty() || rows.get(0).get(0) == null) {
      return -1;
    }
    return ((Number) rows.get(0).get(0)).longValue();
  }

  /** Records every row from the last visible one up to {@code seq} as arriving now. */
  private void advance(long seq) {
    long now = System.nanoTime();
    long last = visible.get();
    if (seq <= last) {
      return;
    }
    long start = startNanos;
    for (long s = last + 1; s <= seq; s++) {
      long due = start + s * periodNanos;
      iteration.recordValue(Math.max(0, Math.min(HIGHEST_TRACKABLE_NANOS, now - due)));
    }
    visible.set(seq);
  }

  @TearDown(Level.Iteration)
  public void stopQuery() throws InterruptedException {
    polling = false;
    if (poller != null) {
      poller.join();
      poller = null;
    }
    query.stop();
    session.catalog().dropTempView(TABLE);
    print((measuring ? "iteration" : "warm-up"), iteration);
    if (measuring) {
      run.add(iteration);
    }
  }

  @TearDown(Level.Trial)
  public void stopSession() {
    print("run (measurement iterations)", run);
    session.stop();
  }

  private void print(String what, Histogram h) {
    System.out.printf(
        "%nrow latency, sink=%s, %,d rows/s, %s: n=%,d p50=%.3f ms p99=%.3f ms p99.9=%.3f ms max=%.3f ms%n",
        sink,
        rowsPerSecond,
        what,
        h.getTotalCount(),
        h.getValueAtPercentile(50) / 1e6,
        h.getValueAtPercentile(99) / 1e6,
        h.getValueAtPercentile(99.9) / 1e6,
        h.getMaxValue() / 1e6);
  }
}
