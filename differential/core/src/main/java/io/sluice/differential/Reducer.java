package io.sluice.differential;

import io.sluice.differential.cases.ColumnSpec;
import io.sluice.differential.cases.DiffCase;
import io.sluice.differential.cases.NamedExpr;
import io.sluice.differential.cases.QuerySpec;
import io.sluice.differential.cases.TableSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Shrinks a mismatching case to a small one that still mismatches the same way (same {@code
 * Mismatch.kind}): drops the query's parts (ORDER BY/LIMIT, DISTINCT, the filter, the join, select
 * items, aggregates, grouping keys), then rows (halves, then one at a time), then the columns the
 * query does not name. Every attempt is run on both engines over freshly written files; the number
 * of attempts is bounded.
 */
final class Reducer {

  private final Oracle oracle;
  private final Path workDir;
  private final int maxAttempts;
  private int attempts;
  private int dirs;

  Reducer(Oracle oracle, Path workDir, int maxAttempts) {
    this.oracle = oracle;
    this.workDir = workDir;
    this.maxAttempts = maxAttempts;
  }

  /** The reduced case and its outcome, and the directory holding its files. */
  record Reduced(DiffCase diffCase, Outcome outcome, Path dir) {}

  Reduced reduce(DiffCase start, Outcome outcome) throws IOException {
    attempts = 0;
    Path dir = fresh();
    oracle.write(start, dir);
    Reduced best = new Reduced(start, outcome, dir);
    String kind = outcome.mismatch().kind();
    // The query first (its attempts reuse the files), then the data (each attempt writes files).
    for (boolean progress = true; progress && attempts < maxAttempts; ) {
      progress = false;
      for (DiffCase candidate : querySimplifications(best.diffCase())) {
        Reduced r = attempt(candidate, kind, best.dir(), false);
        if (r != null) {
          best = r;
          progress = true;
          break;
        }
      }
    }
    for (boolean progress = true; progress && attempts < maxAttempts; ) {
      progress = false;
      for (DiffCase candidate : dataSimplifications(best.diffCase())) {
        Reduced r = attempt(candidate, kind, null, true);
        if (r != null) {
          best = r;
          progress = true;
          break;
        }
      }
    }
    return best;
  }

  private Reduced attempt(DiffCase candidate, String kind, Path sameFiles, boolean rewrite) throws IOException {
    if (attempts++ >= maxAttempts) {
      return null;
    }
    Path dir = sameFiles;
    if (rewrite) {
      dir = fresh();
      oracle.write(candidate, dir);
    }
    Outcome o = oracle.run(candidate, dir);
    return o.mismatch() != null && o.mismatch().kind().equals(kind) ? new Reduced(candidate, o, dir) : null;
  }

  private static List<DiffCase> querySimplifications(DiffCase c) {
    QuerySpec q = c.query();
    List<DiffCase> out = new ArrayList<>();
    if (q.orderBy() != null) {
      out.add(c.withQuery(q.withOrder(null, null)));
    }
    if (q.distinct()) {
      out.add(c.withQuery(q.withDistinct(false)));
    }
    if (q.filter() != null) {
      out.add(c.withQuery(q.withFilter(null)));
    }
    if (q.join() != null) {
      out.add(c.withQuery(q.withJoin(null)));
    }
    if (q.select() != null && q.select().size() > 1) {
      for (int i = 0; i < q.select().size(); i++) {
        List<NamedExpr> s = new ArrayList<>(q.select());
        s.remove(i);
        out.add(c.withQuery(q.withSelect(s).withOrder(null, null)));
      }
    }
    if (q.aggregates()) {
      if (q.aggs().size() > 1) {
        for (int i = 0; i < q.aggs().size(); i++) {
          List<NamedExpr> a = new ArrayList<>(q.aggs());
          a.remove(i);
          out.add(c.withQuery(q.withAggregation(q.groupBy(), a).withOrder(null, null)));
        }
      }
      for (int i = 0; q.groupBy() != null && i < q.groupBy().size(); i++) {
        List<String> k = new ArrayList<>(q.groupBy());
        k.remove(i);
        out.add(c.withQuery(q.withAggregation(k, q.aggs()).withOrder(null, null)));
      }
    }
    String text = queryText(q);
    for (int i = 0; q.read().size() > 1 && i < q.read().size(); i++) {
      if (!mentions(text, q.read().get(i))) {
        List<String> r = new ArrayList<>(q.read());
        r.remove(i);
        out.add(c.withQuery(q.withRead(r)));
      }
    }
    return out;
  }

  private static List<DiffCase> dataSimplifications(DiffCase c) {
    List<DiffCase> out = new ArrayList<>();
    QuerySpec q = c.query();
    List<TableSpec> tables = c.tables();
    if (q.join() == null && tables.size() > 1) {
      out.add(c.withTables(List.of(c.table(q.table()))));
    }
    for (int t = 0; t < tables.size(); t++) {
      List<List<String>> rows = tables.get(t).rows();
      for (int chunk = rows.size() / 2; chunk >= 1; chunk /= 2) {
        for (int from = 0; from < rows.size(); from += chunk) {
          List<List<String>> kept = new ArrayList<>(rows.subList(0, from));
          kept.addAll(rows.subList(Math.min(rows.size(), from + chunk), rows.size()));
          out.add(c.withTables(replace(tables, t, tables.get(t).withRows(kept))));
        }
      }
    }
    String text = queryText(q);
    for (int t = 0; t < tables.size(); t++) {
      List<ColumnSpec> cols = tables.get(t).columns();
      for (int i = 0; cols.size() > 1 && i < cols.size(); i++) {
        String name = cols.get(i).name();
        boolean read = q.read().contains(name) || (q.join() != null && q.join().read().contains(name));
        if (!read && !mentions(text, name)) {
          out.add(c.withTables(replace(tables, t, tables.get(t).withoutColumn(i))));
        }
      }
    }
    return out;
  }

  private static List<TableSpec> replace(List<TableSpec> tables, int index, TableSpec table) {
    List<TableSpec> out = new ArrayList<>(tables);
    out.set(index, table);
    return out;
  }

  private static String queryText(QuerySpec q) {
    return String.valueOf(q.filter()) + q.select() + q.groupBy() + q.aggs() + q.orderBy() + (q.join() == null ? "" : q.join().on());
  }

  private static boolean mentions(String text, String column) {
    return Pattern.compile("\\b" + Pattern.quote(column) + "\\b").matcher(text).find();
  }

  private Path fresh() throws IOException {
    return Files.createDirectories(workDir.resolve("reduce-" + (dirs++)));
  }
}
