package io.sluice.differential.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * A query both engines run, as data. Applied in this order: read {@code table} and keep the
 * columns {@code read} (a pruned read: any subset, any order); {@code join}; {@code filter};
 * either {@code groupBy}/{@code aggs} or {@code select} (neither: all columns); {@code distinct};
 * {@code orderBy} over output columns; {@code limit}. Each engine's interpreter turns it into
 * calls of its own Java API ({@code selectExpr}, {@code filter(String)}, {@code groupBy().agg},
 * {@code join}, {@code orderBy}, {@code limit}, {@code distinct}), and {@link SqlText} into SQL.
 */
public record QuerySpec(
    String table,
    List<String> read,
    JoinSpec join,
    String filter,
    List<NamedExpr> select,
    List<String> groupBy,
    List<NamedExpr> aggs,
    boolean distinct,
    List<SortKey> orderBy,
    Integer limit) {

  public boolean aggregates() {
    return aggs != null && !aggs.isEmpty();
  }

  /** The names of the output columns, in order. */
  public List<String> outputColumns() {
    List<String> out = new ArrayList<>();
    if (aggregates()) {
      out.addAll(groupBy == null ? List.of() : groupBy);
      for (NamedExpr a : aggs) {
        out.add(a.alias());
      }
    } else if (select != null && !select.isEmpty()) {
      for (NamedExpr s : select) {
        out.add(s.alias());
      }
    } else {
      out.addAll(read);
      if (join != null && join.keepsRightColumns()) {
        out.addAll(join.read());
      }
    }
    return out;
  }

  /** True when the ORDER BY covers every output column, so the row order is determined. */
  public boolean totallyOrdered() {
    if (orderBy == null || orderBy.isEmpty()) {
      return false;
    }
    List<String> keys = new ArrayList<>();
    for (SortKey k : orderBy) {
      keys.add(k.column());
    }
    return keys.containsAll(outputColumns());
  }

  public QuerySpec withRead(List<String> r) {
    return new QuerySpec(table, r, join, filter, select, groupBy, aggs, distinct, orderBy, limit);
  }

  public QuerySpec withJoin(JoinSpec j) {
    return new QuerySpec(table, read, j, filter, select, groupBy, aggs, distinct, orderBy, limit);
  }

  public QuerySpec withFilter(String f) {
    return new QuerySpec(table, read, join, f, select, groupBy, aggs, distinct, orderBy, limit);
  }

  public QuerySpec withSelect(List<NamedExpr> s) {
    return new QuerySpec(table, read, join, filter, s, groupBy, aggs, distinct, orderBy, limit);
  }

  public QuerySpec withAggregation(List<String> keys, List<NamedExpr> a) {
    return new QuerySpec(table, read, join, filter, select, keys, a, distinct, orderBy, limit);
  }

  public QuerySpec withDistinct(boolean d) {
    return new QuerySpec(table, read, join, filter, select, groupBy, aggs, d, orderBy, limit);
  }

  public QuerySpec withOrder(List<SortKey> o, Integer l) {
    return new QuerySpec(table, read, join, filter, select, groupBy, aggs, distinct, o, l);
  }
}
