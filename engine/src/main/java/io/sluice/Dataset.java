package io.sluice;

import io.sluice.columnar.Batch;
import io.sluice.columnar.types.Ddl;
import io.sluice.execution.ExecContext;
import io.sluice.execution.PhysicalNode;
import io.sluice.execution.RowConverter;
import io.sluice.execution.RowFunctions;
import io.sluice.function.FilterFunction;
import io.sluice.function.ForeachFunction;
import io.sluice.function.MapFunction;
import io.sluice.plan.Aggregate;
import io.sluice.plan.Distinct;
import io.sluice.plan.Filter;
import io.sluice.plan.Join;
import io.sluice.plan.JoinType;
import io.sluice.plan.Limit;
import io.sluice.plan.LogicalPlan;
import io.sluice.plan.Project;
import io.sluice.plan.Sort;
import io.sluice.plan.SubqueryAlias;
import io.sluice.plan.Union;
import io.sluice.plan.expr.Alias;
import io.sluice.plan.expr.ColumnName;
import io.sluice.plan.expr.SortKey;
import io.sluice.plan.expr.UnresolvedExpr;
import io.sluice.sql.SqlFrontEnd;
import io.sluice.streaming.DataStreamWriter;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A lazily evaluated query, Spark's {@code Dataset}: transformations build a logical plan,
 * actions ({@link #collectAsList}, {@link #count}, {@link #show}) analyze and run it. A Dataset
 * over a streaming source runs only through {@link #writeStream()}. Immutable, thread-safe.
 *
 * @param <T> {@link Row}, or the value type of an {@link Encoder} for Datasets made by {@link
 *     #map}
 */
public class Dataset<T> {

  private final Session session;
  private final LogicalPlan plan;
  private final Encoder<T> encoder;

  Dataset(Session session, LogicalPlan plan) {
    this(session, plan, null);
  }

  Dataset(Session session, LogicalPlan plan, Encoder<T> encoder) {
    this.session = session;
    this.plan = plan;
    this.encoder = encoder;
  }

  /** For the engine's packages: a Row Dataset over a plan. */
  public static Dataset<Row> ofRows(Session session, LogicalPlan plan) {
    return new Dataset<>(session, plan);
  }

  private Dataset<Row> with(LogicalPlan newPlan) {
    return new Dataset<>(session, newPlan);
  }

  /** A Dataset of the same element type: the plan keeps this one's columns. */
  private Dataset<T> same(LogicalPlan newPlan) {
    return new Dataset<>(session, newPlan, encoder);
  }

  public Session sparkSession() {
    return session;
  }

  /** The unresolved logical plan. */
  public LogicalPlan logicalPlan() {
    return plan;
  }

  // ---- schema

  /** The result's columns, as an Arrow schema (Spark's StructType). Analyzes the plan. */
  public Schema schema() {
    return session.planner().plan(plan).schema();
  }

  /**
   * Prints the schema as a tree. As Spark does ({@code println(schema.treeString)}), the tree's
   * last line is followed by a blank line.
   */
  public void printSchema() {
    System.out.println(Ddl.treeString(schema()));
  }

  public String[] columns() {
    List<Field> fields = schema().getFields();
    String[] names = new String[fields.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = fields.get(i).getName();
    }
    return names;
  }

  /** Spark's dtypes: (name, type) pairs such as {@code ("age", "IntegerType")}, as two-element arrays. */
  public String[][] dtypes() {
    List<Field> fields = schema().getFields();
    String[][] out = new String[fields.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          new String[] {fields.get(i).getName(), Ddl.typeOf(fields.get(i)).sparkTypeString()};
    }
    return out;
  }

  public boolean isStreaming() {
    return plan.isStreaming();
  }

  /** The column {@code name} of this Dataset (checked when the query is analyzed). */
  public Column col(String name) {
    return new Column(name);
  }

  public Column apply(String name) {
    return col(name);
  }

  // ---- transformations

  public Dataset<Row> select(Column... cols) {
    List<UnresolvedExpr> list = new ArrayList<>();
    for (Column c : cols) {
      list.add(c.expr());
    }
    return with(new Project(list, plan));
  }

  public Dataset<Row> select(String col, String... cols) {
    List<UnresolvedExpr> list = new ArrayList<>();
    list.add(new Column(col).expr());
    for (String c : cols) {
      list.add(new Column(c).expr());
    }
    return with(new Project(list, plan));
  }

  /** Each argument is a SQL expression: {@code selectExpr("age", "count * 2 AS twice")}. */
  public Dataset<Row> selectExpr(String... exprs) {
    List<UnresolvedExpr> list = new ArrayList<>();
    for (String e : exprs) {
      list.add(SqlFrontEnd.parseExpression(e, session.timeZone()));
    }
    return with(new Project(list, plan));
  }

  public Dataset<T> filter(Column condition) {
    return same(new Filter(condition.expr(), plan));
  }

  /** A SQL condition: {@code filter("age > 21")}. */
  public Dataset<T> filter(String conditionExpr) {
    return same(new Filter(SqlFrontEnd.parseExpression(conditionExpr, session.timeZone()), plan));
  }

  /** Keeps the rows for which a Java function returns true (runs per row, not generated). */
  public Dataset<T> filter(FilterFunction<T> func) {
    return new Dataset<>(session, RowFunctions.filter(plan, func, encoder), encoder);
  }

  public Dataset<T> where(Column condition) {
    return filter(condition);
  }

  public Dataset<T> where(String conditionExpr) {
    return filter(conditionExpr);
  }

  /** Applies a Java function to every row; the result has one column {@code value}. */
  public <U> Dataset<U> map(MapFunction<T, U> func, Encoder<U> resultEncoder) {
    return new Dataset<>(session, RowFunctions.map(plan, func, encoder, resultEncoder), resultEncoder);
  }

  /** Adds a column, or replaces the column of that name. */
  public Dataset<Row> withColumn(String colName, Column col) {
    List<UnresolvedExpr> list = new ArrayList<>();
    boolean replaced = false;
    for (String existing : columns()) {
      if (existing.equalsIgnoreCase(colName)) {
        list.add(new Alias(col.expr(), colName));
        replaced = true;
      } else {
        list.add(quoted(existing));
      }
    }
    if (!replaced) {
      list.add(new Alias(col.expr(), colName));
    }
    return with(new Project(list, plan));
  }

  /** Renames a column; a no-op if there is no such column, as in Spark. */
  public Dataset<Row> withColumnRenamed(String existingName, String newName) {
    List<UnresolvedExpr> list = new ArrayList<>();
    boolean found = false;
    for (String existing : columns()) {
      if (existing.equalsIgnoreCase(existingName)) {
        list.add(new Alias(quoted(existing), newName));
        found = true;
      } else {
        list.add(quoted(existing));
      }
    }
    return found ? with(new Project(list, plan)) : toRows();
  }

  /** Drops columns; names that do not exist are ignored, as in Spark. */
  public Dataset<Row> drop(String... colNames) {
    List<UnresolvedExpr> list = new ArrayList<>();
    for (String existing : columns()) {
      boolean dropped = false;
      for (String d : colNames) {
        dropped |= existing.equalsIgnoreCase(d);
      }
      if (!dropped) {
        list.add(quoted(existing));
      }
    }
    return with(new Project(list, plan));
  }

  public Dataset<Row> drop(Column col) {
    if (col.expr() instanceof ColumnName) {
      return drop(((ColumnName) col.expr()).name());
    }
    return toRows();
  }

  /** Renames every column, in order. */
  public Dataset<Row> toDF(String... colNames) {
    String[] current = columns();
    if (current.length != colNames.length) {
      throw new IllegalArgumentException(
          "The number of columns doesn't match.\nOld column names ("
              + current.length
              + "): "
              + String.join(", ", current)
              + "\nNew column names ("
              + colNames.length
              + "): "
              + String.join(", ", colNames));
    }
    List<UnresolvedExpr> list = new ArrayList<>();
    for (int i = 0; i < current.length; i++) {
      list.add(new Alias(quoted(current[i]), colNames[i]));
    }
    return with(new Project(list, plan));
  }

  /** This Dataset as rows (a typed Dataset's single column is {@code value}). */
  public Dataset<Row> toDF() {
    return toRows();
  }

  private Dataset<Row> toRows() {
    return with(plan);
  }

  private static UnresolvedExpr quoted(String name) {
    return new ColumnName(List.of(name));
  }

  public RelationalGroupedDataset groupBy(Column... cols) {
    List<UnresolvedExpr> list = new ArrayList<>();
    for (Column c : cols) {
      list.add(c.expr());
    }
    return new RelationalGroupedDataset(this, list);
  }

  public RelationalGroupedDataset groupBy(String col, String... cols) {
    List<UnresolvedExpr> list = new ArrayList<>();
    list.add(new Column(col).expr());
    for (String c : cols) {
      list.add(new Column(c).expr());
    }
    return new RelationalGroupedDataset(this, list);
  }

  /** Aggregates over all rows: {@code agg(max("age"), avg("salary"))}. */
  public Dataset<Row> agg(Column expr, Column... exprs) {
    return groupBy().agg(expr, exprs);
  }

  public Dataset<T> orderBy(Column... sortExprs) {
    List<SortKey> keys = new ArrayList<>();
    for (Column c : sortExprs) {
      keys.add(c.expr() instanceof SortKey ? (SortKey) c.expr() : SortKey.of(c.expr(), true));
    }
    return same(new Sort(keys, plan));
  }

  public Dataset<T> orderBy(String sortCol, String... sortCols) {
    List<Column> cols = new ArrayList<>();
    cols.add(new Column(sortCol));
    for (String c : sortCols) {
      cols.add(new Column(c));
    }
    return orderBy(cols.toArray(new Column[0]));
  }

  public Dataset<T> sort(Column... sortExprs) {
    return orderBy(sortExprs);
  }

  public Dataset<T> sort(String sortCol, String... sortCols) {
    return orderBy(sortCol, sortCols);
  }

  public Dataset<T> limit(int n) {
    return same(new Limit(n, plan));
  }

  public Dataset<T> distinct() {
    return same(new Distinct(plan));
  }

  /** Removes duplicate rows ({@link #distinct()}). */
  public Dataset<T> dropDuplicates() {
    return distinct();
  }

  /** Rows of both, columns matched by position ({@code UNION ALL}). */
  public Dataset<T> union(Dataset<T> other) {
    return same(new Union(plan, other.plan));
  }

  public Dataset<T> unionAll(Dataset<T> other) {
    return union(other);
  }

  /** Rows of both, columns matched by name. */
  public Dataset<T> unionByName(Dataset<T> other) {
    String[] mine = columns();
    List<UnresolvedExpr> reordered = new ArrayList<>();
    for (String name : mine) {
      reordered.add(quoted(name));
    }
    return same(new Union(plan, new Project(reordered, other.plan)));
  }

  /** Names this Dataset for qualified column references ({@code a.age}). */
  public Dataset<T> as(String alias) {
    return same(new SubqueryAlias(alias, plan));
  }

  public Dataset<T> alias(String alias) {
    return as(alias);
  }

  /** Cartesian product. */
  public Dataset<Row> crossJoin(Dataset<?> right) {
    return with(new Join(plan, right.plan, JoinType.CROSS, null, List.of()));
  }

  /** Inner join; without a condition, Spark's {@code join(right)} is a cartesian product. */
  public Dataset<Row> join(Dataset<?> right) {
    return with(new Join(plan, right.plan, JoinType.INNER, null, List.of()));
  }

  public Dataset<Row> join(Dataset<?> right, String usingColumn) {
    return join(right, List.of(usingColumn), "inner");
  }

  public Dataset<Row> join(Dataset<?> right, List<String> usingColumns) {
    return join(right, usingColumns, "inner");
  }

  public Dataset<Row> join(Dataset<?> right, String[] usingColumns) {
    return join(right, Arrays.asList(usingColumns), "inner");
  }

  public Dataset<Row> join(Dataset<?> right, List<String> usingColumns, String joinType) {
    return with(
        new Join(plan, right.plan, JoinType.fromName(joinType), null, List.copyOf(usingColumns)));
  }

  public Dataset<Row> join(Dataset<?> right, Column joinExprs) {
    return join(right, joinExprs, "inner");
  }

  public Dataset<Row> join(Dataset<?> right, Column joinExprs, String joinType) {
    return with(new Join(plan, right.plan, JoinType.fromName(joinType), joinExprs.expr(), List.of()));
  }

  // ---- actions

  private void checkBatch(String action) {
    if (plan.isStreaming()) {
      throw new AnalysisException(
          "Queries with streaming sources must be executed with writeStream.start(); ("
              + action
              + ")");
    }
  }

  /** Runs the query; every row in memory. */
  @SuppressWarnings("unchecked")
  public List<T> collectAsList() {
    checkBatch("collect");
    session.checkNotStopped();
    PhysicalNode physical = session.planner().plan(plan);
    List<Row> rows;
    try (BufferAllocator allocator =
            session.rootAllocator().newChildAllocator("collect", 0, Long.MAX_VALUE);
        ExecContext context = new ExecContext(allocator, session.kernels(), session.timeZone(), session.tasks())) {
      List<Batch> batches = physical.execute(context);
      try {
        rows = RowConverter.toRows(batches, physical.schema());
      } finally {
        batches.forEach(Batch::close);
      }
    }
    if (encoder == null) {
      return (List<T>) rows;
    }
    List<T> values = new ArrayList<>(rows.size());
    for (Row r : rows) {
      values.add((T) r.get(0));
    }
    return values;
  }

  /**
   * Spark's {@code collect()}: every row as an array, {@code T[]} at run time. Its static type is
   * {@code Object} because that is what Spark's {@code Array[T]} is to Java, so ported code
   * ({@code (Row[]) ds.collect()}) compiles unchanged.
   */
  public Object collect() {
    return toArray(collectAsList());
  }

  public List<T> takeAsList(int n) {
    return limit(n).collectAsList();
  }

  /** The first {@code n} rows as a {@code T[]}, typed {@code Object} as Spark's (see {@link #collect}). */
  public Object take(int n) {
    return toArray(takeAsList(n));
  }

  /** {@link #take}. */
  public Object head(int n) {
    return take(n);
  }

  private Object toArray(List<T> values) {
    Class<?> type = encoder == null ? Row.class : encoder.clsTag();
    return values.toArray((Object[]) Array.newInstance(type, values.size()));
  }

  public T head() {
    List<T> rows = takeAsList(1);
    if (rows.isEmpty()) {
      throw new java.util.NoSuchElementException("next on empty iterator");
    }
    return rows.get(0);
  }

  public T first() {
    return head();
  }

  public boolean isEmpty() {
    return takeAsList(1).isEmpty();
  }

  public long count() {
    checkBatch("count");
    List<Row> rows = groupBy().count().collectAsList().stream().map(Row.class::cast).toList();
    return rows.get(0).getLong(0);
  }

  /** Runs a Java function on every row. */
  public void foreach(ForeachFunction<T> func) {
    for (T value : collectAsList()) {
      try {
        func.call(value);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("foreach function failed", e);
      }
    }
  }

  /**
   * Prints the first 20 rows as a table, cells truncated to 20 characters. Every overload prints
   * {@link #showString} with {@code println}, as Spark does: a whole table is followed by a blank
   * line, a cut one ends with its {@code only showing top N rows} line.
   */
  public void show() {
    show(20, true);
  }

  public void show(int numRows) {
    show(numRows, true);
  }

  public void show(boolean truncate) {
    show(20, truncate);
  }

  public void show(int numRows, boolean truncate) {
    System.out.println(showString(numRows, truncate ? 20 : 0));
  }

  public void show(int numRows, int truncate) {
    System.out.println(showString(numRows, truncate));
  }

  /** Spark's {@code showString}: the text {@link #show(int, int)} prints, before its newline. */
  public String showString(int numRows, int truncate) {
    checkBatch("show");
    Dataset<Row> rows = toRows();
    List<Row> taken = rows.limit(numRows + 1).collectAsList().stream().map(Row.class::cast).toList();
    return RowConverter.showString(schema(), taken, numRows, truncate, session.timeZone());
  }

  /** Prints the physical plan. */
  public void explain() {
    explain(false);
  }

  /** Prints {@link #explainString} with {@code println}, as Spark does. */
  public void explain(boolean extended) {
    System.out.println(explainString(extended));
  }

  /**
   * The plan text in Spark's layout: each section is {@code == Name ==}, its tree and a blank
   * line, except that the extended form ends right after the physical tree (Spark 4.2 prints
   * {@code explain()} with two blank lines after the tree, {@code explain(true)} with one).
   * Sluice has no separate analyzed or optimized logical plan, so the extended form shows the
   * parsed plan and the physical plan.
   */
  public String explainString(boolean extended) {
    String physical = session.planner().plan(plan).treeString();
    if (extended) {
      return "== Parsed Logical Plan ==\n"
          + plan.treeString()
          + "\n== Physical Plan ==\n"
          + physical;
    }
    return "== Physical Plan ==\n" + physical + "\n";
  }

  /** Registers this Dataset as a temporary view for {@link Session#sql}. */
  public void createOrReplaceTempView(String viewName) {
    session.catalog().createOrReplaceTempView(viewName, plan);
  }

  /** Registers a view; fails if one of that name exists. */
  public void createTempView(String viewName) {
    if (session.catalog().tableExists(viewName)) {
      throw new AnalysisException(
          "[TEMP_TABLE_OR_VIEW_ALREADY_EXISTS] Cannot create the temporary view `"
              + viewName
              + "` because it already exists.");
    }
    createOrReplaceTempView(viewName);
  }

  /** Starts describing a streaming query over this Dataset. */
  public DataStreamWriter<T> writeStream() {
    if (!plan.isStreaming()) {
      throw new AnalysisException("'writeStream' can be called only on streaming Dataset/DataFrame");
    }
    return new DataStreamWriter<>(this);
  }

  /** Starts describing a batch write of this Dataset. */
  public DataFrameWriter<T> write() {
    if (plan.isStreaming()) {
      throw new AnalysisException("'write' can not be called on streaming Dataset/DataFrame");
    }
    return new DataFrameWriter<>(this);
  }

  @Override
  public String toString() {
    try {
      StringBuilder s = new StringBuilder("[");
      List<Field> fields = schema().getFields();
      for (int i = 0; i < fields.size(); i++) {
        s.append(i == 0 ? "" : ", ")
            .append(fields.get(i).getName())
            .append(": ")
            .append(Ddl.typeOf(fields.get(i)).simpleString().toLowerCase(Locale.ROOT));
      }
      return s.append(']').toString();
    } catch (RuntimeException e) {
      return "Dataset[unresolved]";
    }
  }
}
