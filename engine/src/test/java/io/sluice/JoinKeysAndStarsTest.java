package io.sluice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Join keys compare as Spark's grouping keys (-0.0 = 0.0, NaN = NaN, null only under {@code <=>}),
 * USING/NATURAL outer joins keep each side's own key, stars expand inside functions. Every
 * expected value was recorded by running the same query on Spark 4.2.0 (local[1]) over the same
 * rows, built there with {@code VALUES (1, CAST('0.0' AS DOUBLE)), (2, CAST('-0.0' AS DOUBLE))...}.
 */
class JoinKeysAndStarsTest {
  private Session spark;

  @BeforeEach
  void setUp() {
    spark = Session.builder().master("local[2]").getOrCreate();
    spark
        .createDataFrame(
            List.of(Row.of(1, 0.0), Row.of(2, -0.0), Row.of(3, Double.NaN), Row.of(4, null), Row.of(5, 1.5)),
            "id INT, d DOUBLE")
        .createOrReplaceTempView("l");
    spark
        .createDataFrame(
            List.of(Row.of("zero", 0.0), Row.of("negzero", -0.0), Row.of("nan", Double.NaN), Row.of("none", null)),
            "name STRING, d DOUBLE")
        .createOrReplaceTempView("r");
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  /** Rows as Spark's golden files print them: tab-separated, NULL for null. */
  private List<String> sql(String query) {
    List<String> out = new ArrayList<>();
    for (Row row : spark.sql(query).collectAsList()) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        s.append(i == 0 ? "" : "\t").append(row.isNullAt(i) ? "NULL" : String.valueOf(row.get(i)));
      }
      out.add(s.toString());
    }
    return out;
  }

  @Test
  void zeroAndNegativeZeroAndNaNKeysMatch() {
    List<String> spark42 = List.of("1\tnegzero", "1\tzero", "2\tnegzero", "2\tzero", "3\tnan");
    assertThat(sql("SELECT l.id, r.name FROM l JOIN r ON l.d = r.d ORDER BY l.id, r.name"))
        .containsExactlyElementsOf(spark42);
    assertThat(sql("SELECT l.id, r.name FROM l JOIN r ON r.d = l.d ORDER BY l.id, r.name"))
        .containsExactlyElementsOf(spark42);
    assertThat(sql("SELECT l.id, r.name FROM l JOIN r USING (d) ORDER BY l.id, r.name"))
        .containsExactlyElementsOf(spark42);
    assertThat(
            sql("SELECT l.id, r.name FROM l JOIN r ON CAST(l.d AS FLOAT) = CAST(r.d AS FLOAT) ORDER BY l.id, r.name"))
        .containsExactlyElementsOf(spark42);
    assertThat(sql("SELECT l.id, r.name FROM l LEFT JOIN r ON l.d = r.d ORDER BY l.id, r.name"))
        .containsExactly("1\tnegzero", "1\tzero", "2\tnegzero", "2\tzero", "3\tnan", "4\tNULL", "5\tNULL");
  }

  @Test
  void nullSafeEqualityMatchesNullKeys() {
    assertThat(sql("SELECT l.id, r.name FROM l JOIN r ON l.d <=> r.d ORDER BY l.id, r.name"))
        .containsExactly("1\tnegzero", "1\tzero", "2\tnegzero", "2\tzero", "3\tnan", "4\tnone");
  }

  @Test
  void outerUsingJoinsKeepEachSidesKey() {
    // The output key is the coalesce of both sides; t.* gives each side's own value (-0.0 stays -0.0).
    assertThat(sql("SELECT * FROM l NATURAL FULL OUTER JOIN r ORDER BY id, name"))
        .containsExactly(
            "NULL\tNULL\tnone", "0.0\t1\tnegzero", "0.0\t1\tzero", "-0.0\t2\tnegzero", "-0.0\t2\tzero",
            "NaN\t3\tnan", "NULL\t4\tNULL", "1.5\t5\tNULL");
    assertThat(sql("SELECT l.*, r.* FROM l FULL OUTER JOIN r USING (d) ORDER BY id, name"))
        .containsExactly(
            "NULL\tNULL\tNULL\tnone", "0.0\t1\t-0.0\tnegzero", "0.0\t1\t0.0\tzero", "-0.0\t2\t-0.0\tnegzero",
            "-0.0\t2\t0.0\tzero", "NaN\t3\tNaN\tnan", "NULL\t4\tNULL\tNULL", "1.5\t5\tNULL\tNULL");
    assertThat(spark.sql("SELECT l.*, r.* FROM l FULL OUTER JOIN r USING (d)").columns())
        .containsExactly("d", "id", "d", "name");
  }

  @Test
  void countOfSeveralArgumentsCountsRowsWithAllPresent() {
    assertThat(sql("SELECT count(id, d), count(d, name), count(*) FROM l FULL OUTER JOIN r USING (d)"))
        .containsExactly("6\t5\t8");
    assertThat(spark.sql("SELECT count(id, d), count(l.*, l.*) FROM l").columns())
        .containsExactly("count(id, d)", "count(id, d, id, d)");
  }

  @Test
  void groupByAliasAndOrderByPositionOverStar() {
    assertThat(sql("SELECT id AS k, count(*) AS n FROM l GROUP BY k HAVING k > 2 ORDER BY k"))
        .containsExactly("3\t1", "4\t1", "5\t1");
    // -0.0 sorts equal to 0.0, so id breaks the tie; NaN sorts above every other double.
    assertThat(sql("SELECT * FROM l ORDER BY 2 DESC, 1"))
        .containsExactly("3\tNaN", "5\t1.5", "1\t0.0", "2\t-0.0", "4\tNULL");
    assertThat(sql("SELECT d, count(*) FROM l GROUP BY d ORDER BY d"))
        .containsExactly("NULL\t1", "0.0\t2", "1.5\t1", "NaN\t1");
  }

  @Test
  void qualifiedStarInsideAFunction() {
    assertThat(sql("SELECT concat_ws('-', l.*) FROM l ORDER BY id"))
        .containsExactly("1-0.0", "2--0.0", "3-NaN", "4", "5-1.5");
  }

  @Test
  void datasetUsingJoinOutputHasNoHiddenColumns() {
    Dataset<Row> joined = spark.table("l").join(spark.table("r"), "d");
    assertThat(joined.columns()).containsExactly("d", "id", "name");
    assertThat(joined.distinct().count()).isEqualTo(5);
  }
}
