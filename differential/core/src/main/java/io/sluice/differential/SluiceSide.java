package io.sluice.differential;

import io.sluice.Column;
import io.sluice.Dataset;
import io.sluice.RelationalGroupedDataset;
import io.sluice.Row;
import io.sluice.Session;
import io.sluice.differential.cases.Answer;
import io.sluice.differential.cases.CanonicalValue;
import io.sluice.differential.cases.DiffCase;
import io.sluice.differential.cases.NamedExpr;
import io.sluice.differential.cases.QuerySpec;
import io.sluice.differential.cases.SortKey;
import io.sluice.differential.cases.SqlText;
import io.sluice.differential.cases.TableSpec;
import io.sluice.functions;
import io.sluice.streaming.StreamingQuery;
import io.sluice.streaming.Trigger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs cases on Sluice, in this JVM, through Sluice's public API only: reads each table's files
 * from {@code dataDir/<table>} with the table's schema, then interprets the {@link QuerySpec}
 * with {@code Dataset} calls or runs its SQL text over temp views; streaming cases run with
 * {@code Trigger.AvailableNow} into a memory sink whose final table is the answer.
 * Single-threaded: one case at a time.
 */
public final class SluiceSide implements AutoCloseable {

  private static final long STREAM_TIMEOUT_MS = 60_000;

  private final AtomicLong streamNames = new AtomicLong();
  private Session session;
  private String sessionZone;

  /** Sluice's answer to {@code c} over the files under {@code dataDir}; failures become error answers. */
  public Answer run(DiffCase c, Path dataDir) {
    Session s = session(c.timeZone());
    List<String> views = new ArrayList<>();
    String memoryTable = null;
    try {
      QuerySpec q = c.query();
      Dataset<Row> left = read(s, c, q.table(), q.read(), dataDir);
      Dataset<Row> right = q.join() == null ? null : read(s, c, q.join().table(), q.join().read(), dataDir);
      Dataset<Row> result;
      if (c.api().equals("sql")) {
        left.createOrReplaceTempView(q.table());
        views.add(q.table());
        if (right != null) {
          right.createOrReplaceTempView(q.join().table());
          views.add(q.join().table());
        }
        result = s.sql(SqlText.of(q));
      } else {
        result = interpret(q, left, right);
      }
      List<String> columns = List.of(result.columns());
      List<String> types = new ArrayList<>();
      for (String[] nameAndType : result.dtypes()) {
        types.add(SparkTypeNames.simpleString(nameAndType[1]));
      }
      List<Row> rows;
      if (c.streaming()) {
        memoryTable = "sluice_stream_" + streamNames.incrementAndGet();
        StreamingQuery query =
            result.writeStream()
                .format("memory")
                .queryName(memoryTable)
                .outputMode(q.aggregates() ? "complete" : "append")
                .trigger(Trigger.AvailableNow())
                .start();
        if (!query.awaitTermination(STREAM_TIMEOUT_MS)) {
          query.stop();
          return Answer.failed("timeout", "no termination in " + STREAM_TIMEOUT_MS + " ms");
        }
        rows = s.table(memoryTable).collectAsList();
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
    } catch (Throwable t) { // a Janino or Arrow failure is a finding too, not a reason to stop the run
      if (t instanceof OutOfMemoryError) {
        throw (OutOfMemoryError) t;
      }
      return Answer.failed(ErrorKinds.of(t), ErrorKinds.message(t));
    } finally {
      for (String v : views) {
        s.catalog().dropTempView(v);
      }
      if (memoryTable != null) {
        s.catalog().dropTempView(memoryTable);
      }
    }
  }

  private static Dataset<Row> read(Session s, DiffCase c, String table, List<String> columns, Path dataDir) {
    TableSpec t = c.table(table);
    String path = dataDir.resolve(table).toString();
    Dataset<Row> df =
        c.streaming()
            ? s.readStream().format(c.format()).schema(t.ddl()).options(DiffCase.readOptions(c.format())).load(path)
            : s.read().format(c.format()).schema(t.ddl()).options(DiffCase.readOptions(c.format())).load(path);
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
      Column[] rest = java.util.Arrays.copyOfRange(aggs, 1, aggs.length);
      if (q.groupBy() == null || q.groupBy().isEmpty()) {
        df = df.agg(aggs[0], rest);
      } else {
        Column[] keys = new Column[q.groupBy().size()];
        for (int i = 0; i < keys.length; i++) {
          keys[i] = functions.col(q.groupBy().get(i));
        }
        RelationalGroupedDataset g = df.groupBy(keys);
        df = g.agg(aggs[0], rest);
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

  private Session session(String zone) {
    if (session != null && !zone.equals(sessionZone)) {
      session.stop();
      session = null;
    }
    if (session == null) {
      session =
          Session.builder()
              .appName("differential")
              .master("local[1]")
              .config("sluice.sql.session.timeZone", zone)
              .config("sluice.sql.ansi.enabled", "true")
              .getOrCreate();
      sessionZone = zone;
    }
    return session;
  }

  @Override
  public void close() {
    if (session != null) {
      session.stop();
      session = null;
    }
  }
}
