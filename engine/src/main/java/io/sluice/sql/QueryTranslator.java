package io.sluice.sql;

import io.sluice.plan.Aggregate;
import io.sluice.plan.Distinct;
import io.sluice.plan.Filter;
import io.sluice.plan.Join;
import io.sluice.plan.JoinType;
import io.sluice.plan.Limit;
import io.sluice.plan.LogicalPlan;
import io.sluice.plan.OneRowRelation;
import io.sluice.plan.Project;
import io.sluice.plan.Sort;
import io.sluice.plan.SubqueryAlias;
import io.sluice.plan.Union;
import io.sluice.plan.UnresolvedRelation;
import io.sluice.plan.expr.Alias;
import io.sluice.plan.expr.ColumnName;
import io.sluice.plan.expr.FunctionCall;
import io.sluice.plan.expr.SelectPosition;
import io.sluice.plan.expr.SortKey;
import io.sluice.plan.expr.Star;
import io.sluice.plan.expr.UnresolvedExpr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSelectKeyword;
import org.apache.calcite.sql.SqlSetOperator;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;

/**
 * Calcite query trees to Sluice's unresolved {@link LogicalPlan}, in the shape Spark's parser
 * builds:
 *
 * <pre>
 * Limit             LIMIT n
 *  Sort             ORDER BY (ordinals become references to the select list's output names)
 *   Distinct        SELECT DISTINCT
 *    Aggregate      GROUP BY / HAVING / aggregates in the select list   (else Project)
 *     Filter        WHERE
 *      relation     FROM: UnresolvedRelation, SubqueryAlias, Join, subquery; OneRowRelation
 * </pre>
 *
 * <p>UNION ALL is {@link Union}, UNION is {@link Distinct} over it. {@code WITH} queries are
 * inlined: a reference to a CTE becomes {@code SubqueryAlias(name, plan)}. One per parse.
 */
final class QueryTranslator {

  private final SqlSourceText source;
  private final ExpressionTranslator expressions;
  /** CTEs in scope, innermost first; keys lower case. */
  private final Deque<Map<String, Cte>> ctes = new ArrayDeque<>();

  /** CTE definitions no query referenced: Spark still analyzes them (an unknown table fails). */
  private final List<LogicalPlan> unusedCtes = new ArrayList<>();

  private static final class Cte {
    final String name;
    final LogicalPlan plan;
    boolean used;

    Cte(String name, LogicalPlan plan) {
      this.name = name;
      this.plan = plan;
    }
  }

  /** The CTE definitions that nothing referenced, after {@link #query}. */
  List<LogicalPlan> unusedCtes() {
    return unusedCtes;
  }

  /** spark.sql.legacy.ctePrecedencePolicy=EXCEPTION: see {@link #with}. */
  private final boolean nestedCteNameConflictFails;
  /** The CTE names of the enclosing WITHs (and earlier definitions of the current one), outermost first. */
  private final List<String> outerCteNames = new ArrayList<>();
  /** Set just before a CTE's definition is translated: its query is the start of a query. */
  private boolean startOfCteDefinition;

  QueryTranslator(SqlSourceText source, ExpressionTranslator expressions) {
    this(source, expressions, false);
  }

  QueryTranslator(SqlSourceText source, ExpressionTranslator expressions, boolean nestedCteNameConflictFails) {
    this.source = source;
    this.expressions = expressions;
    this.nestedCteNameConflictFails = nestedCteNameConflictFails;
  }

  LogicalPlan query(SqlNode node) {
    boolean startOfDefinition = startOfCteDefinition;
    startOfCteDefinition = false;
    switch (node.getKind()) {
      case SELECT:
        return select((SqlSelect) node);
      case ORDER_BY:
        {
          SqlOrderBy orderBy = (SqlOrderBy) node;
          startOfCteDefinition = startOfDefinition; // WITH ... ORDER BY: the WITH still starts the query
          return orderAndLimit(
              query(orderBy.query), orderBy.orderList, orderBy.offset, orderBy.fetch, outputsOf(orderBy.query));
        }
      case WITH:
        return with((SqlWith) node, startOfDefinition);
      case UNION:
        {
          SqlCall call = (SqlCall) node;
          LogicalPlan union = new Union(query(call.operand(0)), query(call.operand(1)));
          return ((SqlSetOperator) call.getOperator()).isAll() ? union : new Distinct(union);
        }
      case INTERSECT:
      case EXCEPT:
        throw expressions.unsupported(node, node.getKind().name());
      case VALUES:
        return values((SqlCall) node);
      default:
        if (node.getKind().belongsTo(SqlKind.QUERY)) {
          throw expressions.unsupported(node, "the query " + node.getKind());
        }
        throw source.error(
            "Only queries (SELECT ...) are supported, not " + node.getKind().name().replace('_', ' '),
            node.getParserPosition());
    }
  }

  // ---- SELECT -----------------------------------------------------------------------------

  private LogicalPlan select(SqlSelect s) {
    if (s.getModifierNode(SqlSelectKeyword.STREAM) != null) {
      throw expressions.unsupported(s, "SELECT STREAM");
    }
    if (s.getWindowList() != null && !s.getWindowList().isEmpty()) {
      throw expressions.unsupported(s.getWindowList(), "the WINDOW clause");
    }
    if (s.getQualify() != null) {
      throw expressions.unsupported(s.getQualify(), "QUALIFY");
    }
    LogicalPlan plan = s.getFrom() == null ? OneRowRelation.INSTANCE : relation(s.getFrom());
    if (s.getWhere() != null) {
      plan = new Filter(expressions.translate(s.getWhere()), plan);
    }
    List<SqlNode> items = s.getSelectList().getList();
    List<UnresolvedExpr> outputs = new ArrayList<>(items.size());
    for (SqlNode item : items) {
      outputs.add(selectItem(item));
    }
    UnresolvedExpr having = s.getHaving() == null ? null : expressions.translate(s.getHaving());
    boolean aggregates = outputs.stream().anyMatch(QueryTranslator::containsAggregate);
    if (s.getGroup() != null || having != null || aggregates) {
      List<UnresolvedExpr> groupings = new ArrayList<>();
      if (s.getGroup() != null) {
        for (SqlNode g : s.getGroup()) {
          grouping(g, items, groupings);
        }
      }
      plan = new Aggregate(groupings, outputs, having, plan);
    } else {
      plan = new Project(outputs, plan);
    }
    if (s.isDistinct()) {
      plan = new Distinct(plan);
    }
    return orderAndLimit(plan, s.getOrderList(), s.getOffset(), s.getFetch(), items);
  }

  private UnresolvedExpr selectItem(SqlNode item) {
    if (item.getKind() == SqlKind.AS) {
      SqlCall as = (SqlCall) item;
      if (as.operandCount() > 2) {
        throw expressions.unsupported(item, "column alias lists in the select list");
      }
      return new Alias(expressions.translate(as.operand(0)), ((SqlIdentifier) as.operand(1)).getSimple());
    }
    return expressions.translate(item);
  }

  private void grouping(SqlNode g, List<SqlNode> items, List<UnresolvedExpr> out) {
    switch (g.getKind()) {
      case ROLLUP:
      case CUBE:
      case GROUPING_SETS:
        throw expressions.unsupported(g, g.getKind().name().replace('_', ' '));
      default:
        break;
    }
    if (g instanceof SqlNodeList) {
      for (SqlNode inner : (SqlNodeList) g) {
        grouping(inner, items, out);
      }
      return;
    }
    if (isIntegerLiteral(g)) {
      int ordinal = ordinal(g, items.size(), "GROUP BY");
      SqlNode item = items.get(ordinal - 1);
      UnresolvedExpr expr =
          expressions.translate(item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item);
      if (expr instanceof Star) {
        throw source.error(
            "[STAR_GROUP_BY_POS] Star (*) is not allowed in a select list when GROUP BY an ordinal"
                + " position is used",
            g.getParserPosition());
      }
      if (containsAggregate(expr)) {
        throw source.error(
            "[GROUP_BY_POS_AGGREGATE] GROUP BY position " + ordinal
                + " is an aggregate function, and aggregate functions are not allowed in GROUP BY",
            g.getParserPosition());
      }
      out.add(expr);
      return;
    }
    out.add(expressions.translate(g));
  }

  static boolean containsAggregate(UnresolvedExpr e) {
    if (e instanceof FunctionCall
        && ExpressionTranslator.AGGREGATE_FUNCTIONS.contains(((FunctionCall) e).name())) {
      return true;
    }
    for (UnresolvedExpr child : e.children()) {
      if (containsAggregate(child)) {
        return true;
      }
    }
    return false;
  }

  // ---- ORDER BY, LIMIT ----------------------------------------------------------------------

  private LogicalPlan orderAndLimit(
      LogicalPlan plan, SqlNodeList orderList, SqlNode offset, SqlNode fetch, List<SqlNode> outputs) {
    LogicalPlan out = plan;
    if (orderList != null && !orderList.isEmpty()) {
      List<SortKey> keys = new ArrayList<>();
      for (SqlNode item : orderList) {
        keys.add(sortKey(item, outputs));
      }
      out = new Sort(keys, out);
    }
    if (offset != null) {
      throw expressions.unsupported(offset, "OFFSET");
    }
    if (fetch != null) {
      if (!isIntegerLiteral(fetch)) {
        throw expressions.unsupported(fetch, "a LIMIT that is not an integer literal");
      }
      long n = ((SqlLiteral) fetch).getValueAs(Long.class);
      if (n > Integer.MAX_VALUE) {
        throw source.error(
            "The limit expression must be equal to or less than " + Integer.MAX_VALUE + ", but got " + n,
            fetch.getParserPosition());
      }
      out = new Limit((int) n, out);
    }
    return out;
  }

  private SortKey sortKey(SqlNode item, List<SqlNode> outputs) {
    boolean ascending = true;
    Boolean nullsFirst = null;
    SqlNode node = item;
    while (true) {
      if (node.getKind() == SqlKind.NULLS_FIRST || node.getKind() == SqlKind.NULLS_LAST) {
        nullsFirst = node.getKind() == SqlKind.NULLS_FIRST;
      } else if (node.getKind() == SqlKind.DESCENDING) {
        ascending = false;
      } else {
        break;
      }
      node = ((SqlCall) node).operand(0);
    }
    UnresolvedExpr expr;
    if (isIntegerLiteral(node)) {
      if (outputs == null) {
        throw expressions.unsupported(node, "ORDER BY position here");
      }
      if (hasStar(outputs)) {
        // The star's width is known only to the analyzer, which checks the range.
        long position = ((SqlLiteral) node).getValueAs(Long.class);
        expr = new SelectPosition((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, position)));
      } else {
        int ordinal = ordinal(node, outputs.size(), "ORDER BY");
        expr = outputReference(outputs.get(ordinal - 1));
      }
    } else {
      expr = expressions.translate(node);
    }
    return new SortKey(expr, ascending, nullsFirst == null ? ascending : nullsFirst);
  }

  private boolean hasStar(List<SqlNode> outputs) {
    for (SqlNode item : outputs) {
      if (item instanceof SqlIdentifier && ((SqlIdentifier) item).isStar()) {
        return true;
      }
    }
    return false;
  }

  /** The select list's output column at an ORDER BY position, by its (alias or auto) name. */
  private UnresolvedExpr outputReference(SqlNode item) {
    if (item.getKind() == SqlKind.AS) {
      return new ColumnName(List.of(((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple()));
    }
    UnresolvedExpr expr = expressions.translate(item);
    return expr instanceof ColumnName ? expr : new ColumnName(List.of(expr.sql()));
  }

  private int ordinal(SqlNode literal, int size, String clause) {
    long ordinal = ((SqlLiteral) literal).getValueAs(Long.class);
    if (ordinal < 1 || ordinal > size) {
      throw source.error(
          "[" + clause.replace(' ', '_') + "_POS_OUT_OF_RANGE] " + clause + " position " + ordinal
              + " is not in select list (valid range is [1, " + size + "])",
          literal.getParserPosition());
    }
    return (int) ordinal;
  }

  private static boolean isIntegerLiteral(SqlNode node) {
    return node instanceof SqlNumericLiteral && ((SqlNumericLiteral) node).isInteger();
  }

  /** The select list whose items ORDER BY positions refer to (the first SELECT of a UNION). */
  private static List<SqlNode> outputsOf(SqlNode query) {
    switch (query.getKind()) {
      case SELECT:
        return ((SqlSelect) query).getSelectList().getList();
      case ORDER_BY:
        return outputsOf(((SqlOrderBy) query).query);
      case WITH:
        return outputsOf(((SqlWith) query).body);
      case UNION:
      case INTERSECT:
      case EXCEPT:
        return outputsOf(((SqlCall) query).operand(0));
      default:
        return null;
    }
  }

  // ---- VALUES -------------------------------------------------------------------------------

  /**
   * An inline table, Spark's {@code VALUES (1, 'a'), (2, 'b')}: columns {@code col1, col2, ...}
   * (an alias list {@code AS t(a, b)} renames them), each of the widest type of its rows. Each row
   * is a projection of one row; the rows are a balanced {@code UNION ALL}, whose analysis widens
   * the column types pairwise as Spark's inline-table resolution does over all rows.
   */
  private LogicalPlan values(SqlCall values) {
    List<SqlNode> rows = values.getOperandList();
    List<LogicalPlan> projections = new ArrayList<>(rows.size());
    int width = -1;
    for (int r = 0; r < rows.size(); r++) {
      SqlNode row = rows.get(r);
      List<SqlNode> items = row.getKind() == SqlKind.ROW ? ((SqlCall) row).getOperandList() : List.of(row);
      if (width < 0) {
        width = items.size();
      } else if (items.size() != width) {
        throw source.error(
            "INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH",
            "Invalid inline table. Inline table expected " + width + " columns but found " + items.size()
                + " columns in row " + r + ".",
            source.originalOffset(row.getParserPosition()),
            null);
      }
      List<UnresolvedExpr> outputs = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        SqlNode item = items.get(c);
        // Spark names inline-table columns by position even when a value carries an alias.
        UnresolvedExpr value =
            expressions.translate(item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item);
        if (containsAggregate(value) || containsColumn(value)) {
          throw source.error(
              "INVALID_INLINE_TABLE.CANNOT_EVALUATE_EXPRESSION_IN_INLINE_TABLE",
              "Invalid inline table. Cannot evaluate the expression \"" + value.sql() + "\" in inline table definition.",
              source.originalOffset(item.getParserPosition()),
              null);
        }
        outputs.add(new Alias(value, "col" + (c + 1)));
      }
      projections.add(new Project(outputs, OneRowRelation.INSTANCE));
    }
    return balancedUnion(projections, 0, projections.size());
  }

  /** UNION ALL of {@code plans[from, to)}, log-deep so that a long VALUES list plans and runs shallow. */
  private static LogicalPlan balancedUnion(List<LogicalPlan> plans, int from, int to) {
    if (to - from == 1) {
      return plans.get(from);
    }
    int middle = (from + to) >>> 1;
    return new Union(balancedUnion(plans, from, middle), balancedUnion(plans, middle, to));
  }

  private static boolean containsColumn(UnresolvedExpr e) {
    if (e instanceof ColumnName || e instanceof Star) {
      return true;
    }
    for (UnresolvedExpr child : e.children()) {
      if (containsColumn(child)) {
        return true;
      }
    }
    return false;
  }

  // ---- WITH ---------------------------------------------------------------------------------

  /**
   * A WITH: its definitions, inlined where referenced. Under {@code nestedCteNameConflictFails}
   * (Spark's EXCEPTION policy, {@code CTESubstitution.assertNoNameConflictsInCTE}), a WITH that
   * starts a CTE's definition may not define a name of an enclosing WITH or of an earlier
   * definition of the enclosing one.
   */
  private LogicalPlan with(SqlWith with, boolean startOfDefinition) {
    Map<String, Cte> scope = new HashMap<>();
    ctes.push(scope);
    int outerMark = outerCteNames.size();
    try {
      if (nestedCteNameConflictFails && startOfDefinition) {
        for (SqlNode node : with.withList) {
          String name = ((SqlWithItem) node).name.getSimple();
          for (String outer : outerCteNames) {
            if (outer.equalsIgnoreCase(name)) {
              throw source.error(
                  "AMBIGUOUS_ALIAS_IN_NESTED_CTE",
                  "Name `" + name + "` is ambiguous in nested CTE. Please set"
                      + " \"spark.sql.legacy.ctePrecedencePolicy\" to \"CORRECTED\" so that name defined in"
                      + " inner CTE takes precedence. If set it to \"LEGACY\", outer CTE definitions will"
                      + " take precedence.",
                  source.originalOffset(node.getParserPosition()),
                  null);
            }
          }
        }
      }
      java.util.Set<String> names = new java.util.HashSet<>();
      for (SqlNode node : with.withList) {
        String n = ((SqlWithItem) node).name.getSimple().toLowerCase(Locale.ROOT);
        if (!names.add(n)) {
          throw source.error(
              "[DUPLICATED_CTE_NAMES] CTE definition can't have duplicate names: `"
                  + ((SqlWithItem) node).name.getSimple() + "`.",
              with.getParserPosition());
        }
      }
      for (SqlNode node : with.withList) {
        SqlWithItem item = (SqlWithItem) node;
        if (item.columnList != null) {
          throw expressions.unsupported(item.columnList, "column lists in WITH");
        }
        if (item.recursive != null && item.recursive.booleanValue()) {
          throw expressions.unsupported(item, "recursive WITH");
        }
        String name = item.name.getSimple();
        startOfCteDefinition = true;
        LogicalPlan definition = query(item.query);
        scope.put(name.toLowerCase(Locale.ROOT), new Cte(name, definition));
        outerCteNames.add(name);
      }
      return query(with.body);
    } finally {
      outerCteNames.subList(outerMark, outerCteNames.size()).clear();
      for (Cte cte : ctes.pop().values()) {
        if (!cte.used) {
          unusedCtes.add(cte.plan);
        }
      }
    }
  }

  // ---- FROM ---------------------------------------------------------------------------------

  private LogicalPlan relation(SqlNode node) {
    switch (node.getKind()) {
      case IDENTIFIER:
        return table((SqlIdentifier) node);
      case AS:
        {
          SqlCall as = (SqlCall) node;
          List<String> columns = new ArrayList<>();
          for (int i = 2; i < as.operandCount(); i++) {
            columns.add(((SqlIdentifier) as.operand(i)).getSimple());
          }
          String alias = ((SqlIdentifier) as.operand(1)).getSimple();
          return new SubqueryAlias(alias, columns, relation(as.operand(0)));
        }
      case JOIN:
        return join((SqlJoin) node);
      case SELECT:
      case ORDER_BY:
      case WITH:
      case UNION:
      case INTERSECT:
      case EXCEPT:
        return query(node);
      case VALUES:
        return values((SqlCall) node);
      case COLLECTION_TABLE:
        throw expressions.unsupported(node, "table-valued functions");
      default:
        throw expressions.unsupported(node, node.getKind().name().replace('_', ' ') + " in FROM");
    }
  }

  private LogicalPlan table(SqlIdentifier id) {
    if (id.names.size() == 1) {
      String key = id.names.get(0).toLowerCase(Locale.ROOT);
      for (Map<String, Cte> scope : ctes) {
        Cte cte = scope.get(key);
        if (cte != null) {
          cte.used = true;
          return new SubqueryAlias(cte.name, cte.plan);
        }
      }
    }
    int offset = source.originalOffset(id.getParserPosition());
    return new UnresolvedRelation(id.names, source.lineOf(offset), source.positionInLine(offset) + 1);
  }

  private LogicalPlan join(SqlJoin join) {
    LogicalPlan left = relation(join.getLeft());
    LogicalPlan right = relation(join.getRight());
    JoinType type;
    switch (join.getJoinType()) {
      case COMMA:
      case CROSS:
        type = JoinType.CROSS;
        break;
      case INNER:
        type = JoinType.INNER;
        break;
      case LEFT:
        {
          // LEFT SEMI/ANTI JOIN reach Calcite as LEFT JOIN; the source text remembers which.
          int at = source.originalOffset(join.getJoinTypeNode().getParserPosition());
          String semi = source.semiJoinAt(at);
          type = semi == null ? JoinType.LEFT_OUTER
              : semi.equals("SEMI") ? JoinType.LEFT_SEMI : JoinType.LEFT_ANTI;
          break;
        }
      case RIGHT:
        type = JoinType.RIGHT_OUTER;
        break;
      case FULL:
        type = JoinType.FULL_OUTER;
        break;
      case LEFT_SEMI_JOIN:
        type = JoinType.LEFT_SEMI;
        break;
      case LEFT_ANTI_JOIN:
        type = JoinType.LEFT_ANTI;
        break;
      default:
        throw expressions.unsupported(join, join.getJoinType() + " joins");
    }
    if (join.isNatural()) {
      return new Join(left, right, type, null, List.of(), true);
    }
    switch (join.getConditionType()) {
      case ON:
        return new Join(left, right, type, expressions.translate(join.getCondition()), List.of());
      case USING:
        {
          List<String> columns = new ArrayList<>();
          for (SqlNode c : (SqlNodeList) join.getCondition()) {
            columns.add(((SqlIdentifier) c).getSimple());
          }
          return new Join(left, right, type, null, columns);
        }
      default:
        return new Join(left, right, type, null, List.of());
    }
  }
}
