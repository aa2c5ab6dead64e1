package io.sluice.differential;

import io.sluice.differential.ExprGenerator.Kind;
import io.sluice.differential.cases.ColumnSpec;
import io.sluice.differential.cases.DiffCase;
import io.sluice.differential.cases.JoinSpec;
import io.sluice.differential.cases.NamedExpr;
import io.sluice.differential.cases.QuerySpec;
import io.sluice.differential.cases.SortKey;
import io.sluice.differential.cases.TableSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random cases from one seeded {@link Random}: the same seed gives the same cases. Tables {@code
 * t0} (columns {@code a0..}) and, for joins, {@code t1} ({@code b0..}, one of them of a type of
 * {@code t0}'s with shared values so that joins match). Only what Sluice claims to support is
 * generated; {@code avoid} switches off constructs that hit a known bug (see README).
 */
final class CaseGenerator {

  static final String[] TYPES = {"int", "bigint", "double", "decimal(10,2)", "decimal(38,6)", "string", "boolean", "date", "timestamp"};
  static final String[] FORMATS = {"parquet", "orc", "csv", "json"};

  private final Random random;
  private final Set<String> avoid;
  private final String timeZone;
  private final ValueGenerator values;

  CaseGenerator(Random random, Set<String> avoid, String timeZone) {
    this.random = random;
    this.avoid = avoid;
    this.timeZone = timeZone;
    this.values = new ValueGenerator(random, !avoid.contains("extremes"));
  }

  /** New tables: {@code t0} always, {@code t1} too. */
  List<TableSpec> tables() {
    TableSpec t0 = table("t0", "a", null);
    TableSpec t1 = table("t1", "b", t0);
    return List.of(t0, t1);
  }

  private TableSpec table(String name, String prefix, TableSpec joinWith) {
    int width = 2 + random.nextInt(5);
    List<ColumnSpec> columns = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      columns.add(new ColumnSpec(prefix + i, TYPES[random.nextInt(TYPES.length)]));
    }
    int keyFrom = -1;
    if (joinWith != null) {
      keyFrom = random.nextInt(joinWith.columns().size());
      columns.set(0, new ColumnSpec(prefix + 0, joinWith.columns().get(keyFrom).type()));
    }
    int rowCount = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(random.nextBoolean() ? 8 : 40);
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < rowCount; r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        String v;
        if (random.nextInt(7) == 0) {
          v = null;
        } else if (c == 0 && keyFrom >= 0 && !joinWith.rows().isEmpty() && random.nextInt(3) != 0) {
          v = joinWith.rows().get(random.nextInt(joinWith.rows().size())).get(keyFrom);
        } else {
          v = values.value(columns.get(c).type());
        }
        row.add(v);
      }
      rows.add(row);
    }
    return new TableSpec(name, columns, rows);
  }

  DiffCase next(String id, List<TableSpec> tables) {
    String format = FORMATS[random.nextInt(FORMATS.length)];
    boolean stream = random.nextInt(4) == 0;
    String api = random.nextBoolean() && !(stream && avoid.contains("stream-sql")) ? "sql" : "dataframe";
    TableSpec t0 = tables.get(0);
    TableSpec t1 = tables.get(1);
    List<String> read = readColumns(t0, format);
    List<ColumnSpec> scope = new ArrayList<>();
    for (String n : read) {
      scope.add(column(t0, n));
    }
    JoinSpec join = null;
    if (!stream && random.nextInt(5) == 0) {
      List<String> rightRead = readColumns(t1, format);
      if (!rightRead.contains("b0")) {
        rightRead.add(0, "b0");
      }
      String leftKey = null;
      String keyType = t1.columns().get(0).type();
      for (String n : read) {
        if (column(t0, n).type().equals(keyType)) {
          leftKey = n;
        }
      }
      if (leftKey != null) {
        String[] types = {"inner", "inner", "left", "right", "full", "left_semi", "left_anti"};
        String type = types[random.nextInt(types.length)];
        if (api.equals("sql") && type.startsWith("left_")) {
          type = "inner"; // engine/SQL.md: LEFT SEMI/ANTI JOIN are not parsed yet (an explained difference)
        }
        join = new JoinSpec("t1", rightRead, type, leftKey + " = b0");
        if (join.keepsRightColumns()) {
          for (String n : rightRead) {
            scope.add(column(t1, n));
          }
        }
      }
    }
    ExprGenerator exprs = new ExprGenerator(random, scope, values, avoid);
    String filter = random.nextBoolean() ? exprs.expr(Kind.BOOLEAN, 1 + random.nextInt(3)) : null;
    List<NamedExpr> select = null;
    List<String> groupBy = null;
    List<NamedExpr> aggs = null;
    int shape = random.nextInt(20);
    if (shape < 7) {
      groupBy = new ArrayList<>();
      List<ColumnSpec> keys = new ArrayList<>(scope);
      Collections.shuffle(keys, random);
      for (int i = 0, n = random.nextInt(3); i < n && i < keys.size(); i++) {
        groupBy.add(keys.get(i).name());
      }
      aggs = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
        aggs.add(new NamedExpr(aggregate(exprs, stream), "g" + i));
      }
    } else if (shape < 17) {
      select = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
        select.add(new NamedExpr(exprs.expr(exprs.anyKind(), 1 + random.nextInt(3)), "c" + i));
      }
    }
    QuerySpec q = new QuerySpec("t0", read, join, filter, select, groupBy, aggs, false, null, null);
    if (!stream) {
      q = q.withDistinct(random.nextInt(7) == 0);
      if (random.nextInt(5) < 2) {
        List<String> out = new ArrayList<>(q.outputColumns());
        Collections.shuffle(out, random);
        boolean total = random.nextInt(3) != 0;
        List<SortKey> keys = new ArrayList<>();
        for (int i = 0, n = total ? out.size() : 1 + random.nextInt(out.size()); i < n; i++) {
          keys.add(new SortKey(out.get(i), random.nextBoolean(), random.nextBoolean()));
        }
        q = q.withOrder(keys, total && random.nextBoolean() ? Integer.valueOf(random.nextInt(12)) : null);
      }
    }
    return new DiffCase(id, format, stream ? "stream" : "batch", api, timeZone, tables, q);
  }

  private String aggregate(ExprGenerator exprs, boolean stream) {
    boolean distinct = !stream && random.nextInt(6) == 0;
    switch (random.nextInt(7)) {
      case 0:
        return "count(*)";
      case 1:
        return "count(" + (distinct ? "DISTINCT " : "") + exprs.expr(exprs.anyKind(), random.nextInt(2)) + ")";
      case 2:
        return "sum(" + (distinct ? "DISTINCT " : "") + exprs.expr(Kind.NUMBER, random.nextInt(2)) + ")";
      case 3:
        return "avg(" + exprs.expr(Kind.NUMBER, random.nextInt(2)) + ")";
      case 4:
        return "min(" + exprs.expr(exprs.anyKind(), random.nextInt(2)) + ")";
      case 5:
        return "max(" + exprs.expr(exprs.anyKind(), random.nextInt(2)) + ")";
      default:
        return "sum(" + exprs.leaf(Kind.NUMBER) + ")";
    }
  }

  /** A pruned read: a random non-empty subset of the columns in random order (all, in order, for CSV with {@code csv-pruning} avoided). */
  private List<String> readColumns(TableSpec t, String format) {
    List<String> names = new ArrayList<>();
    for (ColumnSpec c : t.columns()) {
      names.add(c.name());
    }
    if (format.equals("csv") && avoid.contains("csv-pruning")) {
      return names;
    }
    if (random.nextInt(3) == 0) {
      return names;
    }
    Collections.shuffle(names, random);
    return new ArrayList<>(names.subList(0, 1 + random.nextInt(names.size())));
  }

  private static ColumnSpec column(TableSpec t, String name) {
    for (ColumnSpec c : t.columns()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
