package io.sluice.differential.spark;

import io.sluice.differential.cases.Answer;
import io.sluice.differential.cases.CanonicalValue;
import io.sluice.differential.cases.DiffCase;
import io.sluice.differential.cases.NamedExpr;
import io.sluice.differential.cases.QuerySpec;
import io.sluice.differential.cases.SortKey;
import io.sluice.differential.cases.SqlText;
import io.sluice.differential.cases.TableSpec;
import io.sluice.differential.cases.ValueText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.streaming.StreamingQuery;
import org.apache.spark.sql.streaming.Trigger;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark's side: writes a case's tables as files and runs the case through Spark's own Java API,
 * the same interpretation of the {@link QuerySpec} as Sluice's side, call for call. ANSI on, the
 * java.time API on (so dates and timestamps come back as {@code LocalDate} and {@code Instant}),
 * the case's session time zone. Single-threaded.
 */
final class SparkSide implements AutoCloseable {

  private static final long STREAM_TIMEOUT_MS = 120_000;

  private final SparkSession spark;
  private final AtomicLong streamNames = new AtomicLong();

  SparkSide() {
    spark =
        SparkSession.builder()
            .appName("differential")
            .master("local[1]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.ansi.enabled", "true")
            .config("spark.sql.datetime.java8API.enabled", "true")
            .config("spark.sql.shuffle.partitions", "1")
            // Tiny inputs: interpreted expressions and no adaptive re-planning answer the same, sooner.
            .config("spark.sql.codegen.wholeStage", "false")
            .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
            .config("spark.sql.adaptive.enabled", "false")
            .config("spark.sql.streaming.forceDeleteTempCheckpointLocation", "true")
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
  }

  /** Writes each table as one file of the case's format under {@code dir/<table>}; null when done. */
  Object write(DiffCase c, String dir) {
    spark.conf().set("spark.sql.session.timeZone", c.timeZone());
    for (TableSpec t : c.tables()) {
      List<Row> rows = new ArrayList<>();
      for (List<String> text : t.rows()) {
        Object[] values = new Object[text.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = ValueText.parse(t.columns().get(i).type(), text.get(i));
        }
        rows.add(RowFactory.create(values));
      }
      spark.createDataFrame(rows, StructType.fromDDL(t.ddl()))
          .coalesce(1)
          .write()
          .mode("overwrite")
          .format(c.format())
          .options(DiffCase.readOptions(c.format()))
          .save(Path.of(dir, t.name()).toString());
    }
    return null;
  }

  Answer run(DiffCase c, String dir) {
    spark.conf().set("spark.sql.session.timeZone", c.timeZone());
    QuerySpec q = c.query();
    List<String> views = new ArrayList<>();
    try {
      Dataset<Row> left = read(c, q.table(), q.read(), dir);
      Dataset<Row> right = q.join() == null ? null : read(c, q.join().table(), q.join().read(), dir);
      Dataset<Row> result;
      if (c.api().equals("sql")) {
        left.createOrReplaceTempView(q.table());
        views.add(q.table());
        if (right != null) {
          right.createOrReplaceTempView(q.join().table());
          views.add(q.join().table());
        }
        result = spark.sql(SqlText.of(q));
      } else {
        result = interpret(q, left, right);
      }
      List<String> columns = Arrays.asList(result.columns());
      List<String> types = new ArrayList<>();
      for (StructField f : result.schema().fields()) {
        types.add(f.dataType().simpleString());
      }
      List<Row> rows;
      if (c.streaming()) {
        String table = "spark_stream_" + streamNames.incrementAndGet();
        StreamingQuery query =
            result.writeStream()
                .format("memory")
                .queryName(table)
                .outputMode(q.aggregates() ? "complete" : "append")
                .trigger(Trigger.AvailableNow())
                .start();
        if (!query.awaitTermination(STREAM_TIMEOUT_MS)) {
          query.stop();
          return Answer.failed("timeout", "no termination in " + STREAM_TIMEOUT_MS + " ms");
        }
        rows = spark.table(table).collectAsList();
        spark.catalog().dropTempView(table);
      } else {
        rows = result.collectAsList();
      }
      List<List<String>> rendered = new ArrayList<>(rows.size());
      for (Row row : rows) {
        List<String> r = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
          r.add(CanonicalValue.render(row.get(i)));
        }
        rendered.add(r);
      }
      return new Answer(columns, types, rendered, null, null);
    } catch (Throwable t) {
      if (t instanceof OutOfMemoryError) {
        throw (OutOfMemoryError) t;
      }
      return Answer.failed(kind(t), message(t));
    } finally {
      for (String v : views) {
        spark.catalog().dropTempView(v);
      }
    }
  }

  private Dataset<Row> read(DiffCase c, String table, List<String> columns, String dir) {
    TableSpec t = c.table(table);
    String path = Path.of(dir, table).toString();
    Map<String, String> options = DiffCase.readOptions(c.format());
    Dataset<Row> df =
        c.streaming()
            ? spark.readStream().format(c.format()).schema(t.ddl()).options(options).load(path)
            : spark.read().format(c.format()).schema(t.ddl()).options(options).load(path);
    return df.select(columns.get(0), columns.subList(1, columns.size()).toArray(new String[0]));
  }

  private static Dataset<Row> interpret(QuerySpec q, Dataset<Row> left, Dataset<Row> right) {
    Dataset<Row> df = left;
    if (right != null) {
      df = df.join(right, functions.expr(q.join().on()), q.join().type());
    }
    if (q.filter() != null) {
      df = df.filter(q.filter());
    }
    if (q.aggregates()) {
      Column[] aggs = new Column[q.aggs().size()];
      for (int i = 0; i < aggs.length; i++) {
        NamedExpr a = q.aggs().get(i);
        aggs[i] = functions.expr(a.expr()).alias(a.alias());
      }
      Column[] rest = Arrays.copyOfRange(aggs, 1, aggs.length);
      if (q.groupBy() == null || q.groupBy().isEmpty()) {
        df = df.agg(aggs[0], rest);
      } else {
        Column[] keys = new Column[q.groupBy().size()];
        for (int i = 0; i < keys.length; i++) {
          keys[i] = functions.col(q.groupBy().get(i));
        }
        df = df.groupBy(keys).agg(aggs[0], rest);
      }
    } else if (q.select() != null && !q.select().isEmpty()) {
      String[] exprs = new String[q.select().size()];
      for (int i = 0; i < exprs.length; i++) {
        exprs[i] = q.select().get(i).expr() + " AS " + q.select().get(i).alias();
      }
      df = df.selectExpr(exprs);
    }
    if (q.distinct()) {
      df = df.distinct();
    }
    if (q.orderBy() != null && !q.orderBy().isEmpty()) {
      Column[] keys = new Column[q.orderBy().size()];
      for (int i = 0; i < keys.length; i++) {
        SortKey k = q.orderBy().get(i);
        Column c = functions.col(k.column());
        keys[i] =
            k.descending()
                ? (k.nullsFirst() ? c.desc_nulls_first() : c.desc_nulls_last())
                : (k.nullsFirst() ? c.asc_nulls_first() : c.asc_nulls_last());
      }
      df = df.orderBy(keys);
    }
    if (q.limit() != null) {
      df = df.limit(q.limit());
    }
    return df;
  }

  /** Sorts Spark's failure by its error condition into the kinds Sluice's side uses (ErrorKinds there). */
  static String kind(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SparkThrowable st && st.getCondition() != null) {
        String c = st.getCondition();
        if (c.startsWith("CAST_INVALID_INPUT") || c.startsWith("CAST_OVERFLOW")) {
          return "cast";
        }
        if (c.contains("ARITHMETIC_OVERFLOW") || c.startsWith("DIVIDE_BY_ZERO") || c.startsWith("REMAINDER_BY_ZERO")
            || c.startsWith("NUMERIC_VALUE_OUT_OF_RANGE") || c.startsWith("INTERVAL_DIVIDED_BY_ZERO")) {
          return "arithmetic";
        }
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof AnalysisException) {
        return "analysis";
      }
    }
    return "runtime";
  }

  private static String message(Throwable failure) {
    Throwable t = failure;
    for (Throwable x = failure; x != null; x = x.getCause()) {
      if (x instanceof SparkThrowable st && st.getCondition() != null && !st.getCondition().startsWith("FAILED")) {
        t = x;
      }
    }
    String m = t.getClass().getSimpleName() + ": " + t.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  @Override
  public void close() {
    spark.stop();
  }

}
