package io.sluice.analysis;

import io.sluice.Catalog;
import io.sluice.plan.Aggregate;
import io.sluice.plan.Distinct;
import io.sluice.plan.Filter;
import io.sluice.plan.Join;
import io.sluice.plan.Limit;
import io.sluice.plan.LogicalPlan;
import io.sluice.plan.Project;
import io.sluice.plan.RowFunction;
import io.sluice.plan.Sort;
import io.sluice.plan.SubqueryAlias;
import io.sluice.plan.Union;
import io.sluice.plan.UnresolvedRelation;
import java.util.List;

/**
 * Puts the plans of temporary views over streaming sources in place of their names, as Spark's
 * analyzer does when {@code spark.sql(...)} is called: a query over a streaming view is itself
 * streaming ({@code isStreaming()}, {@code writeStream()}, streaming aggregation), which a plan
 * that only names the view cannot tell. Views over batch data stay names, resolved when the query
 * is analyzed. Stateless.
 */
public final class StreamingViews {

  /** Views that name views: deeper than this is a cycle. */
  private static final int MAX_DEPTH = 64;

  private StreamingViews() {}

  /** The plan with each streaming view it names replaced by {@code SubqueryAlias(name, view)}. */
  public static LogicalPlan inline(LogicalPlan plan, Catalog catalog) {
    return inline(plan, catalog, 0);
  }

  private static LogicalPlan inline(LogicalPlan plan, Catalog catalog, int depth) {
    if (depth > MAX_DEPTH) {
      return plan;
    }
    if (plan instanceof UnresolvedRelation) {
      UnresolvedRelation r = (UnresolvedRelation) plan;
      LogicalPlan view = catalog.lookupView(r.name());
      if (view == null) {
        return plan;
      }
      LogicalPlan expanded = inline(view, catalog, depth + 1);
      if (!expanded.isStreaming()) {
        return plan;
      }
      List<String> parts = r.nameParts();
      return new SubqueryAlias(parts.get(parts.size() - 1), expanded);
    }
    if (plan instanceof Project) {
      Project p = (Project) plan;
      LogicalPlan c = inline(p.child(), catalog, depth);
      return c == p.child() ? p : new Project(p.list(), c);
    }
    if (plan instanceof Filter) {
      Filter f = (Filter) plan;
      LogicalPlan c = inline(f.child(), catalog, depth);
      return c == f.child() ? f : new Filter(f.condition(), c);
    }
    if (plan instanceof Aggregate) {
      Aggregate a = (Aggregate) plan;
      LogicalPlan c = inline(a.child(), catalog, depth);
      return c == a.child() ? a : new Aggregate(a.groupings(), a.outputs(), a.having(), c);
    }
    if (plan instanceof Distinct) {
      Distinct d = (Distinct) plan;
      LogicalPlan c = inline(d.child(), catalog, depth);
      return c == d.child() ? d : new Distinct(c);
    }
    if (plan instanceof Sort) {
      Sort s = (Sort) plan;
      LogicalPlan c = inline(s.child(), catalog, depth);
      return c == s.child() ? s : new Sort(s.keys(), c);
    }
    if (plan instanceof Limit) {
      Limit l = (Limit) plan;
      LogicalPlan c = inline(l.child(), catalog, depth);
      return c == l.child() ? l : new Limit(l.limit(), c);
    }
    if (plan instanceof SubqueryAlias) {
      SubqueryAlias s = (SubqueryAlias) plan;
      LogicalPlan c = inline(s.child(), catalog, depth);
      return c == s.child() ? s : new SubqueryAlias(s.alias(), s.columnNames(), c);
    }
    if (plan instanceof Union) {
      Union u = (Union) plan;
      LogicalPlan l = inline(u.left(), catalog, depth);
      LogicalPlan r = inline(u.right(), catalog, depth);
      return l == u.left() && r == u.right() ? u : new Union(l, r);
    }
    if (plan instanceof Join) {
      Join j = (Join) plan;
      LogicalPlan l = inline(j.left(), catalog, depth);
      LogicalPlan r = inline(j.right(), catalog, depth);
      return l == j.left() && r == j.right()
          ? j
          : new Join(l, r, j.type(), j.condition(), j.usingColumns(), j.natural());
    }
    if (plan instanceof RowFunction) {
      RowFunction f = (RowFunction) plan;
      LogicalPlan c = inline(f.child(), catalog, depth);
      return c == f.child()
          ? f
          : new RowFunction(f.kind(), f.function(), f.inputEncoder(), f.outputEncoder(), c);
    }
    return plan; // leaves: tables, streaming relations, OneRowRelation
  }
}
