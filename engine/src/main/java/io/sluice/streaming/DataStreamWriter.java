package io.sluice.streaming;

import io.sluice.AnalysisException;
import io.sluice.Dataset;
import io.sluice.ForeachWriter;
import io.sluice.Row;
import io.sluice.execution.streaming.UnsupportedOperationChecker;
import io.sluice.execution.streaming.sinks.ConsoleSink;
import io.sluice.execution.streaming.sinks.ForeachBatchSink;
import io.sluice.execution.streaming.sinks.ForeachWriterSink;
import io.sluice.execution.streaming.sinks.MemorySink;
import io.sluice.execution.streaming.sinks.Sink;
import io.sluice.function.VoidFunction2;
import io.sluice.plan.Aggregate;
import io.sluice.plan.LogicalPlan;
import io.sluice.plan.expr.Alias;
import io.sluice.plan.expr.ColumnName;
import io.sluice.plan.expr.UnresolvedExpr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Describes where and how a streaming Dataset is written, Spark's {@code DataStreamWriter}; {@link
 * #start()} starts the query. Sinks: {@code memory}, {@code console}, {@link #foreachBatch}, {@link
 * #foreach}. Not thread-safe (a builder).
 */
public final class DataStreamWriter<T> {

  private final Dataset<T> dataset;
  private String queryName;
  private String format;
  private OutputMode outputMode = OutputMode.Append();
  private Trigger trigger = Trigger.defaultTrigger();
  private final Map<String, String> options = new LinkedHashMap<>();
  private VoidFunction2<Dataset<Row>, Long> foreachBatch;
  private ForeachWriter<Row> foreachWriter;
  private List<String> partitionColumns = List.of();

  public DataStreamWriter(Dataset<T> dataset) {
    this.dataset = dataset;
  }

  /** The query's name: also the memory sink's table name. */
  public DataStreamWriter<T> queryName(String queryName) {
    this.queryName = queryName;
    return this;
  }

  public DataStreamWriter<T> format(String source) {
    this.format = source.trim().toLowerCase(Locale.ROOT);
    return this;
  }

  /** {@code "append"} (default), {@code "complete"} or {@code "update"}. */
  public DataStreamWriter<T> outputMode(String outputMode) {
    this.outputMode = OutputMode.fromString(outputMode);
    return this;
  }

  public DataStreamWriter<T> outputMode(OutputMode outputMode) {
    this.outputMode = outputMode;
    return this;
  }

  public DataStreamWriter<T> trigger(Trigger trigger) {
    if (trigger == null) {
      throw new IllegalArgumentException("Trigger cannot be null");
    }
    this.trigger = trigger;
    return this;
  }

  public DataStreamWriter<T> option(String key, String value) {
    options.put(key, value);
    return this;
  }

  public DataStreamWriter<T> option(String key, long value) {
    return option(key, Long.toString(value));
  }

  public DataStreamWriter<T> option(String key, double value) {
    return option(key, Double.toString(value));
  }

  public DataStreamWriter<T> option(String key, boolean value) {
    return option(key, Boolean.toString(value));
  }

  public DataStreamWriter<T> options(Map<String, String> options) {
    this.options.putAll(options);
    return this;
  }

  /** Accepted for the file sink, which is not supported yet: {@link #start()} refuses it. */
  public DataStreamWriter<T> partitionBy(String... colNames) {
    this.partitionColumns = List.of(colNames);
    return this;
  }

  /** Calls {@code function(batchResult, batchId)} for each micro-batch, on the query's thread. */
  public DataStreamWriter<T> foreachBatch(VoidFunction2<Dataset<Row>, Long> function) {
    this.foreachBatch = function;
    this.format = "foreachbatch";
    return this;
  }

  /** Hands each row of each micro-batch to {@code writer}. */
  @SuppressWarnings("unchecked")
  public DataStreamWriter<T> foreach(ForeachWriter<T> writer) {
    this.foreachWriter = (ForeachWriter<Row>) writer;
    this.format = "foreach";
    return this;
  }

  /** Starts a query that writes to the file sink at {@code path} (not supported yet). */
  public StreamingQuery start(String path) {
    options.put("path", path);
    return start();
  }

  /** Checks the query as Spark does, starts it, and returns its handle. */
  public StreamingQuery start() {
    if (trigger.kind() == Trigger.Kind.CONTINUOUS) {
      throw new UnsupportedOperationException(
          "Continuous processing is not supported yet: use the default trigger, "
              + "Trigger.ProcessingTime, Trigger.Once or Trigger.AvailableNow");
    }
    if (!partitionColumns.isEmpty()) {
      throw new UnsupportedOperationException(
          "partitionBy is not supported yet: it applies to the file sink, which is a later issue");
    }
    String sinkFormat = format == null ? "parquet" : format;
    LogicalPlan plan = dataset.logicalPlan();
    Function<StreamingQueryManager.SinkContext, Sink> sinkFactory = sinkFactory(sinkFormat, plan);
    UnsupportedOperationChecker.checkForStreaming(plan, outputMode);
    return dataset
        .sparkSession()
        .streams()
        .start(new StreamingQueryManager.QueryRequest(queryName, plan, outputMode, trigger, sinkFactory));
  }

  private Function<StreamingQueryManager.SinkContext, Sink> sinkFactory(String sinkFormat, LogicalPlan plan) {
    switch (sinkFormat) {
      case "memory":
        if (queryName == null) {
          throw new AnalysisException("queryName must be specified for memory sink");
        }
        OutputMode mode = outputMode;
        // Sluice's extension: option("upsert", "true") keeps each key's latest row in update mode.
        if (Boolean.parseBoolean(options.getOrDefault("upsert", "false").trim())) {
          return ctx ->
              MemorySink.upserting(ctx.createMemoryTable(), mode, updateKeyColumns(plan, ctx.schema()));
        }
        return ctx -> MemorySink.appending(ctx.createMemoryTable(), mode);
      case "console":
        int numRows = Integer.parseInt(options.getOrDefault("numRows", "20").trim());
        boolean truncate = Boolean.parseBoolean(options.getOrDefault("truncate", "true").trim());
        return ctx -> new ConsoleSink(numRows, truncate, ctx.session().timeZone(), null);
      case "foreachbatch":
        VoidFunction2<Dataset<Row>, Long> function = foreachBatch;
        return ctx -> new ForeachBatchSink(ctx.session(), function);
      case "foreach":
        ForeachWriter<Row> writer = foreachWriter;
        return ctx -> new ForeachWriterSink(writer);
      case "parquet":
      case "orc":
      case "csv":
      case "json":
      case "text":
        throw new UnsupportedOperationException(
            "The file sink (format \"" + sinkFormat + "\") is not supported yet (a later issue); "
                + "use memory, console, foreachBatch or foreach");
      case "kafka":
        throw new UnsupportedOperationException("The kafka sink is not supported yet (a later issue)");
      default:
        throw new AnalysisException(
            "[DATA_SOURCE_NOT_FOUND] Failed to find the data source: " + sinkFormat + ".");
    }
  }

  /**
   * Output columns that are the streaming aggregation's grouping columns, by name: the key by
   * which the memory sink upserts in update mode with {@code option("upsert", "true")}. Empty (the
   * whole row) without an aggregation.
   */
  static int[] updateKeyColumns(LogicalPlan plan, Schema schema) {
    Aggregate aggregate = findAggregate(plan);
    if (aggregate == null) {
      return new int[0];
    }
    List<Field> fields = schema.getFields();
    List<Integer> keys = new ArrayList<>();
    for (UnresolvedExpr g : aggregate.groupings()) {
      String name = outputName(g);
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).getName().equalsIgnoreCase(name) && !keys.contains(i)) {
          keys.add(i);
          break;
        }
      }
    }
    return keys.stream().mapToInt(Integer::intValue).toArray();
  }

  private static String outputName(UnresolvedExpr e) {
    if (e instanceof Alias) {
      return ((Alias) e).name();
    }
    if (e instanceof ColumnName) {
      List<String> parts = ((ColumnName) e).parts();
      return parts.get(parts.size() - 1);
    }
    return e.sql();
  }

  private static Aggregate findAggregate(LogicalPlan node) {
    if (node instanceof Aggregate) {
      return (Aggregate) node;
    }
    for (LogicalPlan child : node.children()) {
      Aggregate a = findAggregate(child);
      if (a != null) {
        return a;
      }
    }
    return null;
  }
}
