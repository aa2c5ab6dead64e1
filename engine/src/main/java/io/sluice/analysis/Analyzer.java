package io.sluice.analysis;

import io.sluice.AnalysisException;
import io.sluice.Catalog;
import io.sluice.Encoder;
import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.And;
import io.sluice.codegen.ir.ColumnRef;
import io.sluice.codegen.ir.Comparison;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.codegen.ir.TypeCheckException;
import io.sluice.codegen.kernel.Kernels;
import io.sluice.codegen.kernel.Projection;
import io.sluice.columnar.types.DataType;
import io.sluice.execution.AggregateExec;
import io.sluice.execution.JoinExec;
import io.sluice.execution.LimitExec;
import io.sluice.execution.OneRowExec;
import io.sluice.execution.PhysicalNode;
import io.sluice.execution.ProjectExec;
import io.sluice.execution.RowFunctionExec;
import io.sluice.execution.ScanExec;
import io.sluice.execution.Schemas;
import io.sluice.execution.SortExec;
import io.sluice.execution.StreamScanExec;
import io.sluice.execution.UnionExec;
import io.sluice.plan.Aggregate;
import io.sluice.plan.Distinct;
import io.sluice.plan.Filter;
import io.sluice.plan.Join;
import io.sluice.plan.JoinType;
import io.sluice.plan.Limit;
import io.sluice.plan.LogicalPlan;
import io.sluice.plan.OneRowRelation;
import io.sluice.plan.Project;
import io.sluice.plan.RowFunction;
import io.sluice.plan.Sort;
import io.sluice.plan.StreamingRelation;
import io.sluice.plan.SubqueryAlias;
import io.sluice.plan.TableScan;
import io.sluice.plan.Union;
import io.sluice.plan.UnresolvedRelation;
import io.sluice.plan.expr.Alias;
import io.sluice.plan.expr.ColumnName;
import io.sluice.plan.expr.ColumnOrdinal;
import io.sluice.plan.expr.FunctionCall;
import io.sluice.plan.expr.SelectPosition;
import io.sluice.plan.expr.SortKey;
import io.sluice.plan.expr.Star;
import io.sluice.plan.expr.UnresolvedExpr;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Binds a logical plan's names and types against the catalog and its inputs, and plans it as
 * physical operators in the same pass: filters fuse into the projection or aggregation above them,
 * so each runs as one generated kernel. Errors are {@link AnalysisException}s in Spark's words.
 */
public final class Analyzer {

  private final Catalog catalog;
  private final Kernels kernels;

  /** Binds expressions against {@code attrs} under the session's typing settings. */
  private ExprResolver resolver(List<Attribute> attrs) {
    return resolver(attrs, e -> null);
  }

  private ExprResolver resolver(
      List<Attribute> attrs, java.util.function.Function<UnresolvedExpr, Expr> substitution) {
    return new ExprResolver(attrs, substitution, kernels.options());
  }

  public Analyzer(Catalog catalog, Kernels kernels) {
    this.catalog = catalog;
    this.kernels = kernels;
  }

  public PhysicalNode plan(LogicalPlan plan) {
    required = RequiredColumns.of(plan);
    // One clock reading for the whole query: current_timestamp() = current_timestamp() is true.
    return io.sluice.codegen.function.FunctionRegistry.atQueryTime(
        java.time.Instant.now(), () -> visible(analyze(plan)).node);
  }

  /** Lower-case names of the columns the query reads, or null for all; see {@link RequiredColumns}. */
  private java.util.Set<String> required;

  /** The columns of a file scan the query reads, in file order; at least one, to count rows. */
  private Schema pruned(Schema schema) {
    if (required == null) {
      return schema;
    }
    List<org.apache.arrow.vector.types.pojo.Field> kept = new ArrayList<>();
    for (org.apache.arrow.vector.types.pojo.Field f : schema.getFields()) {
      if (required.contains(f.getName().toLowerCase(java.util.Locale.ROOT))) {
        kept.add(f);
      }
    }
    if (kept.isEmpty() && !schema.getFields().isEmpty()) {
      kept.add(schema.getFields().get(0));
    }
    return kept.size() == schema.getFields().size() ? schema : new Schema(kept);
  }

  /** True when a pruned scan kept its one column only to count rows: the query reads none. */
  private boolean readsNoColumn(Schema pruned) {
    return required != null
        && pruned.getFields().size() == 1
        && !required.contains(pruned.getFields().get(0).getName().toLowerCase(java.util.Locale.ROOT));
  }

  /** An analyzed relation: its operator and its columns (with the aliases that qualify them). */
  private static final class Planned {
    final PhysicalNode node;
    final List<Attribute> attrs;

    Planned(PhysicalNode node, List<Attribute> attrs) {
      this.node = node;
      this.attrs = attrs;
    }
  }

  private Planned analyze(LogicalPlan p) {
    if (p instanceof TableScan) {
      Schema schema = ((TableScan) p).table().schema();
      if (((TableScan) p).table() instanceof io.sluice.execution.FileTable) {
        schema = pruned(schema);
      }
      return new Planned(
          new ScanExec(((TableScan) p).table(), schema, readsNoColumn(schema)), attributes(schema));
    }
    if (p instanceof StreamingRelation) {
      StreamingRelation s = (StreamingRelation) p;
      Schema schema = pruned(s.source().schema());
      return new Planned(new StreamScanExec(s, schema, readsNoColumn(schema)), attributes(schema));
    }
    if (p instanceof OneRowRelation) {
      return new Planned(new OneRowExec(), List.of());
    }
    if (p instanceof UnresolvedRelation) {
      return relation((UnresolvedRelation) p);
    }
    if (p instanceof SubqueryAlias) {
      SubqueryAlias a = (SubqueryAlias) p;
      // A subquery's output is its ordinary columns; a USING join's qualified-only ones end here.
      Planned child = visible(analyze(a.child()));
      if (!a.columnNames().isEmpty()) {
        child = renamed(child, a);
      }
      List<Attribute> attrs = new ArrayList<>();
      for (Attribute attr : child.attrs) {
        attrs.add(attr.withQualifier(a.alias()));
      }
      return new Planned(child.node, attrs);
    }
    if (p instanceof Filter) {
      Filter f = (Filter) p;
      if (ExprResolver.containsAggregate(f.condition())) {
        List<String> aggregates = new ArrayList<>();
        ExprResolver.collectAggregates(f.condition(), aggregates);
        throw new AnalysisException(
            "[INVALID_WHERE_CONDITION] The WHERE condition \"" + f.condition().sql()
                + "\" contains invalid expressions: " + String.join(", ", aggregates)
                + ". Rewrite the query to avoid window functions, aggregate functions, and"
                + " generator functions in the WHERE clause.");
      }
      if (f.child() instanceof Join && absorbsWhere((Join) f.child())) {
        return join((Join) f.child(), f.condition());
      }
      Planned child = analyze(f.child());
      Expr condition = condition(f.condition(), child.attrs);
      List<Expr> identity = identity(child.attrs);
      return new Planned(
          new ProjectExec(child.node, condition, identity, projection(child, condition, identity, names(child.attrs))),
          child.attrs);
    }
    if (p instanceof Project) {
      return project((Project) p);
    }
    if (p instanceof Aggregate) {
      Aggregate a = (Aggregate) p;
      return aggregate(a.groupings(), a.outputs(), a.having(), a.child(), a.child().isStreaming());
    }
    if (p instanceof Distinct) {
      LogicalPlan child = ((Distinct) p).child();
      Planned planned = visible(analyze(child));
      List<UnresolvedExpr> columns = new ArrayList<>();
      for (Attribute a : planned.attrs) {
        columns.add(new ColumnName(List.of(a.name())));
      }
      return aggregateOver(planned, null, columns, columns, null, child.isStreaming());
    }
    if (p instanceof Sort) {
      Sort s = (Sort) p;
      if (s.child() instanceof Project) {
        LogicalPlan rewritten = sortByHiddenColumns(s, (Project) s.child());
        if (rewritten != null) {
          return analyze(rewritten);
        }
      }
      if (s.child() instanceof Aggregate) {
        LogicalPlan rewritten = sortByHiddenAggregates(s, (Aggregate) s.child());
        if (rewritten != null) {
          return analyze(rewritten);
        }
      }
      Planned child = analyze(s.child());
      ExprResolver resolver = sortKeyResolver(child.attrs);
      List<Expr> keys = new ArrayList<>();
      boolean[] asc = new boolean[s.keys().size()];
      boolean[] nullsFirst = new boolean[s.keys().size()];
      for (int i = 0; i < asc.length; i++) {
        SortKey k = s.keys().get(i);
        keys.add(resolver.resolve(k.child()));
        asc[i] = k.ascending();
        nullsFirst[i] = k.nullsFirst();
      }
      return new Planned(new SortExec(child.node, keys, asc, nullsFirst), child.attrs);
    }
    if (p instanceof Limit) {
      Planned child = analyze(((Limit) p).child());
      return new Planned(new LimitExec(child.node, ((Limit) p).limit()), child.attrs);
    }
    if (p instanceof Union) {
      return union((Union) p);
    }
    if (p instanceof Join) {
      return join((Join) p, null);
    }
    if (p instanceof RowFunction) {
      RowFunction f = (RowFunction) p;
      Planned child = visible(analyze(f.child()));
      if (f.kind() == RowFunction.Kind.FILTER) {
        return new Planned(new RowFunctionExec(child.node, f, child.node.schema()), child.attrs);
      }
      DataType type = ((Encoder<?>) f.outputEncoder()).dataType();
      List<Attribute> attrs = List.of(new Attribute("value", null, type, true));
      return new Planned(new RowFunctionExec(child.node, f, Schemas.of(attrs)), attrs);
    }
    throw new AnalysisException("Unsupported plan node: " + p.describe());
  }

  /**
   * A resolver for ORDER BY keys: a key whose SQL text is the name of an output column refers to
   * that column, so {@code ORDER BY count(*)} sorts by the {@code count(1)} column, as in Spark.
   */
  private ExprResolver sortKeyResolver(List<Attribute> attrs) {
    return resolver(
        attrs,
        e -> {
          if (e instanceof ColumnName) {
            return null;
          }
          if (e instanceof SelectPosition) {
            return selectPosition(attrs, ((SelectPosition) e).position());
          }
          for (int i = 0; i < attrs.size(); i++) {
            if (attrs.get(i).name().equalsIgnoreCase(e.sql())) {
              Attribute a = attrs.get(i);
              return Exprs.column(i, a.name(), a.type(), a.nullable());
            }
          }
          return null;
        });
  }

  /** The output column at a 1-based ORDER BY position, counting only the ordinary columns. */
  private static Expr selectPosition(List<Attribute> attrs, int position) {
    List<Integer> columns = ExprResolver.expand(attrs, new Star(null));
    if (position < 1 || position > columns.size()) {
      throw new AnalysisException(
          "[ORDER_BY_POS_OUT_OF_RANGE] ORDER BY position " + position
              + " is not in select list (valid range is [1, " + columns.size() + "]).");
    }
    int i = columns.get(position - 1);
    Attribute a = attrs.get(i);
    return Exprs.column(i, a.name(), a.type(), a.nullable());
  }

  /** {@code FROM t AS a(x, y)}: the relation's columns under new names, one for each column. */
  private Planned renamed(Planned p, SubqueryAlias a) {
    List<String> names = a.columnNames();
    if (names.size() != p.attrs.size()) {
      throw new AnalysisException(
          "[ASSIGNMENT_ARITY_MISMATCH] Number of column aliases does not match number of columns."
              + " Number of column aliases: " + names.size() + "; number of columns: " + p.attrs.size() + ".");
    }
    List<Expr> outputs = identity(p.attrs);
    List<Attribute> attrs = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Attribute c = p.attrs.get(i);
      attrs.add(new Attribute(names.get(i), null, c.type(), c.nullable()));
    }
    return new Planned(new ProjectExec(p.node, null, outputs, projection(p, null, outputs, names)), attrs);
  }

  /**
   * The relation without the qualified-only columns a USING join keeps (a projection when it has
   * any): what a subquery, DISTINCT, UNION or the query's result sees.
   */
  private Planned visible(Planned p) {
    List<Integer> keep = ExprResolver.expand(p.attrs, new Star(null));
    if (keep.size() == p.attrs.size()) {
      return p;
    }
    List<Expr> outputs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Attribute> attrs = new ArrayList<>();
    for (int i : keep) {
      Attribute a = p.attrs.get(i);
      outputs.add(Exprs.column(i, a.name(), a.type(), a.nullable()));
      names.add(a.name());
      attrs.add(a);
    }
    return new Planned(new ProjectExec(p.node, null, outputs, projection(p, null, outputs, names)), attrs);
  }

  /**
   * {@code SELECT a FROM t ORDER BY b}: Spark sorts by columns the select list dropped. Rewrites
   * to select the missing keys as hidden columns, sort, and drop them again; null when every key
   * resolves against the select list.
   */
  private LogicalPlan sortByHiddenColumns(Sort s, Project p) {
    boolean aggregates = false;
    for (UnresolvedExpr e : p.list()) {
      aggregates |= ExprResolver.containsAggregate(e);
    }
    Planned projected = analyze(p);
    ExprResolver resolver = sortKeyResolver(projected.attrs);
    List<UnresolvedExpr> hidden = new ArrayList<>();
    List<SortKey> keys = new ArrayList<>();
    for (SortKey k : s.keys()) {
      try {
        resolver.resolve(k.child());
        keys.add(k);
      } catch (AnalysisException e) {
        if (aggregates || k.child() instanceof SelectPosition) {
          throw e;
        }
        String name = "__sort_key_" + hidden.size();
        hidden.add(new Alias(k.child(), name));
        keys.add(new SortKey(new ColumnName(List.of(name)), k.ascending(), k.nullsFirst()));
      }
    }
    if (hidden.isEmpty()) {
      return null;
    }
    List<UnresolvedExpr> widened = new ArrayList<>(p.list());
    widened.addAll(hidden);
    List<UnresolvedExpr> visible = new ArrayList<>();
    for (Attribute a : projected.attrs) {
      visible.add(new ColumnName(List.of(a.name())));
    }
    return new Project(visible, new Sort(keys, new Project(widened, p.child())));
  }

  /**
   * {@code SELECT k, sum(v) ... GROUP BY k ORDER BY avg(v)}: Spark sorts by aggregates and grouping
   * expressions the select list does not have. Computes them as hidden outputs of the aggregation,
   * sorts, and drops them; null when every key resolves against the select list.
   */
  private LogicalPlan sortByHiddenAggregates(Sort s, Aggregate a) {
    Planned aggregated = analyze(a);
    ExprResolver resolver = sortKeyResolver(aggregated.attrs);
    List<UnresolvedExpr> hidden = new ArrayList<>();
    List<SortKey> keys = new ArrayList<>();
    for (SortKey k : s.keys()) {
      try {
        resolver.resolve(k.child());
        keys.add(k);
      } catch (AnalysisException e) {
        if (k.child() instanceof SelectPosition) {
          throw e;
        }
        String name = "__sort_key_" + hidden.size();
        hidden.add(new Alias(k.child(), name));
        keys.add(new SortKey(new ColumnName(List.of(name)), k.ascending(), k.nullsFirst()));
      }
    }
    if (hidden.isEmpty()) {
      return null;
    }
    List<UnresolvedExpr> widened = new ArrayList<>(a.outputs());
    widened.addAll(hidden);
    List<UnresolvedExpr> visible = new ArrayList<>();
    for (int i = 0; i < aggregated.attrs.size(); i++) {
      visible.add(new ColumnOrdinal(i, aggregated.attrs.get(i).name()));
    }
    return new Project(visible, new Sort(keys, new Aggregate(a.groupings(), widened, a.having(), a.child())));
  }

  private static List<Attribute> attributes(Schema schema) {
    List<Attribute> attrs = new ArrayList<>();
    schema.getFields().forEach(f -> attrs.add(Attribute.of(f)));
    return attrs;
  }

  private static List<String> names(List<Attribute> attrs) {
    List<String> names = new ArrayList<>();
    for (Attribute a : attrs) {
      names.add(a.name());
    }
    return names;
  }

  private static List<Expr> identity(List<Attribute> attrs) {
    List<Expr> refs = new ArrayList<>();
    for (int i = 0; i < attrs.size(); i++) {
      Attribute a = attrs.get(i);
      refs.add(Exprs.column(i, a.name(), a.type(), a.nullable()));
    }
    return refs;
  }

  private Projection projection(Planned child, Expr filter, List<Expr> outputs, List<String> names) {
    try {
      return kernels.projection(child.node.schema(), filter, outputs, names);
    } catch (TypeCheckException e) {
      throw new AnalysisException(e.getMessage(), e);
    }
  }

  private Expr condition(UnresolvedExpr e, List<Attribute> attrs) {
    Expr condition = resolver(attrs).resolve(e);
    if (condition.type().kind() != DataType.Kind.BOOLEAN
        && condition.type().kind() != DataType.Kind.NULL) {
      throw new AnalysisException(
          "[DATATYPE_MISMATCH.FILTER_NOT_BOOLEAN] Cannot resolve \""
              + e.sql()
              + "\" due to data type mismatch: Filter expression \""
              + e.sql()
              + "\" of type \""
              + condition.type().sqlName()
              + "\" is not a boolean.");
    }
    return condition;
  }

  private Planned relation(UnresolvedRelation r) {
    LogicalPlan view = catalog.lookupView(r.name());
    if (view == null) {
      String message =
          "[TABLE_OR_VIEW_NOT_FOUND] The table or view `"
              + r.name()
              + "` cannot be found. Verify the spelling and correctness of the schema and"
              + " catalog.";
      if (r.line() > 0) {
        throw new AnalysisException(message, r.line(), r.column() - 1, null);
      }
      throw new AnalysisException(message);
    }
    List<String> parts = r.nameParts();
    // The view's own references count too: its filters read columns the outer query never names.
    java.util.Set<String> outer = required;
    required = RequiredColumns.union(outer, RequiredColumns.referenced(view));
    try {
      return analyze(new SubqueryAlias(parts.get(parts.size() - 1), view));
    } finally {
      required = outer;
    }
  }

  /** Expands {@code *} and {@code t.*} into references to the columns by position. */
  private static List<UnresolvedExpr> expandStars(List<UnresolvedExpr> list, List<Attribute> attrs) {
    List<UnresolvedExpr> out = new ArrayList<>();
    for (UnresolvedExpr e : list) {
      if (e instanceof Star) {
        for (int i : ExprResolver.expand(attrs, (Star) e)) {
          out.add(new ColumnOrdinal(i, attrs.get(i).name()));
        }
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private Planned project(Project p) {
    boolean aggregates = false;
    for (UnresolvedExpr e : p.list()) {
      aggregates |= ExprResolver.containsAggregate(e);
    }
    if (aggregates) {
      // SELECT count(*) FROM t: an aggregation over one global group, as in Spark.
      return aggregate(List.of(), p.list(), null, p.child(), p.child().isStreaming());
    }
    Planned child;
    Expr filter = null;
    if (fusesFilter(p.child())) {
      Filter f = (Filter) p.child();
      child = analyze(f.child());
      filter = condition(f.condition(), child.attrs);
    } else {
      child = analyze(p.child());
    }
    List<UnresolvedExpr> list = expandStars(p.list(), child.attrs);
    ExprResolver resolver = resolver(child.attrs);
    List<Expr> outputs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Attribute> attrs = new ArrayList<>();
    for (UnresolvedExpr e : list) {
      Expr out = resolver.resolve(e);
      String name = ExprResolver.outputName(e, child.attrs);
      outputs.add(out);
      names.add(name);
      String qualifier = null;
      if ((e instanceof ColumnName || e instanceof ColumnOrdinal) && out instanceof ColumnRef) {
        qualifier = child.attrs.get(((ColumnRef) out).ordinal()).qualifier();
      }
      attrs.add(new Attribute(name, qualifier, out.type(), out.nullable()));
    }
    Projection kernel = projection(child, filter, outputs, names);
    return new Planned(new ProjectExec(child.node, filter, outputs, kernel), attrs);
  }

  private Planned aggregate(
      List<UnresolvedExpr> groupings,
      List<UnresolvedExpr> outputs,
      UnresolvedExpr having,
      LogicalPlan childPlan,
      boolean streaming) {
    Planned child;
    Expr filter = null;
    if (fusesFilter(childPlan)) {
      Filter f = (Filter) childPlan;
      child = analyze(f.child());
      filter = condition(f.condition(), child.attrs);
    } else {
      child = analyze(childPlan);
    }
    return aggregateOver(child, filter, groupings, outputs, having, streaming);
  }

  private Planned aggregateOver(
      Planned child,
      Expr filter,
      List<UnresolvedExpr> groupings,
      List<UnresolvedExpr> outputs,
      UnresolvedExpr having,
      boolean streaming) {
    List<Attribute> in = child.attrs;
    ExprResolver inputResolver = resolver(in);
    List<Expr> keys = new ArrayList<>();
    List<String> keyNames = new ArrayList<>();
    List<UnresolvedExpr> groupingExprs = new ArrayList<>();
    for (UnresolvedExpr g : groupings) {
      UnresolvedExpr inner = g instanceof Alias ? ((Alias) g).child() : g;
      UnresolvedExpr aliased = selectAlias(inner, in, outputs);
      if (aliased != null) {
        if (ExprResolver.containsAggregate(aliased)) {
          throw new AnalysisException(
              "[GROUP_BY_AGGREGATE] Aggregate functions are not allowed in GROUP BY, but found "
                  + aliased.sql() + ".");
        }
        inner = aliased;
      }
      keys.add(inputResolver.resolve(inner));
      keyNames.add(ExprResolver.outputName(aliased != null ? inner : g, in));
      groupingExprs.add(inner);
    }
    ExprResolver[] postResolver = new ExprResolver[1];
    List<AggregateCall> aggregates = new ArrayList<>();
    List<String> aggregateNames = new ArrayList<>();
    Function<UnresolvedExpr, Expr> substitution =
        e -> {
          UnresolvedExpr aliased = selectAlias(e, in, outputs);
          if (aliased != null) {
            // HAVING k > 1 with k a select-list alias: Spark resolves it to the aliased expression.
            return postResolver[0].resolve(aliased);
          }
          for (int i = 0; i < groupingExprs.size(); i++) {
            UnresolvedExpr g = groupingExprs.get(i);
            boolean same = g.sql().equalsIgnoreCase(e.sql());
            if (!same && e instanceof ColumnName && g instanceof ColumnName) {
              same = ExprResolver.indexOf(in, (ColumnName) e) == ExprResolver.indexOf(in, (ColumnName) g);
            }
            if (e instanceof ColumnOrdinal && g instanceof ColumnName) {
              same = ((ColumnOrdinal) e).ordinal() == ExprResolver.indexOf(in, (ColumnName) g);
            }
            if (same) {
              Expr k = keys.get(i);
              return Exprs.column(i, keyNames.get(i), k.type(), k.nullable());
            }
          }
          if (e instanceof FunctionCall && Exprs.isAggregateFunction(((FunctionCall) e).name())) {
            FunctionCall f = expandStarArguments((FunctionCall) e, in);
            AggregateCall call = aggregateCall(f, inputResolver);
            int index = aggregates.indexOf(call);
            if (index < 0) {
              aggregates.add(call);
              aggregateNames.add(f.sql());
              index = aggregates.size() - 1;
            }
            return Exprs.column(keys.size() + index, aggregateNames.get(index), call.type(), call.nullable());
          }
          if (e instanceof ColumnName || e instanceof ColumnOrdinal) {
            if (e instanceof ColumnName) {
              ExprResolver.indexOf(in, (ColumnName) e); // unknown columns report as such first
            }
            throw new AnalysisException(
                "[MISSING_AGGREGATION] The non-aggregating expression \""
                    + e.sql()
                    + "\" is based on columns which are not participating in the GROUP BY"
                    + " clause. Add the columns or the expression to the GROUP BY, aggregate"
                    + " the expression, or use \"any_value("
                    + e.sql()
                    + ")\" if you do not care which of the values within a group is returned.");
          }
          return null;
        };
    List<Attribute> keyAttrs = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      keyAttrs.add(new Attribute(keyNames.get(i), null, keys.get(i).type(), keys.get(i).nullable()));
    }
    ExprResolver post = resolver(keyAttrs, substitution);
    postResolver[0] = post;
    List<UnresolvedExpr> list = new ArrayList<>();
    for (UnresolvedExpr e : expandStars(outputs, in)) {
      boolean aggregate = e instanceof FunctionCall && Exprs.isAggregateFunction(((FunctionCall) e).name());
      list.add(aggregate ? expandStarArguments((FunctionCall) e, in) : e);
    }
    List<Expr> postOutputs = new ArrayList<>();
    List<String> postNames = new ArrayList<>();
    for (UnresolvedExpr e : list) {
      postOutputs.add(post.resolve(e));
      String name;
      if (e instanceof Alias) {
        name = ((Alias) e).name();
      } else if (e instanceof ColumnName) {
        name = in.get(ExprResolver.indexOf(in, (ColumnName) e)).name();
      } else if (e instanceof ColumnOrdinal) {
        name = ((ColumnOrdinal) e).name();
      } else {
        name = e.sql();
      }
      postNames.add(name);
    }
    Expr havingExpr = null;
    if (having != null) {
      havingExpr = post.resolve(having);
      if (havingExpr.type().isNumeric()) {
        // HAVING sum(v) + 1: Spark casts a numeric condition to boolean (non-zero is true).
        havingExpr = Exprs.cast(havingExpr, DataType.BOOLEAN);
      }
      if (havingExpr.type().kind() != DataType.Kind.BOOLEAN) {
        throw new AnalysisException(
            "HAVING condition " + having.sql() + " of type " + havingExpr.type().sqlName()
                + " is not a boolean");
      }
    }
    List<Attribute> aggAttrs = new ArrayList<>(keyAttrs);
    for (int i = 0; i < aggregates.size(); i++) {
      AggregateCall c = aggregates.get(i);
      aggAttrs.add(new Attribute(aggregateNames.get(i), null, c.type(), c.nullable()));
    }
    Schema aggregateSchema = Schemas.of(aggAttrs);
    boolean identity = havingExpr == null && postOutputs.size() == aggAttrs.size();
    for (int i = 0; identity && i < postOutputs.size(); i++) {
      identity =
          postOutputs.get(i) instanceof ColumnRef
              && ((ColumnRef) postOutputs.get(i)).ordinal() == i
              && postNames.get(i).equals(aggAttrs.get(i).name());
    }
    Projection postKernel = null;
    List<Attribute> attrs = new ArrayList<>();
    if (identity) {
      attrs.addAll(aggAttrs);
    } else {
      try {
        postKernel = kernels.projection(aggregateSchema, havingExpr, postOutputs, postNames);
      } catch (TypeCheckException e) {
        throw new AnalysisException(e.getMessage(), e);
      }
      for (int i = 0; i < postOutputs.size(); i++) {
        attrs.add(new Attribute(postNames.get(i), null, postOutputs.get(i).type(), postOutputs.get(i).nullable()));
      }
    }
    AggregateExec node =
        new AggregateExec(
            child.node, filter, keys, keyNames, aggregates, aggregateNames, aggregateSchema, postKernel, streaming);
    return new Planned(node, attrs);
  }

  /**
   * Spark's GROUP BY alias ({@code spark.sql.groupByAliases}, on by default): an unqualified name
   * that is no input column but a select-list alias stands for the aliased expression. Null when
   * {@code e} is not such a name; input columns take precedence, as in Spark.
   */
  private static UnresolvedExpr selectAlias(
      UnresolvedExpr e, List<Attribute> in, List<UnresolvedExpr> outputs) {
    if (!(e instanceof ColumnName)
        || ((ColumnName) e).qualifier() != null
        || ExprResolver.find(in, (ColumnName) e) >= 0) {
      return null;
    }
    UnresolvedExpr aliased = null;
    for (UnresolvedExpr o : outputs) {
      if (!(o instanceof Alias) && !(o instanceof ColumnName) && !(o instanceof Star)
          && o.sql().equalsIgnoreCase(((ColumnName) e).name())) {
        return o; // GROUP BY `concat_ws( , a, b)`: the auto-generated name of a select item
      }
      if (o instanceof Alias
          && ((Alias) o).name().equalsIgnoreCase(((ColumnName) e).name())
          && !((Alias) o).child().sql().equalsIgnoreCase(e.sql())) {
        if (aliased != null) {
          // SELECT 1 AS a, 2 AS a ... GROUP BY a: Spark's AMBIGUOUS_REFERENCE (group-by-alias.sql)
          throw new AnalysisException(
              "[AMBIGUOUS_REFERENCE] Reference `" + ((ColumnName) e).name() + "` is ambiguous, could be: [`"
                  + ((ColumnName) e).name() + "`, `" + ((ColumnName) e).name() + "`].");
        }
        aliased = ((Alias) o).child();
      }
    }
    return aliased;
  }

  /**
   * {@code count(t.*, t.*)} as Spark reads it: each qualified star argument becomes the columns it
   * stands for ({@code count(a, b, a, b)}, also the column's name). A lone {@code count(t.*)} is
   * an error by default in Spark 4 (spark.sql.legacy.allowStarWithSingleTableIdentifierInCount).
   */
  private static FunctionCall expandStarArguments(FunctionCall f, List<Attribute> in) {
    boolean qualifiedStar = false;
    for (UnresolvedExpr a : f.args()) {
      qualifiedStar |= a instanceof Star && ((Star) a).qualifier() != null;
    }
    if (!qualifiedStar) {
      return f;
    }
    if (f.name().equals("count") && f.args().size() == 1) {
      throw new AnalysisException(
          "[INVALID_USAGE_OF_STAR_WITH_TABLE_IDENTIFIER_IN_COUNT] count(" + f.args().get(0).sql()
              + ") is not allowed. Please use count(*) or expand the columns manually, e.g."
              + " count(col1, col2).");
    }
    List<UnresolvedExpr> args = new ArrayList<>();
    for (UnresolvedExpr a : f.args()) {
      if (a instanceof Star) {
        for (int i : ExprResolver.expand(in, (Star) a)) {
          args.add(new ColumnOrdinal(i, in.get(i).name()));
        }
      } else {
        args.add(a);
      }
    }
    return new FunctionCall(f.name(), args, f.distinct());
  }

  private static AggregateCall aggregateCall(FunctionCall f, ExprResolver inputResolver) {
    try {
      if (f.args().size() == 1 && f.args().get(0) instanceof Star) {
        if (!f.name().equals("count")) {
          throw new AnalysisException("Invalid usage of '*' in " + f.name() + "(*)");
        }
        return Exprs.aggregate("count", null, false);
      }
      if (f.name().equals("count") && f.args().size() > 1 && !f.distinct()) {
        // count(a, b): Spark counts the rows where every argument is non-null.
        Expr allPresent = null;
        for (UnresolvedExpr a : f.args()) {
          if (ExprResolver.containsAggregate(a)) {
            throw new AnalysisException(
                "[NESTED_AGGREGATE_FUNCTION] It is not allowed to use an aggregate function in the"
                    + " argument of another aggregate function: " + f.sql());
          }
          Expr present = Exprs.isNotNull(inputResolver.resolve(a));
          allPresent = allPresent == null ? present : Exprs.and(allPresent, present);
        }
        Expr one = Exprs.caseWhen(List.of(allPresent), List.of(Exprs.literalOf(1)), null);
        return Exprs.aggregate("count", one, false);
      }
      if (f.name().equals("count") && f.args().isEmpty()) {
        throw new AnalysisException(
            "[WRONG_NUM_ARGS.WITH_SUGGESTION] The `count` requires  >= 1 parameters but the actual"
                + " number is 0. If you have to call this function with 0 parameters, set the"
                + " legacy configuration \"spark.sql.legacy.allowParameterlessCount\" to \"true\".");
      }
      if (f.args().size() != 1) {
        throw new AnalysisException(
            "[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `" + f.name() + "` requires 1 parameters but"
                + " the actual number is " + f.args().size() + ". Please, refer to"
                + " 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix.");
      }
      for (UnresolvedExpr a : f.args()) {
        if (ExprResolver.containsAggregate(a)) {
          throw new AnalysisException(
              "[NESTED_AGGREGATE_FUNCTION] It is not allowed to use an aggregate function in the"
                  + " argument of another aggregate function: " + f.sql());
        }
      }
      return Exprs.aggregate(f.name(), inputResolver.resolve(f.args().get(0)), f.distinct());
    } catch (TypeCheckException e) {
      throw new AnalysisException(e.getMessage(), e);
    }
  }

  private Planned union(Union u) {
    Planned left = visible(analyze(u.left()));
    Planned right = visible(analyze(u.right()));
    if (left.attrs.size() != right.attrs.size()) {
      throw new AnalysisException(
          "[NUM_COLUMNS_MISMATCH] UNION can only be performed on inputs with the same number of"
              + " columns, but the first input has "
              + left.attrs.size()
              + " columns and the second input has "
              + right.attrs.size()
              + " columns.");
    }
    List<Attribute> attrs = new ArrayList<>();
    List<DataType> types = new ArrayList<>();
    for (int i = 0; i < left.attrs.size(); i++) {
      DataType l = left.attrs.get(i).type();
      DataType r = right.attrs.get(i).type();
      // Spark's WidenSetOperationTypes: its wider type, ANSI's when the session is in ANSI mode.
      DataType common = l.equals(r) ? l : Exprs.commonType(l, r, kernels.options().ansi());
      if (common == null) {
        throw new AnalysisException(
            "[INCOMPATIBLE_COLUMN_TYPE] UNION can only be performed on inputs with compatible"
                + " column types. Column "
                + (i + 1)
                + " has type "
                + l.sqlName()
                + " in the first input and "
                + r.sqlName()
                + " in the second.");
      }
      types.add(common);
      attrs.add(
          new Attribute(
              left.attrs.get(i).name(),
              null,
              common,
              left.attrs.get(i).nullable() || right.attrs.get(i).nullable()));
    }
    PhysicalNode l = castTo(left, types, attrs);
    PhysicalNode r = castTo(right, types, attrs);
    return new Planned(new UnionExec(List.of(l, r), Schemas.of(attrs)), attrs);
  }

  /** The child, projected to the union's names, types and nullability. */
  private PhysicalNode castTo(Planned child, List<DataType> types, List<Attribute> target) {
    List<Expr> outputs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    boolean same = true;
    for (int i = 0; i < types.size(); i++) {
      Attribute a = child.attrs.get(i);
      Expr ref = Exprs.column(i, a.name(), a.type(), a.nullable());
      same &= a.type().equals(types.get(i)) && a.name().equals(target.get(i).name())
          && a.nullable() == target.get(i).nullable();
      outputs.add(a.type().equals(types.get(i)) ? ref : Exprs.cast(ref, types.get(i)));
      names.add(target.get(i).name());
    }
    if (same) {
      return child.node;
    }
    return new ProjectExec(child.node, null, outputs, projection(child, null, outputs, names));
  }

  /**
   * True when {@code plan} is a WHERE that the operator above evaluates itself (a projection or
   * aggregation with a filter); a WHERE that a join absorbs (see {@link #absorbsWhere}) is not.
   */
  private static boolean fusesFilter(LogicalPlan plan) {
    if (!(plan instanceof Filter)) {
      return false;
    }
    Filter f = (Filter) plan;
    return !ExprResolver.containsAggregate(f.condition())
        && !(f.child() instanceof Join && absorbsWhere((Join) f.child()));
  }

  /**
   * True when a WHERE over this join can become part of its condition: an inner or cross join
   * without USING, whose output is exactly both sides' columns. Filtering an inner join's rows is
   * the same as joining on the extra conjuncts, so {@code FROM a, b WHERE a.x = b.y} becomes a
   * hash join on {@code x = y} instead of a cartesian product (Spark pushes such predicates into
   * the join too).
   */
  private static boolean absorbsWhere(Join j) {
    return (j.type() == JoinType.INNER || j.type() == JoinType.CROSS)
        && !j.natural()
        && j.usingColumns().isEmpty();
  }

  /** Plans a join; {@code where}, if not null, is a WHERE over it that joins its condition. */
  private Planned join(Join j, UnresolvedExpr where) {
    Planned left = analyze(j.left());
    Planned right = analyze(j.right());
    int nl = left.attrs.size();
    JoinType type = j.type();
    List<Attribute> combined = new ArrayList<>();
    for (Attribute a : left.attrs) {
      combined.add(type == JoinType.RIGHT_OUTER || type == JoinType.FULL_OUTER ? a.withNullable(true) : a);
    }
    for (Attribute a : right.attrs) {
      combined.add(type == JoinType.LEFT_OUTER || type == JoinType.FULL_OUTER ? a.withNullable(true) : a);
    }
    List<String> using = j.natural() ? sharedNames(left.attrs, right.attrs) : j.usingColumns();
    List<Expr> conjuncts = new ArrayList<>();
    List<int[]> usingPairs = new ArrayList<>();
    if (!using.isEmpty()) {
      for (String name : using) {
        int li = indexIn(left.attrs, name, "left");
        int ri = indexIn(right.attrs, name, "right");
        usingPairs.add(new int[] {li, ri});
        Attribute la = left.attrs.get(li);
        Attribute ra = right.attrs.get(ri);
        conjuncts.add(
            Exprs.comparison(
                Comparison.Op.EQ,
                Exprs.column(li, la.name(), la.type(), la.nullable()),
                Exprs.column(nl + ri, ra.name(), ra.type(), ra.nullable())));
      }
    } else if (j.condition() != null) {
      Expr condition = condition(j.condition(), combined);
      splitConjuncts(condition, conjuncts);
    }
    if (where != null) {
      splitConjuncts(condition(where, combined), conjuncts);
    }
    boolean semi = type == JoinType.LEFT_SEMI || type == JoinType.LEFT_ANTI;
    List<Attribute> joinAttrs = semi ? left.attrs : combined;
    JoinExec node = joinExec(left.node, right.node, nl, type, conjuncts, Schemas.of(joinAttrs));
    Planned joined = new Planned(node, joinAttrs);
    if (usingPairs.isEmpty() || semi) {
      return joined;
    }
    return usingOutput(joined, left, right, usingPairs, type);
  }

  /**
   * The physical join of {@code conjuncts} (over the joined row, the left's {@code nl} columns
   * first): equalities between a left-only and a right-only expression become hash keys, the rest
   * the residual. Under an inner join whose left input is an inner join too, conjuncts over the
   * left's columns only go down into that join, so {@code FROM a, b, c WHERE a.x = b.y AND b.z =
   * c.w} hashes both joins rather than pairing every row of {@code a} with every row of {@code b}.
   */
  private static JoinExec joinExec(
      PhysicalNode leftNode,
      PhysicalNode rightNode,
      int nl,
      JoinType type,
      List<Expr> conjuncts,
      Schema schema) {
    if (isInner(type) && leftNode instanceof JoinExec && isInner(((JoinExec) leftNode).type())) {
      JoinExec inner = (JoinExec) leftNode;
      List<Expr> down = new ArrayList<>(inner.conjuncts());
      List<Expr> here = new ArrayList<>();
      for (Expr c : conjuncts) {
        BitSet used = columns(c);
        (!used.isEmpty() && side(used, nl) == -1 ? down : here).add(c);
      }
      if (down.size() > inner.conjuncts().size()) {
        int innerLeft = inner.left().schema().getFields().size();
        leftNode =
            joinExec(inner.left(), inner.right(), innerLeft, JoinType.INNER, down, inner.schema());
        conjuncts = here;
      }
    }
    if (type == JoinType.CROSS && !conjuncts.isEmpty()) {
      type = JoinType.INNER;
    }
    List<Expr> leftKeys = new ArrayList<>();
    List<Expr> rightKeys = new ArrayList<>();
    List<Boolean> nullSafe = new ArrayList<>();
    Expr residual = null;
    for (Expr c : conjuncts) {
      Comparison.Op op = c instanceof Comparison ? ((Comparison) c).op() : null;
      if (op == Comparison.Op.EQ || op == Comparison.Op.NULL_SAFE_EQ) {
        Comparison eq = (Comparison) c;
        BitSet l = columns(eq.left());
        BitSet r = columns(eq.right());
        boolean safe = eq.op() == Comparison.Op.NULL_SAFE_EQ;
        if (side(l, nl) == -1 && side(r, nl) == 1) {
          leftKeys.add(eq.left());
          rightKeys.add(eq.right());
          nullSafe.add(safe);
          continue;
        }
        if (side(l, nl) == 1 && side(r, nl) == -1) {
          leftKeys.add(eq.right());
          rightKeys.add(eq.left());
          nullSafe.add(safe);
          continue;
        }
      }
      residual = residual == null ? c : Exprs.and(residual, c);
    }
    return new JoinExec(
        leftNode, rightNode, type, leftKeys, rightKeys, nullSafe, residual, conjuncts, schema);
  }

  private static boolean isInner(JoinType type) {
    return type == JoinType.INNER || type == JoinType.CROSS;
  }

  /**
   * A USING join's output, as Spark's: each key once, first (the left key, the right one for a
   * right outer join, their coalesce for a full outer join), then each side's other columns; then
   * every column of each side again as qualified-only columns, so that {@code t1.k} and
   * {@code t1.*} give that side's own values.
   */
  private Planned usingOutput(
      Planned joined, Planned left, Planned right, List<int[]> usingPairs, JoinType type) {
    int nl = left.attrs.size();
    List<Attribute> combined = joined.attrs;
    List<Expr> outputs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Attribute> attrs = new ArrayList<>();
    BitSet usedLeft = new BitSet();
    BitSet usedRight = new BitSet();
    for (int[] pair : usingPairs) {
      Attribute la = combined.get(pair[0]);
      Attribute ra = combined.get(nl + pair[1]);
      Expr l = Exprs.column(pair[0], la.name(), la.type(), la.nullable());
      Expr r = Exprs.column(nl + pair[1], ra.name(), ra.type(), ra.nullable());
      Expr out =
          type == JoinType.RIGHT_OUTER ? r : type == JoinType.FULL_OUTER ? Exprs.call("coalesce", List.of(l, r)) : l;
      String name = type == JoinType.RIGHT_OUTER ? ra.name() : la.name();
      outputs.add(out);
      names.add(name);
      attrs.add(new Attribute(name, null, out.type(), out.nullable()));
      usedLeft.set(pair[0]);
      usedRight.set(pair[1]);
    }
    for (int i = 0; i < combined.size(); i++) {
      boolean key = i < nl ? usedLeft.get(i) : usedRight.get(i - nl);
      if (!key && !combined.get(i).qualifiedOnly()) {
        Attribute a = combined.get(i);
        outputs.add(Exprs.column(i, a.name(), a.type(), a.nullable()));
        names.add(a.name());
        attrs.add(a);
      }
    }
    List<Integer> qualified = qualifiedColumns(combined.subList(0, nl), 0, usedLeft);
    qualified.addAll(qualifiedColumns(combined.subList(nl, combined.size()), nl, usedRight));
    for (int i : qualified) {
      Attribute a = combined.get(i);
      outputs.add(Exprs.column(i, a.name(), a.type(), a.nullable()));
      names.add(a.name());
      attrs.add(a.asQualifiedOnly());
    }
    Projection p = projection(joined, null, outputs, names);
    return new Planned(new ProjectExec(joined.node, null, outputs, p), attrs);
  }

  /**
   * The columns of each qualifier of one join side as {@code t.*} expands them after the join,
   * offset by {@code base}: as in Spark, the side's using keys first, then its other columns.
   */
  private static List<Integer> qualifiedColumns(List<Attribute> side, int base, BitSet keys) {
    List<Integer> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Attribute a : side) {
      if (a.qualifier() == null || !seen.add(a.qualifier().toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      List<Integer> columns = ExprResolver.qualifiedStar(side, a.qualifier());
      for (int i : columns) {
        if (keys.get(i) && !side.get(i).qualifiedOnly()) {
          out.add(base + i);
        }
      }
      for (int i : columns) {
        if (!(keys.get(i) && !side.get(i).qualifiedOnly())) {
          out.add(base + i);
        }
      }
    }
    return out;
  }

  /**
   * NATURAL JOIN's keys: the left's column names that the right has too, in the left's order, as a
   * multiset intersection (Spark's {@code Seq.intersect}, case-insensitive): a name the left has
   * twice is a key twice only if the right has it twice too, so {@code (c1, c1, c2) NATURAL JOIN
   * (c1, c2)} joins on {@code c1, c2} and keeps the left's second {@code c1} as an ordinary column.
   */
  private static List<String> sharedNames(List<Attribute> left, List<Attribute> right) {
    java.util.Map<String, Integer> rightCounts = new java.util.HashMap<>();
    for (Attribute r : right) {
      if (!r.qualifiedOnly()) {
        rightCounts.merge(r.name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
      }
    }
    List<String> out = new ArrayList<>();
    for (Attribute l : left) {
      if (l.qualifiedOnly()) {
        continue;
      }
      String key = l.name().toLowerCase(java.util.Locale.ROOT);
      Integer remaining = rightCounts.get(key);
      if (remaining != null && remaining > 0) {
        rightCounts.put(key, remaining - 1);
        out.add(l.name());
      }
    }
    return out;
  }

  private static int indexIn(List<Attribute> attrs, String name, String side) {
    for (int i = 0; i < attrs.size(); i++) {
      if (!attrs.get(i).qualifiedOnly() && attrs.get(i).name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    throw new AnalysisException(
        "[UNRESOLVED_USING_COLUMN_FOR_JOIN] USING column `"
            + name
            + "` cannot be resolved on the "
            + side
            + " side of the join. The "
            + side
            + "-side columns: "
            + ExprResolver.suggestions(attrs)
            + ".");
  }

  private static void splitConjuncts(Expr e, List<Expr> out) {
    if (e instanceof And) {
      splitConjuncts(((And) e).left(), out);
      splitConjuncts(((And) e).right(), out);
    } else {
      out.add(e);
    }
  }

  private static BitSet columns(Expr e) {
    BitSet used = new BitSet();
    collect(e, used);
    return used;
  }

  private static void collect(Expr e, BitSet used) {
    if (e instanceof ColumnRef) {
      used.set(((ColumnRef) e).ordinal());
    }
    for (Expr c : e.children()) {
      collect(c, used);
    }
  }

  /** -1 if every column is on the left, 1 if every one is on the right, 0 otherwise. */
  private static int side(BitSet columns, int leftWidth) {
    if (columns.isEmpty()) {
      return 0;
    }
    if (columns.length() <= leftWidth) {
      return -1;
    }
    return columns.nextSetBit(0) >= leftWidth ? 1 : 0;
  }
}
