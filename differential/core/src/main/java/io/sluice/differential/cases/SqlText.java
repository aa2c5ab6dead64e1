package io.sluice.differential.cases;

import java.util.ArrayList;
import java.util.List;

/** The SQL text of a {@link QuerySpec} over temp views named after its tables (already pruned to their read columns). */
public final class SqlText {

  private SqlText() {}

  public static String of(QuerySpec q) {
    StringBuilder s = new StringBuilder("SELECT ");
    if (q.distinct()) {
      s.append("DISTINCT ");
    }
    List<String> items = new ArrayList<>();
    if (q.aggregates()) {
      if (q.groupBy() != null) {
        items.addAll(q.groupBy());
      }
      for (NamedExpr a : q.aggs()) {
        items.add(a.expr() + " AS " + a.alias());
      }
    } else if (q.select() != null && !q.select().isEmpty()) {
      for (NamedExpr e : q.select()) {
        items.add(e.expr() + " AS " + e.alias());
      }
    } else {
      items.add("*");
    }
    s.append(String.join(", ", items)).append(" FROM ").append(q.table());
    if (q.join() != null) {
      s.append(' ').append(q.join().sqlKeyword()).append(' ').append(q.join().table());
      s.append(" ON ").append(q.join().on());
    }
    if (q.filter() != null) {
      s.append(" WHERE ").append(q.filter());
    }
    if (q.aggregates() && q.groupBy() != null && !q.groupBy().isEmpty()) {
      s.append(" GROUP BY ").append(String.join(", ", q.groupBy()));
    }
    if (q.orderBy() != null && !q.orderBy().isEmpty()) {
      List<String> keys = new ArrayList<>();
      for (SortKey k : q.orderBy()) {
        keys.add(k.column() + (k.descending() ? " DESC" : " ASC") + (k.nullsFirst() ? " NULLS FIRST" : " NULLS LAST"));
      }
      s.append(" ORDER BY ").append(String.join(", ", keys));
    }
    if (q.limit() != null) {
      s.append(" LIMIT ").append(q.limit());
    }
    return s.toString();
  }
}
