package io.sluice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code show()}, {@code printSchema()} and {@code explain()} print, whole, including the
 * line breaks at the end. The expected layouts were recorded from Spark 4.2.0 ({@code
 * SELECT * FROM VALUES (1, 'a'), (2, 'b') AS t(id, name)}, System.out captured):
 *
 * <pre>
 * show()          table, "\n" (a blank line)
 * show(1)         table, "only showing top 1 row\n" (no blank line)
 * printSchema()   "root\n |-- id: integer (nullable = false)\n ...\n", "\n"
 * explain()       "== Physical Plan ==\n", tree, "\n", "\n"
 * explain(true)   "== Parsed Logical Plan ==\n", tree, "\n", ..., "== Physical Plan ==\n", tree, "\n"
 * </pre>
 */
class PrintedOutputTest {

  private static final String TABLE =
      "+---+----+\n| id|name|\n+---+----+\n|  1|   a|\n|  2|   b|\n+---+----+\n";

  private Session spark;
  private Dataset<Row> df;

  @BeforeEach
  void setUp() {
    spark = Session.builder().master("local[1]").getOrCreate();
    df = spark.createDataFrame(List.of(Row.of(1, "a"), Row.of(2, "b")), "id INT, name STRING");
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  private static String printed(Runnable r) {
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
  void showPrintsTheTableAndABlankLine() {
    assertThat(printed(df::show)).isEqualTo(TABLE + "\n");
    assertThat(printed(() -> df.show(5))).isEqualTo(TABLE + "\n");
    assertThat(printed(() -> df.show(true))).isEqualTo(TABLE + "\n");
    assertThat(printed(() -> df.show(5, false)))
        .isEqualTo("+---+----+\n|id |name|\n+---+----+\n|1  |a   |\n|2  |b   |\n+---+----+\n\n");
    assertThat(printed(() -> df.show(5, 20))).isEqualTo(TABLE + "\n");
  }

  @Test
  void aCutTableEndsWithItsFooterLine() {
    String cut = "+---+----+\n| id|name|\n+---+----+\n|  1|   a|\n+---+----+\nonly showing top 1 row";
    assertThat(df.showString(1, 20)).isEqualTo(cut);
    assertThat(printed(() -> df.show(1))).isEqualTo(cut + "\n");
    assertThat(printed(() -> df.show(1, 20))).isEqualTo(cut + "\n");
  }

  @Test
  void printSchemaEndsWithABlankLine() {
    assertThat(printed(df::printSchema))
        .isEqualTo(
            "root\n |-- id: integer (nullable = true)\n |-- name: string (nullable = true)\n\n");
  }

  @Test
  void explainLaysOutSectionsAsSpark() {
    Dataset<Row> names = df.select("name");
    // The trees are Sluice's own; the sections and blank lines around them are Spark's.
    String physical = "Project [name#1] AS [name]\n+- Scan LocalRelation\n";
    String parsed = "Project [name]\n+- Relation LocalRelation id INT, name STRING\n";
    assertThat(printed(names::explain)).isEqualTo("== Physical Plan ==\n" + physical + "\n\n");
    assertThat(printed(() -> names.explain(false))).isEqualTo("== Physical Plan ==\n" + physical + "\n\n");
    assertThat(printed(() -> names.explain(true)))
        .isEqualTo(
            "== Parsed Logical Plan ==\n" + parsed + "\n== Physical Plan ==\n" + physical + "\n");
  }

  @Test
  void streamingQueryExplainHasTheSameLayout() throws Exception {
    io.sluice.streaming.MemoryStream input = io.sluice.streaming.MemoryStream.of(spark, "name STRING");
    io.sluice.streaming.StreamingQuery q =
        input.toDF().writeStream().queryName("names").format("memory").start();
    try {
      String simple = printed(q::explain);
      assertThat(simple).startsWith("== Physical Plan ==\n").endsWith("\n\n\n");
      assertThat(simple.substring(0, simple.length() - 3)).doesNotEndWith("\n");
      String extended = printed(() -> q.explain(true));
      assertThat(extended).startsWith("== Parsed Logical Plan ==\n").contains("\n\n== Physical Plan ==\n")
          .endsWith("\n\n");
      assertThat(extended.substring(0, extended.length() - 2)).doesNotEndWith("\n");
    } finally {
      q.stop();
    }
  }
}
