package io.sluice.analysis;

import io.sluice.plan.Aggregate;
import io.sluice.plan.Distinct;
import io.sluice.plan.Filter;
import io.sluice.plan.Join;
import io.sluice.plan.LogicalPlan;
import io.sluice.plan.Project;
import io.sluice.plan.RowFunction;
import io.sluice.plan.Sort;
import io.sluice.plan.SubqueryAlias;
import io.sluice.plan.Union;
import io.sluice.plan.expr.ColumnName;
import io.sluice.plan.expr.FunctionCall;
import io.sluice.plan.expr.Star;
import io.sluice.plan.expr.UnresolvedExpr;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The column names a query reads, so file scans can read only those columns (the seed's
 * {@code groupBy("age").count()} reads one column of twelve). Conservative: any construct that
 * needs every column of its input ({@code *}, {@code DISTINCT}, a union, a Java function, a plan
 * node it does not know) means "all columns" ({@code null}).
 */
final class RequiredColumns {
  private RequiredColumns() {}

  /**
   * Lower-case names of the leaf columns a whole query needs, or null for all: a query whose
   * output passes its leaves' columns through (no select list or aggregation on top) needs them all.
   */
  static Set<String> of(LogicalPlan plan) {
    return definesOutputs(plan) ? referenced(plan) : null;
  }

  /** Lower-case names the plan's expressions mention, or null when it may need every column. */
  static Set<String> referenced(LogicalPlan plan) {
    Set<String> names = new HashSet<>();
    return collect(plan, names) ? names : null;
  }

  /** True if a select list or an aggregation decides the plan's output columns. */
  private static boolean definesOutputs(LogicalPlan p) {
    if (p instanceof Project || p instanceof Aggregate) {
      return true;
    }
    if (p instanceof Filter || p instanceof Sort || p instanceof io.sluice.plan.Limit
        || p instanceof io.sluice.plan.SubqueryAlias) {
      return definesOutputs(p.children().get(0));
    }
    return false;
  }

  /** The union of two results; null (all columns) wins. */
  static Set<String> union(Set<String> a, Set<String> b) {
    if (a == null || b == null) {
      return null;
    }
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return out;
  }

  private static boolean collect(LogicalPlan p, Set<String> names) {
    if (p instanceof Distinct || p instanceof Union || p instanceof RowFunction) {
      return false;
    }
    // NATURAL JOIN's keys and the columns behind FROM t AS a(x, y) are known by name only later.
    if (p instanceof Join && ((Join) p).natural()
        || p instanceof SubqueryAlias && !((SubqueryAlias) p).columnNames().isEmpty()) {
      return false;
    }
    boolean ok = true;
    if (p instanceof Project) {
      ok = exprs(((Project) p).list(), names);
    } else if (p instanceof Filter) {
      ok = expr(((Filter) p).condition(), names);
    } else if (p instanceof Aggregate) {
      Aggregate a = (Aggregate) p;
      ok = exprs(a.groupings(), names) && exprs(a.outputs(), names)
          && (a.having() == null || expr(a.having(), names));
    } else if (p instanceof Sort) {
      ok = exprs(((Sort) p).keys(), names);
    } else if (p instanceof Join) {
      Join j = (Join) p;
      for (String using : j.usingColumns()) {
        names.add(using.toLowerCase(Locale.ROOT));
      }
      ok = j.condition() == null || expr(j.condition(), names);
    } else if (!readsNoExpressions(p)) {
      return false; // a node this class does not know may read any column: read them all
    }
    if (!ok) {
      return false;
    }
    for (LogicalPlan child : p.children()) {
      if (!collect(child, names)) {
        return false;
      }
    }
    return true;
  }

  /** Nodes that read no column themselves: leaves and pass-throughs. */
  private static boolean readsNoExpressions(LogicalPlan p) {
    return p instanceof io.sluice.plan.Limit
        || p instanceof io.sluice.plan.SubqueryAlias
        || p instanceof io.sluice.plan.TableScan
        || p instanceof io.sluice.plan.StreamingRelation
        || p instanceof io.sluice.plan.OneRowRelation
        || p instanceof io.sluice.plan.UnresolvedRelation;
  }

  private static boolean exprs(List<? extends UnresolvedExpr> list, Set<String> names) {
    for (UnresolvedExpr e : list) {
      if (!expr(e, names)) {
        return false;
      }
    }
    return true;
  }

  private static boolean expr(UnresolvedExpr e, Set<String> names) {
    if (e instanceof ColumnName) {
      names.add(((ColumnName) e).name().toLowerCase(Locale.ROOT));
      return true;
    }
    if (e instanceof Star) {
      return false;
    }
    if (e instanceof FunctionCall
        && ((FunctionCall) e).args().size() == 1
        && ((FunctionCall) e).args().get(0) instanceof Star) {
      return true; // count(*) reads no column
    }
    return exprs(e.children(), names);
  }
}
