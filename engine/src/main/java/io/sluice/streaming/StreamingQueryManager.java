package io.sluice.streaming;

import io.sluice.AnalysisException;
import io.sluice.Session;
import io.sluice.execution.PhysicalNode;
import io.sluice.execution.streaming.ListenerBus;
import io.sluice.execution.streaming.MicroBatchExecution;
import io.sluice.execution.streaming.QueryLifecycle;
import io.sluice.execution.streaming.Source;
import io.sluice.execution.streaming.StreamSourceProvider;
import io.sluice.execution.streaming.sinks.MemoryTable;
import io.sluice.execution.streaming.sinks.Sink;
import io.sluice.plan.LogicalPlan;
import io.sluice.plan.StreamingRelation;
import io.sluice.plan.TableScan;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The session's streaming queries, Spark's {@code StreamingQueryManager}: starts them, lists the
 * active ones, waits for any to end, and holds the listeners. Thread-safe.
 */
public final class StreamingQueryManager {

  private final Session session;
  private final Object lock = new Object();
  private final Map<UUID, MicroBatchExecution> active = new LinkedHashMap<>();
  private final Map<String, MemoryTable> memoryTables = new LinkedHashMap<>();
  private final List<MemoryTable> retiredTables = new ArrayList<>();
  private final ListenerBus bus = new ListenerBus();
  private MicroBatchExecution lastTerminated;

  public StreamingQueryManager(Session session) {
    this.session = session;
  }

  /** The queries running now. */
  public StreamingQuery[] active() {
    synchronized (lock) {
      return active.values().toArray(new StreamingQuery[0]);
    }
  }

  /** The active query with this id, or null. */
  public StreamingQuery get(UUID id) {
    synchronized (lock) {
      return active.get(id);
    }
  }

  public StreamingQuery get(String id) {
    return get(UUID.fromString(id));
  }

  /**
   * Waits until any query ends (any since the manager was created or {@link #resetTerminated()}
   * was last called); throws that query's failure.
   */
  public void awaitAnyTermination() {
    awaitAnyTerminationInternal(Long.MAX_VALUE);
  }

  /** As {@link #awaitAnyTermination()}, for at most {@code timeoutMs}; true if a query ended. */
  public boolean awaitAnyTermination(long timeoutMs) {
    if (timeoutMs <= 0) {
      throw new IllegalArgumentException("Timeout has to be positive: " + timeoutMs);
    }
    return awaitAnyTerminationInternal(timeoutMs);
  }

  private boolean awaitAnyTerminationInternal(long timeoutMs) {
    long deadline =
        timeoutMs == Long.MAX_VALUE ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    MicroBatchExecution ended;
    synchronized (lock) {
      while (lastTerminated == null) {
        long remainingMs =
            deadline == Long.MAX_VALUE ? 0 : TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (deadline != Long.MAX_VALUE && remainingMs <= 0) {
          return false;
        }
        try {
          lock.wait(remainingMs);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for a query to end", e);
        }
      }
      ended = lastTerminated;
    }
    ended.exception().ifPresent(e -> {
      throw e;
    });
    return true;
  }

  /** Forgets the queries that ended, so {@link #awaitAnyTermination()} waits for a new one. */
  public void resetTerminated() {
    synchronized (lock) {
      lastTerminated = null;
    }
  }

  public void addListener(StreamingQueryListener listener) {
    bus.addListener(listener);
  }

  public void removeListener(StreamingQueryListener listener) {
    bus.removeListener(listener);
  }

  /** Spark's {@code listListeners()}. */
  public StreamingQueryListener[] listListeners() {
    return bus.listeners().toArray(new StreamingQueryListener[0]);
  }

  /**
   * Stops every active query. When the session is stopping ({@code Session.stop()} calls this),
   * also frees the memory sinks' tables and ends the listener thread.
   */
  public void stopAll() {
    for (StreamingQuery q : active()) {
      q.stop();
    }
    if (session.isStopped()) {
      synchronized (lock) {
        for (MemoryTable t : memoryTables.values()) {
          session.catalog().dropTempView(t.name());
          retire(t);
        }
        memoryTables.clear();
        for (MemoryTable t : retiredTables) {
          t.closeAllocator();
        }
        retiredTables.clear();
      }
      bus.close();
    }
  }

  /** Frees a table's rows now and its allocator once no scan can use it (at the latest, session stop). */
  private void retire(MemoryTable table) {
    table.close();
    try {
      table.closeAllocator();
    } catch (IllegalStateException stillScanned) {
      retiredTables.add(table);
    }
  }

  // ---------------------------------------------------------------- starting (DataStreamWriter)

  /** What DataStreamWriter decided; the manager starts it. */
  record QueryRequest(
      String name,
      LogicalPlan plan,
      OutputMode mode,
      Trigger trigger,
      Function<SinkContext, Sink> sinkFactory) {}

  /** What a sink factory may use: the session, the result's schema, the plan's memory table helper. */
  final class SinkContext {
    private final String queryName;
    private final Schema schema;
    private MemoryTable createdTable;

    private SinkContext(String queryName, Schema schema) {
      this.queryName = queryName;
      this.schema = schema;
    }

    Session session() {
      return session;
    }

    Schema schema() {
      return schema;
    }

    /** Creates the memory table the query's name will refer to once the query starts. */
    MemoryTable createMemoryTable() {
      BufferAllocator tableAllocator =
          session.tablesAllocator().newChildAllocator("memory table " + queryName, 0, Long.MAX_VALUE);
      createdTable = new MemoryTable(queryName, schema, tableAllocator);
      return createdTable;
    }
  }

  StreamingQuery start(QueryRequest request) {
    if (session.isStopped()) {
      throw new IllegalStateException("Cannot start a query on a stopped Session");
    }
    long planningStart = System.nanoTime();
    PhysicalNode physical = session.planner().plan(request.plan());
    long planningMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - planningStart);
    MicroBatchExecution query = register(request, physical, planningMs);
    // Outside the lock: listeners receive onQueryStarted before start() returns, and may call
    // back into this manager.
    query.start();
    return query;
  }

  private MicroBatchExecution register(QueryRequest request, PhysicalNode physical, long planningMs) {
    synchronized (lock) {
      if (request.name() != null) {
        for (MicroBatchExecution q : active.values()) {
          if (request.name().equalsIgnoreCase(q.name())) {
            throw new IllegalArgumentException(
                "Cannot start query with name "
                    + request.name()
                    + " as a query with that name is already active in this SparkSession");
          }
        }
      }
      Map<StreamingRelation, Source> sources = new LinkedHashMap<>();
      BufferAllocator queryAllocator = null;
      SinkContext sinkContext = new SinkContext(request.name(), physical.schema());
      Sink sink = null;
      try {
        for (StreamingRelation leaf : streamingLeaves(request.plan())) {
          if (!(leaf.source() instanceof StreamSourceProvider)) {
            throw new AnalysisException("Unsupported streaming source: " + leaf.source().description());
          }
          sources.put(leaf, ((StreamSourceProvider) leaf.source()).createSource(session));
        }
        UUID id = UUID.randomUUID();
        queryAllocator =
            session.rootAllocator().newChildAllocator("query " + (request.name() == null ? id : request.name()), 0, Long.MAX_VALUE);
        sink = request.sinkFactory().apply(sinkContext);
        MicroBatchExecution query =
            new MicroBatchExecution(
                session, id, request.name(), request.plan(), physical, sources, sink,
                request.mode(), request.trigger(), queryAllocator, planningMs, lifecycle);
        if (sinkContext.createdTable != null) {
          publishMemoryTable(sinkContext.createdTable);
        }
        active.put(id, query);
        return query;
      } catch (RuntimeException | Error e) {
        sources.values().forEach(Source::close);
        if (sink != null) {
          sink.close();
        }
        if (sinkContext.createdTable != null && !memoryTables.containsValue(sinkContext.createdTable)) {
          retire(sinkContext.createdTable);
        }
        if (queryAllocator != null) {
          queryAllocator.close();
        }
        throw e;
      }
    }
  }

  /** Registers the table as a view under the query name, replacing (and freeing) an older one. */
  private void publishMemoryTable(MemoryTable table) {
    String key = table.name().toLowerCase(Locale.ROOT);
    session.catalog().createOrReplaceTempView(table.name(), new TableScan(table));
    MemoryTable previous = memoryTables.put(key, table);
    if (previous != null) {
      retire(previous);
    }
  }

  /** The plan's streaming leaves, each once, in plan order. */
  private static List<StreamingRelation> streamingLeaves(LogicalPlan plan) {
    Map<StreamingRelation, Boolean> seen = new IdentityHashMap<>();
    List<StreamingRelation> out = new ArrayList<>();
    collect(plan, seen, out);
    return out;
  }

  private static void collect(LogicalPlan node, Map<StreamingRelation, Boolean> seen, List<StreamingRelation> out) {
    if (node instanceof StreamingRelation && seen.put((StreamingRelation) node, Boolean.TRUE) == null) {
      out.add((StreamingRelation) node);
    }
    for (LogicalPlan child : node.children()) {
      collect(child, seen, out);
    }
  }

  private final QueryLifecycle lifecycle =
      new QueryLifecycle() {
        @Override
        public void post(StreamingQueryListener.Event event) {
          if (event instanceof StreamingQueryListener.QueryStartedEvent) {
            bus.postAndWait(event);
          } else {
            bus.post(event);
          }
        }

        @Override
        public void terminated(MicroBatchExecution query) {
          synchronized (lock) {
            active.remove(query.id());
            lastTerminated = query;
            lock.notifyAll();
          }
        }
      };
}
