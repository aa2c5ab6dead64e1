package io.sluice;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.kernel.Kernels;
import io.sluice.columnar.types.Ddl;
import io.sluice.execution.LocalTable;
import io.sluice.execution.QueryPlanner;
import io.sluice.analysis.StreamingViews;
import io.sluice.sql.ConfigStatement;
import io.sluice.sql.ParsedQuery;
import io.sluice.plan.LogicalPlan;
import io.sluice.plan.TableScan;
import io.sluice.plan.UnresolvedRelation;
import io.sluice.sql.SqlFrontEnd;
import io.sluice.sql.SqlParserOptions;
import io.sluice.streaming.DataStreamReader;
import io.sluice.streaming.StreamingQueryManager;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The entry point, Spark's {@code SparkSession}: reads data, runs SQL, starts streaming queries.
 * One Arrow {@link RootAllocator} per session owns every byte its queries allocate; {@link #stop()}
 * stops the session's streaming queries and releases it. Thread-safe.
 */
public final class Session implements AutoCloseable {

  private static final AtomicReference<Session> ACTIVE = new AtomicReference<>();

  private final String appName;
  private final int parallelism;
  private final RuntimeConfig conf;
  private final Catalog catalog = new Catalog();
  private final RootAllocator rootAllocator;
  private final BufferAllocator tablesAllocator;
  private final QueryPlanner planner;
  private final StreamingQueryManager streams;
  private final io.sluice.execution.Tasks tasks;
  private final java.util.Deque<AutoCloseable> resources = new java.util.concurrent.ConcurrentLinkedDeque<>();
  private volatile boolean stopped;

  private Session(String appName, int parallelism, Map<String, String> conf) {
    this.appName = appName;
    this.parallelism = parallelism;
    this.conf = new RuntimeConfig(conf);
    this.rootAllocator = new RootAllocator(Long.MAX_VALUE);
    this.tablesAllocator = rootAllocator.newChildAllocator("tables", 0, Long.MAX_VALUE);
    this.planner = new QueryPlanner(this);
    this.tasks = io.sluice.execution.Tasks.create(appName, parallelism);
    this.streams = new StreamingQueryManager(this);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The session {@code getOrCreate()} last returned that is not stopped, or null. */
  public static Session active() {
    Session s = ACTIVE.get();
    return s == null || s.stopped ? null : s;
  }

  public String appName() {
    return appName;
  }

  /** Worker threads ({@code local[N]}). */
  public int parallelism() {
    return parallelism;
  }

  public RuntimeConfig conf() {
    return conf;
  }

  public Catalog catalog() {
    return catalog;
  }

  /** Readers of batch data: {@code read().parquet(path)}. */
  public DataFrameReader read() {
    checkNotStopped();
    return new DataFrameReader(this);
  }

  /** Readers of streams: {@code readStream().schema(s).parquet(path)}. */
  public DataStreamReader readStream() {
    checkNotStopped();
    return new DataStreamReader(this);
  }

  /** The session's streaming queries. */
  public StreamingQueryManager streams() {
    return streams;
  }

  /**
   * Runs a SQL query over the session's temporary views; lazily, like every Dataset. {@code SET}
   * and {@code RESET} (configuration) run at once, as Spark's commands do.
   */
  public Dataset<Row> sql(String sqlText) {
    checkNotStopped();
    ConfigStatement config = ConfigStatement.parse(sqlText);
    if (config != null) {
      return createDataFrame(ConfigCommands.run(config, conf), ConfigCommands.SCHEMA);
    }
    ParsedQuery parsed = SqlFrontEnd.parse(sqlText, timeZone(), parserOptions());
    LogicalPlan plan = StreamingViews.inline(parsed.plan(), catalog);
    Dataset<Row> ds = new Dataset<>(this, plan);
    ds.schema(); // analysis errors surface here, as in Spark
    for (LogicalPlan unused : parsed.unusedCtes()) {
      planner.plan(StreamingViews.inline(unused, catalog)); // Spark analyzes unused CTEs too
    }
    return ds;
  }

  /** The temporary view {@code name}. */
  public Dataset<Row> table(String name) {
    checkNotStopped();
    Dataset<Row> ds =
        new Dataset<>(
            this,
            StreamingViews.inline(
                new UnresolvedRelation(io.sluice.plan.expr.ColumnName.parse(name).parts(), 0, 0), catalog));
    ds.schema();
    return ds;
  }

  /** A Dataset over rows held in memory; values have the Java types {@link Row} documents. */
  public Dataset<Row> createDataFrame(List<Row> rows, Schema schema) {
    checkNotStopped();
    LocalTable table = LocalTable.fromRows("LocalRelation", schema, rows, tablesAllocator);
    registerResource(table);
    return new Dataset<>(this, new TableScan(table));
  }

  /** {@link #createDataFrame(List, Schema)} with a DDL schema: {@code "age STRING, n INT"}. */
  public Dataset<Row> createDataFrame(List<Row> rows, String ddlSchema) {
    return createDataFrame(rows, Ddl.parseSchema(ddlSchema));
  }

  /**
   * One BIGINT column {@code id} with {@code start <= id < end}; a {@code Dataset<Long>} as in
   * Spark ({@code toDF()} for rows).
   */
  public Dataset<Long> range(long start, long end) {
    checkNotStopped();
    LocalTable table = LocalTable.range(start, end, tablesAllocator);
    registerResource(table);
    return new Dataset<>(this, new TableScan(table), Encoders.LONG());
  }

  public Dataset<Long> range(long end) {
    return range(0, end);
  }

  /** Stops every streaming query of the session and frees its memory. */
  public void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    ACTIVE.compareAndSet(this, null);
    streams.stopAll();
    catalog.listTables().forEach(catalog::dropTempView);
    AutoCloseable resource;
    while ((resource = resources.pollLast()) != null) {
      try {
        resource.close();
      } catch (Exception e) {
        org.slf4j.LoggerFactory.getLogger(Session.class).warn("closing {} failed", resource, e);
      }
    }
    tasks.close();
    tablesAllocator.close();
    rootAllocator.close();
  }

  @Override
  public void close() {
    stop();
  }

  public boolean isStopped() {
    return stopped;
  }

  // ---- for the engine's own packages (streaming runtime, sinks); not a user API

  /** The session's root allocator; queries take child allocators from it. */
  public BufferAllocator rootAllocator() {
    return rootAllocator;
  }

  /** Long-lived allocator for in-memory tables (createDataFrame, memory sinks). */
  public BufferAllocator tablesAllocator() {
    return tablesAllocator;
  }

  /** Closes {@code resource} (an in-memory table, say) when the session stops. */
  public void registerResource(AutoCloseable resource) {
    resources.add(resource);
  }

  /** The worker threads of {@code local[N]}, where queries run their parallel tasks. */
  public io.sluice.execution.Tasks tasks() {
    return tasks;
  }

  public QueryPlanner planner() {
    return planner;
  }

  public ZoneId timeZone() {
    return ZoneId.of(conf.get(RuntimeConfig.SESSION_TIME_ZONE, ZoneId.systemDefault().getId()));
  }

  /**
   * Spark's parser configurations, read now: double-quoted identifiers take effect with ANSI mode
   * on, as in Spark.
   */
  SqlParserOptions parserOptions() {
    boolean ansi = Boolean.parseBoolean(conf.get(RuntimeConfig.ANSI_ENABLED, "true"));
    return new SqlParserOptions(
        ansi && Boolean.parseBoolean(conf.get(RuntimeConfig.DOUBLE_QUOTED_IDENTIFIERS, "false")),
        Boolean.parseBoolean(conf.get(RuntimeConfig.CONSECUTIVE_STRING_LITERALS, "false")),
        conf.get(RuntimeConfig.CTE_PRECEDENCE_POLICY, "CORRECTED").trim().equalsIgnoreCase("EXCEPTION"));
  }

  /** Kernels under the session's ANSI, time zone and decimal settings, read now (when a query is planned). */
  public Kernels kernels() {
    EvalOptions options =
        EvalOptions.of(
                Boolean.parseBoolean(conf.get(RuntimeConfig.ANSI_ENABLED, "true")), timeZone())
            .withDecimalPrecisionLoss(
                Boolean.parseBoolean(conf.get(RuntimeConfig.DECIMAL_PRECISION_LOSS, "true")));
    return Boolean.parseBoolean(conf.get(RuntimeConfig.CODEGEN_INTERPRETED, "false"))
        ? Kernels.interpreted(options)
        : Kernels.compiled(options);
  }

  void checkNotStopped() {
    if (stopped) {
      throw new IllegalStateException("Cannot call methods on a stopped Session");
    }
  }

  /** Spark's {@code SparkSession.Builder}. */
  public static final class Builder {
    private String appName = "sluice";
    private String master = "local[*]";
    private final Map<String, String> conf = new LinkedHashMap<>();

    private Builder() {}

    public Builder appName(String name) {
      this.appName = name;
      return this;
    }

    /** {@code local}, {@code local[N]} or {@code local[*]}. */
    public Builder master(String master) {
      parallelismOf(master);
      this.master = master;
      return this;
    }

    /** Refuses a value Sluice does not implement, as {@link RuntimeConfig#set} does. */
    public Builder config(String key, String value) {
      ConfigSupport.check(key, value);
      conf.put(key, value);
      return this;
    }

    public Builder config(String key, long value) {
      return config(key, Long.toString(value));
    }

    public Builder config(String key, boolean value) {
      return config(key, Boolean.toString(value));
    }

    public Builder config(String key, double value) {
      return config(key, Double.toString(value));
    }

    /** Spark's no-op for a Hive catalog; accepted so ported code compiles. */
    public Builder enableHiveSupport() {
      return this;
    }

    /**
     * The active session if there is one (its configuration updated with this builder's, as in
     * Spark), else a new one that becomes active.
     */
    public Session getOrCreate() {
      synchronized (ACTIVE) {
        Session existing = active();
        if (existing != null) {
          conf.forEach(existing.conf::set);
          return existing;
        }
        Session created = new Session(appName, parallelismOf(master), conf);
        ACTIVE.set(created);
        return created;
      }
    }

    static int parallelismOf(String master) {
      String m = master.trim();
      if (m.equals("local")) {
        return 1;
      }
      if (m.startsWith("local[") && m.endsWith("]")) {
        String n = m.substring("local[".length(), m.length() - 1).trim();
        if (n.equals("*")) {
          return Runtime.getRuntime().availableProcessors();
        }
        try {
          int threads = Integer.parseInt(n);
          if (threads > 0) {
            return threads;
          }
        } catch (NumberFormatException e) {
          // fall through to the error below
        }
      }
      throw new IllegalArgumentException(
          "Could not parse Master URL: '"
              + master
              + "' (Sluice runs in-process: use local, local[N] or local[*])");
    }
  }
}
