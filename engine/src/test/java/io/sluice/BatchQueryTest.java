package io.sluice;

import static io.sluice.functions.col;
import static io.sluice.functions.count;
import static io.sluice.functions.lit;
import static io.sluice.functions.sum;
import static io.sluice.functions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchQueryTest {
  private Session spark;
  private Dataset<Row> people;

  @BeforeEach
  void setUp() {
    spark = Session.builder().appName("test").master("local[2]").getOrCreate();
    people =
        spark.createDataFrame(
            List.of(
                Row.of("ann", 34, "5-14 years"),
                Row.of("bob", 12, "5-14 years"),
                Row.of("cy", null, "75+ years"),
                Row.of("dee", 80, "75+ years"),
                Row.of("eve", 51, "35-54 years")),
            "name STRING, years INT, age STRING");
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  @Test
  void groupByCountMatchesSpark() {
    List<Row> rows = people.groupBy("age").count().orderBy("age").collectAsList();
    assertThat(rows)
        .containsExactly(Row.of("35-54 years", 1L), Row.of("5-14 years", 2L), Row.of("75+ years", 2L));
    assertThat(people.groupBy("age").count().columns()).containsExactly("age", "count");
  }

  @Test
  void selectFilterWithColumn() {
    Dataset<Row> out =
        people
            .filter(col("years").gt(20))
            .select(col("name"), col("years").plus(1).alias("next"), when(col("years").gt(60), lit("old")).otherwise("young").as("band"))
            .orderBy(col("name").desc());
    assertThat(out.collectAsList())
        .containsExactly(Row.of("eve", 52, "young"), Row.of("dee", 81, "old"), Row.of("ann", 35, "young"));
  }

  @Test
  void aggregatesAndCount() {
    Row r = people.agg(count("years"), sum("years"), count("*")).collectAsList().get(0);
    assertThat(r).isEqualTo(Row.of(4L, 177L, 5L));
    assertThat(people.count()).isEqualTo(5L);
    assertThat(people.agg(count("years")).columns()).containsExactly("count(years)");
  }

  @Test
  void unknownColumnIsAnAnalysisError() {
    assertThatThrownBy(() -> people.select(col("nope")).collectAsList())
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("`nope`")
        .hasMessageContaining("`years`");
  }

  @Test
  void showPrintsSparksTable() {
    String table = people.groupBy("age").count().orderBy(col("age").desc()).showString(20, 20);
    assertThat(table)
        .isEqualTo(
            "+-----------+-----+\n"
                + "|        age|count|\n"
                + "+-----------+-----+\n"
                + "|  75+ years|    2|\n"
                + "| 5-14 years|    2|\n"
                + "|35-54 years|    1|\n"
                + "+-----------+-----+\n");
  }
}
