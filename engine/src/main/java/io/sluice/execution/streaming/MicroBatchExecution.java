package io.sluice.execution.streaming;

import io.sluice.Session;
import io.sluice.columnar.Batch;
import io.sluice.execution.AggregateEmit;
import io.sluice.execution.ExecContext;
import io.sluice.execution.PhysicalNode;
import io.sluice.execution.StateStoreMetrics;
import io.sluice.execution.streaming.sinks.Sink;
import io.sluice.plan.LogicalPlan;
import io.sluice.plan.StreamingRelation;
import io.sluice.streaming.OutputMode;
import io.sluice.streaming.StateOperatorProgress;
import io.sluice.streaming.StreamingQuery;
import io.sluice.streaming.StreamingQueryException;
import io.sluice.streaming.StreamingQueryListener;
import io.sluice.streaming.StreamingQueryProgress;
import io.sluice.streaming.StreamingQueryStatus;
import io.sluice.streaming.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;

/**
 * A streaming query that runs as micro-batches on its own daemon thread, Spark's {@code
 * MicroBatchExecution}. Thread-safe as a {@link StreamingQuery} handle; the batch loop runs on
 * the query thread only.
 *
 * <p>The offset/commit protocol (Spark's, see engine/STREAMING.md), per trigger:
 *
 * <pre>
 * FOR EACH source: end[s] = source.latestOffset(committed[s], limit)
 * IF no source has end[s] != committed[s]:
 *     no batch runs (Spark skips empty batches); Once and AvailableNow stop here
 * ELSE:
 *     offsetLog.add(batchId, end)                      -- "walCommit": before any row is read
 *     FOR EACH source: input[s] = source.getBatch(committed[s], end[s])
 *     result = plan.execute(input)                     -- state kept in the ExecContext
 *     sink.addBatch(batchId, result)                   -- idempotent by batchId
 *     commitLog.add(batchId)                           -- the batch is done
 *     FOR EACH source: source.commit(end[s]); committed[s] = end[s]
 *     batchId = batchId + 1
 * ON RESTART (once the logs are durable):
 *     IF offsetLog.latest() has no commit: re-run it with exactly its offsets
 *     ELSE: continue after it
 * </pre>
 */
public final class MicroBatchExecution implements StreamingQuery {

  /** How long an idle query waits for a data signal before polling its sources again. */
  static final long IDLE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  private enum State {
    INITIALIZING,
    ACTIVE,
    TERMINATED
  }

  private final Session session;
  private final UUID id;
  private final UUID runId = UUID.randomUUID();
  private final String name;
  private final LogicalPlan logicalPlan;
  private final PhysicalNode physicalPlan;
  private final Map<StreamingRelation, Source> sources;
  private final Sink sink;
  private final OutputMode outputMode;
  private final Trigger trigger;
  private final BufferAllocator allocator;
  private final QueryLifecycle lifecycle;
  private final OffsetSeqLog offsetLog;
  private final CommitLog commitLog;
  private final ProgressReporter progress;
  private final DataArrival wakeUp = new DataArrival();
  private final CountDownLatch terminated = new CountDownLatch(1);
  private final Thread thread;

  private volatile State state = State.INITIALIZING;
  private volatile boolean stopRequested;
  private volatile StreamingQueryException failure;
  private volatile StreamingQueryStatus status =
      new StreamingQueryStatus("Initializing sources", false, false);

  /** Sequence of "is there new data?" checks, for processAllAvailable. */
  private final Object checks = new Object();
  private long checksStarted;
  private long lastCheckWithoutData = -1;

  // query thread only
  private final Map<Source, Offset> committed = new LinkedHashMap<>();
  private long batchId;
  private boolean firstBatch = true;
  private final long queryPlanningMs;

  /**
   * @param sources the plan's streaming leaves and the sources started for them, in plan order
   * @param allocator this query's child allocator; the query closes it when it ends
   * @param queryPlanningMs time {@code start()} spent planning, reported with the first batch
   */
  public MicroBatchExecution(
      Session session,
      UUID id,
      String name,
      LogicalPlan logicalPlan,
      PhysicalNode physicalPlan,
      Map<StreamingRelation, Source> sources,
      Sink sink,
      OutputMode outputMode,
      Trigger trigger,
      BufferAllocator allocator,
      long queryPlanningMs,
      QueryLifecycle lifecycle) {
    this.session = session;
    this.id = id;
    this.name = name;
    this.logicalPlan = logicalPlan;
    this.physicalPlan = physicalPlan;
    this.sources = new LinkedHashMap<>(sources);
    this.sink = sink;
    this.outputMode = outputMode;
    this.trigger = trigger;
    this.allocator = allocator;
    this.lifecycle = lifecycle;
    this.queryPlanningMs = queryPlanningMs;
    int retain =
        Integer.parseInt(
            session.conf().get(io.sluice.RuntimeConfig.STREAMING_MIN_BATCHES_TO_RETAIN, "100"));
    this.offsetLog = new OffsetSeqLog(retain);
    this.commitLog = new CommitLog(retain);
    this.progress = new ProgressReporter(id, runId, name);
    for (Source s : this.sources.values()) {
      committed.put(s, null);
    }
    tellSourcesTheirColumns(physicalPlan);
    this.thread = new Thread(this::runStream, "stream execution thread for " + prettyId());
    this.thread.setDaemon(true);
  }

  /** Sources that can read fewer columns read only those their scans use. */
  private void tellSourcesTheirColumns(PhysicalNode node) {
    if (node instanceof io.sluice.execution.StreamScanExec) {
      io.sluice.execution.StreamScanExec scan = (io.sluice.execution.StreamScanExec) node;
      Source source = sources.get(scan.relation());
      if (source != null) {
        source.readOnly(scan.readSchema());
      }
    }
    for (PhysicalNode child : node.children()) {
      tellSourcesTheirColumns(child);
    }
  }

  /** Spark's prettyIdString: {@code name [id = ..., runId = ...]}. */
  private String prettyId() {
    return (name == null ? "" : name + " ") + "[id = " + id + ", runId = " + runId + "]";
  }

  /** Starts the query thread; the started event is delivered to listeners first, as in Spark. */
  public void start() {
    lifecycle.post(
        new StreamingQueryListener.QueryStartedEvent(
            id, runId, name, ProgressReporter.timestamp(System.currentTimeMillis())));
    state = State.ACTIVE;
    thread.start();
  }

  // ---------------------------------------------------------------- the query thread

  private void runStream() {
    ExecContext context = null;
    try {
      context = new ExecContext(allocator, session.kernels(), session.timeZone(), session.tasks());
      context.setAggregateEmit(
          outputMode == OutputMode.Complete() ? AggregateEmit.ALL : AggregateEmit.UPDATED);
      for (Source s : sources.values()) {
        s.wakeOnDataArrival(wakeUp);
        if (trigger.kind() == Trigger.Kind.AVAILABLE_NOW) {
          s.prepareForTriggerAvailableNow();
        }
      }
      runTriggers(context);
    } catch (Throwable t) {
      if (!(stopRequested && isInterruption(t))) {
        // The cause is the error itself (not its wrapper), as Spark's StreamingQueryException.
        Throwable cause = t instanceof BatchFailedException ? t.getCause() : t;
        String batch =
            t instanceof BatchFailedException
                ? " (in batch " + ((BatchFailedException) t).batchId + ")"
                : "";
        failure =
            new StreamingQueryException(
                "Query " + prettyId() + " terminated with exception" + batch + ": "
                    + cause.getMessage(),
                cause,
                debugString());
      }
    } finally {
      finish(context);
    }
  }

  private static boolean isInterruption(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InterruptedException) {
        return true;
      }
    }
    return false;
  }

  private void runTriggers(ExecContext context) throws InterruptedException {
    long interval = trigger.kind() == Trigger.Kind.PROCESSING_TIME ? trigger.intervalMs() : 0;
    while (!stopRequested) {
      long triggerStart = System.currentTimeMillis();
      long signalsBefore = wakeUp.signals();
      status = new StreamingQueryStatus("Waiting for next trigger", status.isDataAvailable(), true);
      boolean ran = runOneTrigger(context);
      if (trigger.kind() == Trigger.Kind.ONCE
          || (trigger.kind() == Trigger.Kind.AVAILABLE_NOW && !ran)) {
        return;
      }
      if (interval > 0) {
        waitForNextInterval(triggerStart, interval);
      } else if (!ran) {
        // default trigger (and ProcessingTime(0)): wait for data, bounded so file sources are polled
        wakeUp.awaitAfter(signalsBefore, IDLE_POLL_NANOS);
      }
    }
  }

  /** Spark's ProcessingTimeExecutor: the next multiple of the interval; missed ones are skipped. */
  private void waitForNextInterval(long triggerStartMs, long intervalMs) throws InterruptedException {
    long now = System.currentTimeMillis();
    long next = (Math.max(now, triggerStartMs) / intervalMs + 1) * intervalMs;
    while (!stopRequested) {
      long signals = wakeUp.signals();
      long remainingMs = next - System.currentTimeMillis();
      if (remainingMs <= 0) {
        return;
      }
      // data signals wake the wait too; only the stop flag ends it early
      wakeUp.awaitAfter(signals, TimeUnit.MILLISECONDS.toNanos(remainingMs));
    }
  }

  /** Runs one trigger; true if a micro-batch ran. */
  private boolean runOneTrigger(ExecContext context) {
    progress.startTrigger();
    long check;
    synchronized (checks) {
      check = ++checksStarted;
    }
    ReadLimit limit = trigger.kind() == Trigger.Kind.ONCE ? ReadLimit.ALL_AVAILABLE : ReadLimit.SOURCE_DEFAULT;
    long t0 = System.nanoTime();
    Map<Source, Offset> ends = new LinkedHashMap<>();
    Map<Source, Offset> latest = new LinkedHashMap<>();
    boolean hasNewData = false;
    for (Source s : sources.values()) {
      Offset start = committed.get(s);
      Offset end = s.latestOffset(start, limit);
      ends.put(s, end);
      latest.put(s, s.reportLatestOffset());
      hasNewData |= end != null && !end.equals(start);
    }
    progress.recordPhase("latestOffset", t0);
    if (!hasNewData) {
      progress.finishTriggerWithoutData();
      status = new StreamingQueryStatus("Waiting for data to arrive", false, false);
      synchronized (checks) {
        lastCheckWithoutData = check;
        checks.notifyAll();
      }
      return false;
    }
    status = new StreamingQueryStatus("Processing new data", true, true);

    long t1 = System.nanoTime();
    offsetLog.add(new OffsetSeq(batchId, new ArrayList<>(ends.values())));
    progress.recordPhase("walCommit", t1);

    if (firstBatch) {
      // planned once at start(); the phase is reported on the first batch, as Spark does
      progress.recordDuration("queryPlanning", queryPlanningMs);
      firstBatch = false;
    }

    long t2 = System.nanoTime();
    // Sources that can hand over deferred pieces (files) do: the plan reads them a piece at a time
    // on its workers; their rows are counted as they are read and reported after the batch.
    List<java.util.concurrent.atomic.AtomicLong> rowCounts = new ArrayList<>();
    for (Map.Entry<StreamingRelation, Source> e : sources.entrySet()) {
      Source s = e.getValue();
      Offset start = committed.get(s);
      Offset end = ends.get(s);
      java.util.concurrent.atomic.AtomicLong rows = new java.util.concurrent.atomic.AtomicLong();
      rowCounts.add(rows);
      boolean hasRows = end != null && !end.equals(start);
      List<io.sluice.execution.BatchSplit> splits = hasRows ? s.getSplits(start, end) : null;
      if (splits != null) {
        List<io.sluice.execution.BatchSplit> counted = new ArrayList<>(splits.size());
        for (io.sluice.execution.BatchSplit split : splits) {
          counted.add(
              alloc -> {
                List<Batch> read = split.read(alloc);
                for (Batch b : read) {
                  rows.addAndGet(b.rowCount());
                }
                return read;
              });
        }
        context.setStreamSplits(e.getKey(), counted);
      } else {
        List<Batch> input = hasRows ? s.getBatch(start, end, allocator) : new ArrayList<>();
        for (Batch b : input) {
          rows.addAndGet(b.rowCount());
        }
        context.setStreamInput(e.getKey(), input);
      }
    }
    progress.recordPhase("getBatch", t2);

    long t3 = System.nanoTime();
    List<Batch> result;
    try {
      result = physicalPlan.execute(context);
    } catch (RuntimeException e) {
      // An error in a batch (an ANSI overflow, a malformed cast) stops the query before the sink
      // and the commit log see the batch: a restart re-runs it from its offset-log entry.
      throw new BatchFailedException(batchId, e);
    }
    long outputRows = sink.addBatch(batchId, result, physicalPlan.schema());
    progress.recordPhase("addBatch", t3);

    List<ProgressReporter.SourceNumbers> numbers = new ArrayList<>();
    int index = 0;
    for (Source s : sources.values()) {
      numbers.add(
          new ProgressReporter.SourceNumbers(
              s.description(), committed.get(s), ends.get(s), latest.get(s), rowCounts.get(index++).get()));
    }

    long t4 = System.nanoTime();
    commitLog.add(batchId);
    for (Source s : sources.values()) {
      Offset end = ends.get(s);
      if (end != null) {
        s.commit(end);
      }
      committed.put(s, end);
    }
    progress.recordPhase("commitOffsets", t4);

    StreamingQueryProgress p =
        progress.finishTrigger(batchId, numbers, stateOperators(context), sink.description(), outputRows);
    lifecycle.post(new StreamingQueryListener.QueryProgressEvent(p));
    batchId++;
    status = new StreamingQueryStatus("Waiting for next trigger", false, false);
    return true;
  }

  private StateOperatorProgress[] stateOperators(ExecContext context) {
    List<StateOperatorProgress> out = new ArrayList<>();
    collectStateOperators(physicalPlan, context, out);
    return out.toArray(new StateOperatorProgress[0]);
  }

  private void collectStateOperators(PhysicalNode node, ExecContext context, List<StateOperatorProgress> out) {
    if (node.isStateful()) {
      Object state = context.hasState(node) ? context.state(node, () -> null) : null;
      if (state instanceof StateStoreMetrics) {
        StateStoreMetrics m = (StateStoreMetrics) state;
        out.add(new StateOperatorProgress("stateStoreSave", m.numRowsTotal(), m.numRowsUpdated(), m.memoryUsedBytes()));
      } else {
        out.add(new StateOperatorProgress("stateStoreSave", -1, -1, allocator.getAllocatedMemory()));
      }
    }
    for (PhysicalNode child : node.children()) {
      collectStateOperators(child, context, out);
    }
  }

  /** Frees everything the run held, in ownership order, then reports the end. */
  private void finish(ExecContext context) {
    List<Throwable> cleanupErrors = new ArrayList<>();
    for (Source s : sources.values()) {
      closeQuietly(s, cleanupErrors);
    }
    closeQuietly(sink, cleanupErrors);
    if (context != null) {
      closeQuietly(context, cleanupErrors);
    }
    closeQuietly(allocator, cleanupErrors);
    if (failure == null && !cleanupErrors.isEmpty()) {
      Throwable first = cleanupErrors.get(0);
      failure =
          new StreamingQueryException(
              "Query " + prettyId() + " failed to release its resources: " + first.getMessage(),
              first,
              debugString());
    }
    status = new StreamingQueryStatus("Stopped", false, false);
    state = State.TERMINATED;
    lifecycle.terminated(this);
    lifecycle.post(
        new StreamingQueryListener.QueryTerminatedEvent(
            id, runId, failure == null ? null : failure.getMessage()));
    synchronized (checks) {
      checks.notifyAll();
    }
    terminated.countDown();
  }

  private static void closeQuietly(AutoCloseable c, List<Throwable> errors) {
    try {
      c.close();
    } catch (Throwable t) {
      errors.add(t);
    }
  }

  private String debugString() {
    return "=== Streaming Query ===\nIdentifier: "
        + prettyId()
        + "\nCurrent Committed Offsets: "
        + committed.values()
        + "\nOutput Mode: "
        + outputMode
        + "\nSink: "
        + sink.description()
        + "\n\nLogical Plan:\n"
        + logicalPlan.treeString();
  }

  // ---------------------------------------------------------------- the handle

  @Override
  public UUID id() {
    return id;
  }

  @Override
  public UUID runId() {
    return runId;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Session sparkSession() {
    return session;
  }

  /** The sink; for the query manager (memory tables). */
  public Sink sink() {
    return sink;
  }

  @Override
  public boolean isActive() {
    return state != State.TERMINATED;
  }

  @Override
  public void awaitTermination() {
    try {
      terminated.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + prettyId(), e);
    }
    throwFailure();
  }

  @Override
  public boolean awaitTermination(long timeoutMs) {
    if (timeoutMs <= 0) {
      throw new IllegalArgumentException("Timeout has to be positive: " + timeoutMs);
    }
    boolean done;
    try {
      done = terminated.await(timeoutMs, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + prettyId(), e);
    }
    if (done) {
      throwFailure();
    }
    return done;
  }

  private void throwFailure() {
    StreamingQueryException f = failure;
    if (f != null) {
      throw f;
    }
  }

  @Override
  public void processAllAvailable() {
    if (Thread.currentThread() == thread) {
      throw new IllegalStateException(
          "Cannot call processAllAvailable in the query's own thread (e.g. in foreachBatch)");
    }
    synchronized (checks) {
      // A check that starts after this call sees every row added before it.
      long wanted = checksStarted + 1;
      wakeUp.signal();
      while (lastCheckWithoutData < wanted && isActive()) {
        try {
          checks.wait(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for " + prettyId(), e);
        }
      }
    }
    throwFailure();
  }

  @Override
  public void stop() {
    stopRequested = true;
    wakeUp.signal();
    if (Thread.currentThread() == thread || state == State.INITIALIZING) {
      return; // stopping from foreachBatch: the loop ends after the batch
    }
    try {
      // A running batch finishes (so no half-written sink output); then the thread ends.
      if (!terminated.await(30, TimeUnit.SECONDS)) {
        thread.interrupt();
        terminated.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public Optional<StreamingQueryException> exception() {
    return Optional.ofNullable(failure);
  }

  @Override
  public StreamingQueryStatus status() {
    return status;
  }

  @Override
  public StreamingQueryProgress lastProgress() {
    return progress.last();
  }

  @Override
  public StreamingQueryProgress[] recentProgress() {
    return progress.recent();
  }

  @Override
  public void explain() {
    explain(false);
  }

  @Override
  public void explain(boolean extended) {
    System.out.println(explainString(extended));
  }

  /**
   * The plan text in the layout of {@code Dataset.explainString}, which Spark's streaming explain
   * shares ({@code QueryExecution.simpleString} ends its tree with a blank line; the extended form
   * ends right after the physical tree); {@link #explain} prints it with {@code println}.
   */
  public String explainString(boolean extended) {
    StringBuilder out = new StringBuilder();
    if (extended) {
      out.append("== Parsed Logical Plan ==\n").append(logicalPlan.treeString()).append('\n');
    }
    out.append("== Physical Plan ==\n").append(physicalPlan.treeString());
    if (!extended) {
      out.append('\n');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "StreamingQuery " + prettyId();
  }

  /** An error raised while a micro-batch was computed, with the batch's id. */
  private static final class BatchFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long batchId;

    BatchFailedException(long batchId, RuntimeException cause) {
      super(cause);
      this.batchId = batchId;
    }
  }
}
