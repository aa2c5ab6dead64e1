package io.sluice;

import static io.sluice.functions.avg;
import static io.sluice.functions.col;
import static io.sluice.functions.concat;
import static io.sluice.functions.countDistinct;
import static io.sluice.functions.expr;
import static io.sluice.functions.length;
import static io.sluice.functions.lit;
import static io.sluice.functions.lower;
import static io.sluice.functions.max;
import static io.sluice.functions.min;
import static io.sluice.functions.round;
import static io.sluice.functions.sqrt;
import static io.sluice.functions.to_date;
import static io.sluice.functions.upper;
import static io.sluice.functions.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.function.FilterFunction;
import io.sluice.function.MapFunction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Dataset, Column and functions API, method by method, against Spark's documented behaviour. */
class DatasetApiTest {
  private Session spark;
  private Dataset<Row> df;

  @BeforeEach
  void setUp() {
    spark = Session.builder().master("local[2]").getOrCreate();
    df =
        spark.createDataFrame(
            List.of(
                Row.of("Ann", 34, 2.0, "2020-05-22"),
                Row.of("Bob", 12, 9.0, "2019-01-01"),
                Row.of("Cy", null, 16.0, null)),
            "name STRING, age INT, x DOUBLE, day STRING");
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  private static String captured(Runnable r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printSchemaAndColumns() {
    assertThat(captured(df::printSchema))
        .isEqualTo(
            "root\n |-- name: string (nullable = true)\n |-- age: integer (nullable = true)\n"
                + " |-- x: double (nullable = true)\n |-- day: string (nullable = true)\n\n");
    assertThat(df.columns()).containsExactly("name", "age", "x", "day");
    assertThat(df.isStreaming()).isFalse();
  }

  @Test
  void withColumnRenameDrop() {
    Dataset<Row> out =
        df.withColumn("older", col("age").plus(1))
            .withColumn("age", col("age").multiply(2))
            .withColumnRenamed("name", "who")
            .drop("x", "day", "missing");
    assertThat(out.columns()).containsExactly("who", "age", "older");
    assertThat(out.filter(col("who").equalTo("Ann")).collectAsList()).containsExactly(Row.of("Ann", 68, 35));
    assertThat(df.withColumnRenamed("nope", "x2").columns()).containsExactly("name", "age", "x", "day");
  }

  @Test
  void columnOperatorsAndFunctions() {
    Row r =
        df.filter(col("name").equalTo("Ann"))
            .select(
                upper(col("name")),
                lower(col("name")).as("l"),
                length(col("name")),
                concat(col("name"), lit("!")),
                col("age").divide(4),
                col("age").mod(5),
                col("age").between(30, 40),
                col("age").isin(1, 34),
                col("name").like("A%"),
                round(sqrt(col("x")), 3),
                year(to_date(col("day"))),
                col("age").cast("string"),
                expr("age * 2 + 1"),
                col("age").isNull(),
                col("age").gt(30).and(col("x").lt(3)).or(lit(false)))
            .collectAsList()
            .get(0);
    assertThat(r)
        .isEqualTo(
            Row.of("ANN", "ann", 3, "Ann!", 8.5, 4, true, true, true, 1.414, 2020, "34", 69, false, true));
  }

  @Test
  void nullsPropagateAndCompareLikeSpark() {
    List<Row> rows =
        df.select(col("age").plus(1), col("age").gt(20), col("age").eqNullSafe(null), col("age").isNotNull())
            .collectAsList();
    assertThat(rows.get(2)).isEqualTo(Row.of(null, null, true, false));
  }

  @Test
  void aggregatesDistinctUnionLimit() {
    Row agg = df.agg(min("age"), max("x"), avg("age"), countDistinct("name")).collectAsList().get(0);
    assertThat(agg).isEqualTo(Row.of(12, 16.0, 23.0, 3L));
    assertThat(df.agg(min("age")).columns()).containsExactly("min(age)");
    assertThat(df.select("name").union(df.select("name")).distinct().count()).isEqualTo(3);
    assertThat(df.union(df).count()).isEqualTo(6);
    assertThat(df.limit(2).count()).isEqualTo(2);
    assertThatThrownBy(() -> df.union(df.select("name")).collectAsList())
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("same number of columns");
  }

  @Test
  void javaFunctionsFilterMapForeach() {
    List<Integer> ages =
        df.filter((FilterFunction<Row>) r -> !r.isNullAt(1))
            .map((MapFunction<Row, Integer>) r -> r.getInt(1) * 10, Encoders.INT())
            .collectAsList();
    assertThat(ages).containsExactly(340, 120);
    List<String> seen = new ArrayList<>();
    df.select("name").foreach(r -> seen.add(r.getString(0)));
    assertThat(seen).containsExactly("Ann", "Bob", "Cy");
  }

  @Test
  void explainShowsGeneratedOperators() {
    String plan = df.filter(col("age").gt(1)).groupBy("name").count().explainString(false);
    assertThat(plan).contains("HashAggregate").contains("Scan");
    assertThat(captured(() -> df.select("name").explain())).startsWith("== Physical Plan ==");
  }

  @Test
  void showTruncatesAndLimitsLikeSpark() {
    Dataset<Row> wide =
        spark.createDataFrame(List.of(Row.of("a string longer than twenty characters")), "s STRING");
    assertThat(wide.showString(20, 20))
        .isEqualTo(
            "+--------------------+\n|                   s|\n+--------------------+\n"
                + "|a string longer t...|\n+--------------------+\n");
    assertThat(spark.range(30).showString(2, 20))
        .isEqualTo("+---+\n| id|\n+---+\n|  0|\n|  1|\n+---+\nonly showing top 2 rows");
  }

  @Test
  void wrongTypesAreAnalysisErrors() {
    assertThatThrownBy(() -> df.filter(col("age")).collectAsList())
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("not a boolean");
    assertThatThrownBy(() -> df.select(col("name").plus(lit(true))).collectAsList())
        .isInstanceOf(AnalysisException.class);
    assertThatThrownBy(() -> df.select(col("nope")).collectAsList())
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("`nope`");
  }

  @Test
  void joinsByColumnAndUsing() {
    Dataset<Row> cities =
        spark.createDataFrame(List.of(Row.of("Ann", "Seoul"), Row.of("Dee", "Jeju")), "name STRING, city STRING");
    assertThat(df.join(cities, "name").select("name", "city").collectAsList())
        .containsExactly(Row.of("Ann", "Seoul"));
    assertThat(
            df.as("p")
                .join(cities.as("c"), col("p.name").equalTo(col("c.name")), "left_outer")
                .select(col("p.name"), col("c.city"))
                .orderBy("name")
                .collectAsList())
        .containsExactly(Row.of("Ann", "Seoul"), Row.of("Bob", null), Row.of("Cy", null));
  }
}
