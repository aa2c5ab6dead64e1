package io.sluice.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.plan.Aggregate;
import io.sluice.plan.Join;
import io.sluice.plan.JoinType;
import io.sluice.plan.LogicalPlan;
import io.sluice.plan.Project;
import io.sluice.plan.UnresolvedRelation;
import io.sluice.plan.expr.Alias;
import io.sluice.plan.expr.ColumnName;
import io.sluice.plan.expr.FunctionCall;
import io.sluice.plan.expr.Star;
import io.sluice.plan.expr.UnresolvedExpr;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SqlFrontEndQueryTest {

  private static String tree(String sql) {
    return SqlFrontEnd.parseQuery(sql).treeString();
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static List<String> names(List<UnresolvedExpr> exprs) {
    return exprs.stream().map(UnresolvedExpr::sql).collect(Collectors.toList());
  }

  @Test
  void selectStarFromTable() {
    assertThat(tree("SELECT * FROM t")).isEqualTo(lines("Project [*]", "+- UnresolvedRelation t"));
  }

  @Test
  void selectWithoutFromReadsOneRow() {
    assertThat(tree("select 1, 'a'")).isEqualTo(lines("Project [1, a]", "+- OneRowRelation"));
  }

  @Test
  void projectionWithAliasesAndWhere() {
    assertThat(tree("SELECT name, age + 1 AS next, upper(name) up FROM people WHERE age > 10"))
        .isEqualTo(
            lines(
                "Project [name, (age + 1) AS next, upper(name) AS up]",
                "+- Filter (age > 10)",
                "   +- UnresolvedRelation people"));
  }

  @Test
  void unaliasedExpressionsKeepSparkAutoNames() {
    Aggregate agg = (Aggregate) SqlFrontEnd.parseQuery("SELECT age + 1, count(*) FROM t GROUP BY age");
    assertThat(names(agg.outputs())).containsExactly("(age + 1)", "count(1)");
    assertThat(agg.outputs()).noneMatch(e -> e instanceof Alias);
    assertThat(names(agg.groupings())).containsExactly("age");
  }

  @Test
  void qualifiedStarAndColumns() {
    Project p = (Project) SqlFrontEnd.parseQuery("SELECT t.*, t.age, `weird col` FROM t");
    assertThat(p.list().get(0)).isInstanceOf(Star.class);
    assertThat(((Star) p.list().get(0)).qualifier()).isEqualTo("t");
    assertThat(((ColumnName) p.list().get(1)).parts()).containsExactly("t", "age");
    assertThat(((ColumnName) p.list().get(2)).name()).isEqualTo("weird col");
  }

  @Test
  void identifiersKeepTheirCase() {
    Project p = (Project) SqlFrontEnd.parseQuery("SELECT Age FROM People");
    assertThat(((ColumnName) p.list().get(0)).name()).isEqualTo("Age");
    assertThat(((UnresolvedRelation) p.child()).name()).isEqualTo("People");
  }

  @Test
  void reservedWordsAsColumnNames() {
    assertThat(tree("SELECT year, count, value, date FROM t WHERE year > 2000 ORDER BY date"))
        .isEqualTo(
            lines(
                "Sort [date ASC NULLS FIRST]",
                "+- Project [year, count, value, date]",
                "   +- Filter (year > 2000)",
                "      +- UnresolvedRelation t"));
    assertThat(tree("SELECT t.year, max(year) AS year FROM t GROUP BY t.year"))
        .isEqualTo(lines("Aggregate [year], [year, max(year) AS year]", "+- UnresolvedRelation t"));
    Aggregate agg = (Aggregate) SqlFrontEnd.parseQuery("SELECT t.year FROM t GROUP BY t.year");
    assertThat(((ColumnName) agg.groupings().get(0)).parts()).containsExactly("t", "year");
  }

  @Test
  void groupByHavingAndOrdinals() {
    assertThat(
            tree(
                "SELECT age, count(*) AS n FROM people GROUP BY 1 HAVING count(*) > 1 ORDER BY n DESC"))
        .isEqualTo(
            lines(
                "Sort [n DESC NULLS LAST]",
                "+- Aggregate [age], [age, count(1) AS n], having (count(1) > 1)",
                "   +- UnresolvedRelation people"));
    Aggregate agg = (Aggregate) SqlFrontEnd.parseQuery("SELECT age + 1 AS a, sum(x) FROM t GROUP BY 1");
    assertThat(names(agg.groupings())).containsExactly("(age + 1)");
  }

  @Test
  void aggregatesWithoutGroupByAggregateEverything() {
    assertThat(tree("SELECT count(*), count(x), sum(x), avg(x), min(x), max(x) + 1 FROM t"))
        .isEqualTo(
            lines(
                "Aggregate [], [count(1), count(x), sum(x), avg(x), min(x), (max(x) + 1)]",
                "+- UnresolvedRelation t"));
    Aggregate agg = (Aggregate) SqlFrontEnd.parseQuery("SELECT COUNT(DISTINCT x) FROM t");
    FunctionCall count = (FunctionCall) agg.outputs().get(0);
    assertThat(count.distinct()).isTrue();
    assertThat(count.sql()).isEqualTo("count(DISTINCT x)");
    assertThat(SqlFrontEnd.parseQuery("SELECT 1 FROM t HAVING max(x) > 1"))
        .isInstanceOf(Aggregate.class);
  }

  @Test
  void scalarFunctionsDoNotAggregate() {
    assertThat(SqlFrontEnd.parseQuery("SELECT upper(name), coalesce(a, b) FROM t"))
        .isInstanceOf(Project.class);
  }

  @Test
  void orderByDirectionsNullsAndOrdinals() {
    assertThat(tree("SELECT a, b + 1, c AS x FROM t ORDER BY 2, 3 DESC, a ASC NULLS LAST, b DESC NULLS FIRST"))
        .isEqualTo(
            lines(
                "Sort [(b + 1) ASC NULLS FIRST, x DESC NULLS LAST, a ASC NULLS LAST, b DESC NULLS FIRST]",
                "+- Project [a, (b + 1), c AS x]",
                "   +- UnresolvedRelation t"));
  }

  @Test
  void limitAndDistinct() {
    assertThat(tree("SELECT DISTINCT a, b FROM t ORDER BY a LIMIT 10"))
        .isEqualTo(
            lines(
                "Limit 10",
                "+- Sort [a ASC NULLS FIRST]",
                "   +- Distinct",
                "      +- Project [a, b]",
                "         +- UnresolvedRelation t"));
  }

  @Test
  void innerJoinsOnAndUsing() {
    assertThat(tree("SELECT * FROM a JOIN b ON a.id = b.id INNER JOIN c USING (k, j)"))
        .isEqualTo(
            lines(
                "Project [*]",
                "+- Join INNER, using [k, j]",
                "   +- Join INNER, (id = id)",
                "      +- UnresolvedRelation a",
                "      +- UnresolvedRelation b",
                "   +- UnresolvedRelation c"));
    Join join = (Join) ((Project) SqlFrontEnd.parseQuery("SELECT * FROM a JOIN b ON a.id = b.id")).child();
    assertThat(join.condition().children())
        .extracting(e -> ((ColumnName) e).parts())
        .containsExactly(List.of("a", "id"), List.of("b", "id"));
  }

  @Test
  void commaJoinIsCrossJoinUnderTheFilter() {
    assertThat(tree("SELECT * FROM a, b WHERE a.x = b.x"))
        .isEqualTo(
            lines(
                "Project [*]",
                "+- Filter (x = x)",
                "   +- Join CROSS",
                "      +- UnresolvedRelation a",
                "      +- UnresolvedRelation b"));
  }

  @Test
  void outerAndCrossJoins() {
    LogicalPlan plan =
        SqlFrontEnd.parseQuery(
            "SELECT * FROM a LEFT JOIN b ON a.x = b.x RIGHT OUTER JOIN c ON true "
                + "FULL OUTER JOIN d USING (y) CROSS JOIN e");
    Join cross = (Join) ((Project) plan).child();
    Join full = (Join) cross.left();
    Join right = (Join) full.left();
    Join left = (Join) right.left();
    assertThat(cross.type()).isEqualTo(JoinType.CROSS);
    assertThat(full.type()).isEqualTo(JoinType.FULL_OUTER);
    assertThat(full.usingColumns()).containsExactly("y");
    assertThat(right.type()).isEqualTo(JoinType.RIGHT_OUTER);
    assertThat(left.type()).isEqualTo(JoinType.LEFT_OUTER);
  }

  @Test
  void semiAntiNaturalJoinsAndColumnAliases() {
    assertThat(
            tree(
                "SELECT * FROM a LEFT SEMI JOIN b USING (k) left anti join c ON a.x = c.x"
                    + " NATURAL FULL JOIN d AS e(p, q)"))
        .isEqualTo(
            lines(
                "Project [*]",
                "+- NaturalJoin FULL_OUTER",
                "   +- Join LEFT_ANTI, (x = x)",
                "      +- Join LEFT_SEMI, using [k]",
                "         +- UnresolvedRelation a",
                "         +- UnresolvedRelation b",
                "      +- UnresolvedRelation c",
                "   +- SubqueryAlias e[p, q]",
                "      +- UnresolvedRelation d"));
    // SEMI and ANTI stay names elsewhere.
    assertThat(tree("SELECT semi, anti FROM t semi LEFT JOIN u ON true"))
        .contains("Join LEFT_OUTER");
  }

  @Test
  void tableAliasesAndSubqueries() {
    assertThat(tree("SELECT p.name FROM people AS p, (SELECT a FROM t) s, orders o"))
        .isEqualTo(
            lines(
                "Project [name]",
                "+- Join CROSS",
                "   +- Join CROSS",
                "      +- SubqueryAlias p",
                "         +- UnresolvedRelation people",
                "      +- SubqueryAlias s",
                "         +- Project [a]",
                "            +- UnresolvedRelation t",
                "   +- SubqueryAlias o",
                "      +- UnresolvedRelation orders"));
  }

  @Test
  void unionAllAndUnion() {
    assertThat(tree("SELECT a FROM t UNION ALL SELECT b FROM u"))
        .isEqualTo(
            lines(
                "Union",
                "+- Project [a]",
                "   +- UnresolvedRelation t",
                "+- Project [b]",
                "   +- UnresolvedRelation u"));
    assertThat(tree("SELECT a FROM t UNION SELECT b FROM u ORDER BY 1 LIMIT 3"))
        .isEqualTo(
            lines(
                "Limit 3",
                "+- Sort [a ASC NULLS FIRST]",
                "   +- Distinct",
                "      +- Union",
                "         +- Project [a]",
                "            +- UnresolvedRelation t",
                "         +- Project [b]",
                "            +- UnresolvedRelation u"));
  }

  @Test
  void withQueriesAreInlined() {
    assertThat(tree("WITH c AS (SELECT a FROM t) SELECT * FROM c"))
        .isEqualTo(
            lines(
                "Project [*]",
                "+- SubqueryAlias c",
                "   +- Project [a]",
                "      +- UnresolvedRelation t"));
  }

  @Test
  void relationsCarryTheirPositionAndQualifiedNames() {
    Join join =
        (Join) ((Project) SqlFrontEnd.parseQuery("SELECT *\nFROM   db.people\n  JOIN  orders ON true")).child();
    UnresolvedRelation people = (UnresolvedRelation) join.left();
    UnresolvedRelation orders = (UnresolvedRelation) join.right();
    assertThat(people.nameParts()).containsExactly("db", "people");
    assertThat(people.line()).isEqualTo(2);
    assertThat(people.column()).isEqualTo(8);
    assertThat(orders.line()).isEqualTo(3);
    assertThat(orders.column()).isEqualTo(9);
  }

  @Test
  void positionsSurviveTextEdits() {
    // "10L" and "<=>" are rewritten before Calcite sees them; positions still name the user's text.
    UnresolvedRelation t =
        (UnresolvedRelation)
            ((io.sluice.plan.Filter) ((Project) SqlFrontEnd.parseQuery("SELECT 10L, a <=> b, year FROM t WHERE x")).child()).child();
    assertThat(t.column()).isEqualTo(32);
  }

  @Test
  void trailingSemicolonAndComments() {
    assertThat(tree("SELECT a -- the a\nFROM t /* table */;"))
        .isEqualTo(lines("Project [a]", "+- UnresolvedRelation t"));
  }

  @Test
  void lenientSyntax() {
    assertThat(tree("select a from t where a != 1 and b <> 2 and c == 3 and d <=> 4 limit 1"))
        .isEqualTo(
            lines(
                "Limit 1",
                "+- Project [a]",
                "   +- Filter ((((NOT (a = 1)) AND (NOT (b = 2))) AND (c = 3)) AND (d <=> 4))",
                "      +- UnresolvedRelation t"));
  }
}
