package io.sluice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code session.sql} over temporary views, end to end. */
class SqlQueryTest {
  private Session spark;

  @BeforeEach
  void setUp() {
    spark = Session.builder().master("local[2]").getOrCreate();
    spark
        .createDataFrame(
            List.of(
                Row.of(1, "ann", "5-14 years", 10),
                Row.of(2, "bob", "75+ years", 20),
                Row.of(3, "cy", "75+ years", null),
                Row.of(4, "dee", "15-24 years", 40)),
            "id INT, name STRING, age STRING, score INT")
        .createOrReplaceTempView("people");
    spark
        .createDataFrame(
            List.of(Row.of(1, "Seoul"), Row.of(2, "Busan"), Row.of(4, "Incheon"), Row.of(9, "Jeju")),
            "id INT, city STRING")
        .createOrReplaceTempView("cities");
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  private List<Row> sql(String query) {
    return spark.sql(query).collectAsList();
  }

  @Test
  void selectWhereOrderLimit() {
    assertThat(sql("SELECT name, score * 2 AS twice FROM people WHERE score >= 20 ORDER BY name DESC LIMIT 1"))
        .containsExactly(Row.of("dee", 80));
    assertThat(spark.sql("SELECT id + 1, upper(name) FROM people").columns())
        .containsExactly("(id + 1)", "upper(name)");
  }

  @Test
  void groupByHavingAndAggregates() {
    assertThat(
            sql(
                "SELECT age, count(*) AS n, sum(score), avg(score), min(name), max(id) FROM people"
                    + " GROUP BY age HAVING count(*) > 1"))
        .containsExactly(Row.of("75+ years", 2L, 20L, 20.0, "bob", 3));
    assertThat(sql("SELECT count(*), count(score), count(DISTINCT age) FROM people"))
        .containsExactly(Row.of(4L, 3L, 3L));
  }

  @Test
  void distinctCaseAndCast() {
    assertThat(sql("SELECT DISTINCT age FROM people ORDER BY age"))
        .containsExactly(Row.of("15-24 years"), Row.of("5-14 years"), Row.of("75+ years"));
    assertThat(
            sql(
                "SELECT id, CASE WHEN score IS NULL THEN 'none' WHEN score > 15 THEN 'high' ELSE 'low' END,"
                    + " CAST(id AS STRING), CAST('42' AS INT) FROM people ORDER BY id"))
        .containsExactly(
            Row.of(1, "low", "1", 42),
            Row.of(2, "high", "2", 42),
            Row.of(3, "none", "3", 42),
            Row.of(4, "high", "4", 42));
  }

  @Test
  void innerJoinBetweenViews() {
    assertThat(
            sql(
                "SELECT p.name, c.city FROM people p JOIN cities c ON p.id = c.id"
                    + " WHERE c.city <> 'Busan' ORDER BY p.name"))
        .containsExactly(Row.of("ann", "Seoul"), Row.of("dee", "Incheon"));
    assertThat(sql("SELECT name, city FROM people JOIN cities USING (id) ORDER BY id"))
        .containsExactly(Row.of("ann", "Seoul"), Row.of("bob", "Busan"), Row.of("dee", "Incheon"));
    assertThat(sql("SELECT p.name, c.city FROM people p LEFT JOIN cities c ON p.id = c.id ORDER BY p.id"))
        .containsExactly(
            Row.of("ann", "Seoul"), Row.of("bob", "Busan"), Row.of("cy", null), Row.of("dee", "Incheon"));
  }

  @Test
  void subqueryInFrom() {
    assertThat(
            sql(
                "SELECT t.age, t.n FROM (SELECT age, count(*) AS n FROM people GROUP BY age) t"
                    + " WHERE t.n = 1 ORDER BY t.age"))
        .containsExactly(Row.of("15-24 years", 1L), Row.of("5-14 years", 1L));
  }

  @Test
  void errorsNameLineAndColumn() {
    assertThatThrownBy(() -> spark.sql("SELECT *\nFORM people"))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> spark.sql("SELECT * FROM\n  nowhere"))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("nowhere")
        .satisfies(e -> assertThat(((AnalysisException) e).line()).isEqualTo(2));
    assertThatThrownBy(() -> spark.sql("SELECT nope FROM people"))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("`nope`");
    assertThatThrownBy(() -> spark.sql("SELECT name, count(*) FROM people GROUP BY age"))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> spark.sql("SELECT name + true FROM people"))
        .isInstanceOf(AnalysisException.class);
  }

  @Test
  void datasetAndSqlAgree() {
    Dataset<Row> viaApi =
        spark.table("people").groupBy("age").count().orderBy("age");
    assertThat(viaApi.collectAsList())
        .containsExactlyElementsOf(sql("SELECT age, count(*) AS count FROM people GROUP BY age ORDER BY age"));
    assertThat(spark.table("people").selectExpr("id * 10 AS x").filter("x > 20").collectAsList())
        .containsExactly(Row.of(30), Row.of(40));
  }
}
