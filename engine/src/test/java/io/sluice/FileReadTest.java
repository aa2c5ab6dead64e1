package io.sluice;

import static io.sluice.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.columnar.io.SluiceIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch reads and writes of real files through the public API, and their errors. */
class FileReadTest {
  @TempDir Path dir;
  private Session spark;

  @BeforeEach
  void setUp() {
    spark = Session.builder().master("local[2]").getOrCreate();
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  private Dataset<Row> sample() {
    return spark.createDataFrame(
        List.of(
            Row.of("ann", 34, 1.5, java.sql.Date.valueOf("2020-05-22")),
            Row.of("bob", null, 2.25, null),
            Row.of("cy", 7, null, java.sql.Date.valueOf("1999-12-31"))),
        "name STRING, n INT, x DOUBLE, d DATE");
  }

  @Test
  void everyFormatRoundTripsThroughWriteAndRead() {
    for (String format : List.of("parquet", "orc", "json", "csv")) {
      String path = dir.resolve(format).toString();
      sample().write().format(format).option("header", "true").save(path);
      Dataset<Row> back =
          spark.read().format(format).option("header", "true").schema("name STRING, n INT, x DOUBLE, d DATE").load(path);
      assertThat(back.orderBy("name").collectAsList())
          .as(format)
          .containsExactlyElementsOf(sample().orderBy("name").collectAsList());
    }
  }

  @Test
  void parquetSchemaIsReadFromTheFooter() {
    String path = dir.resolve("p").toString();
    sample().write().parquet(path);
    Dataset<Row> back = spark.read().parquet(path);
    assertThat(back.columns()).containsExactly("name", "n", "x", "d");
    assertThat(back.filter(col("n").gt(10)).select("name").collectAsList()).containsExactly(Row.of("ann"));
  }

  @Test
  void scansReadOnlyTheColumnsTheQueryUses() {
    String path = dir.resolve("p").toString();
    sample().write().parquet(path);
    Dataset<Row> names = spark.read().parquet(path).filter(col("n").gt(10)).select("name");
    assertThat(names.explainString(false)).contains("columns name STRING, n INT");
    assertThat(names.collectAsList()).containsExactly(Row.of("ann"));
    assertThat(spark.read().parquet(path).groupBy().count().explainString(false)).contains("columns name STRING");
    assertThat(spark.read().parquet(path).explainString(false)).doesNotContain("columns");

    // A view's own filter still reads its column, though the outer query never names it.
    spark.read().parquet(path).filter("x > 2").createOrReplaceTempView("v");
    assertThat(spark.sql("SELECT name FROM v").collectAsList()).containsExactly(Row.of("bob"));
    assertThat(spark.sql("SELECT * FROM v").columns()).containsExactly("name", "n", "x", "d");
  }

  @Test
  void writeRefusesAnExistingPathUnlessTheModeAllowsIt() {
    String path = dir.resolve("out").toString();
    sample().write().parquet(path);
    assertThatThrownBy(() -> sample().write().parquet(path))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("already exists");
    sample().write().mode("append").parquet(path);
    assertThat(spark.read().parquet(path).count()).isEqualTo(6);
    sample().write().mode("overwrite").parquet(path);
    assertThat(spark.read().parquet(path).count()).isEqualTo(3);
  }

  @Test
  void aPathThatDoesNotExistIsAClearError() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> spark.read().parquet(missing.toString()))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("Path does not exist")
        .hasMessageContaining("nope");
  }

  @Test
  void anUnreadableParquetFileNamesTheFile() throws Exception {
    Path bad = dir.resolve("bad.parquet");
    Files.writeString(bad, "this is not parquet");
    assertThatThrownBy(
            () -> spark.read().schema("a INT").parquet(bad.toString()).collectAsList())
        .isInstanceOf(SluiceIOException.class)
        .hasMessageContaining("bad.parquet");
  }

  @Test
  void malformedCsvFollowsSparksModes() throws Exception {
    Path csv = dir.resolve("people.csv");
    Files.writeString(csv, "name,n\nann,1\nbob,oops\ncy,3\n");
    String schema = "name STRING, n INT, _corrupt_record STRING";
    List<Row> permissive =
        spark.read().option("header", "true").schema(schema).csv(csv.toString()).collectAsList();
    assertThat(permissive)
        .containsExactly(Row.of("ann", 1, null), Row.of("bob", null, "bob,oops"), Row.of("cy", 3, null));

    List<Row> dropped =
        spark.read().option("header", "true").option("mode", "DROPMALFORMED")
            .schema("name STRING, n INT").csv(csv.toString()).collectAsList();
    assertThat(dropped).containsExactly(Row.of("ann", 1), Row.of("cy", 3));

    assertThatThrownBy(
            () -> spark.read().option("header", "true").option("mode", "FAILFAST")
                .schema("name STRING, n INT").csv(csv.toString()).collectAsList())
        .isInstanceOf(SluiceIOException.class)
        .hasMessageContaining("people.csv")
        .hasMessageContaining("line 3");
  }

  @Test
  void malformedJsonFollowsSparksModes() throws Exception {
    Path json = dir.resolve("people.json");
    Files.writeString(json, "{\"name\":\"ann\",\"n\":1}\n{\"name\":\"bob\",\"n\":\n{\"name\":\"cy\",\"n\":3}\n");
    List<Row> inferred = spark.read().json(json.toString()).orderBy("name").collectAsList();
    assertThat(spark.read().json(json.toString()).columns()).contains("_corrupt_record", "n", "name");
    assertThat(inferred).hasSize(3);

    List<Row> dropped =
        spark.read().option("mode", "DROPMALFORMED").schema("name STRING, n BIGINT")
            .json(json.toString()).collectAsList();
    assertThat(dropped).containsExactly(Row.of("ann", 1L), Row.of("cy", 3L));

    assertThatThrownBy(
            () -> spark.read().option("mode", "FAILFAST").schema("name STRING, n BIGINT")
                .json(json.toString()).collectAsList())
        .isInstanceOf(SluiceIOException.class)
        .hasMessageContaining("people.json");
  }

  @Test
  void csvSchemaInference() throws Exception {
    Path csv = dir.resolve("t.csv");
    Files.writeString(csv, "a,b,c\n1,2.5,x\n2,3.5,y\n");
    Dataset<Row> df = spark.read().option("header", "true").option("inferSchema", "true").csv(csv.toString());
    assertThat(df.dtypes()).isDeepEqualTo(
        new String[][] {{"a", "IntegerType"}, {"b", "DoubleType"}, {"c", "StringType"}});
  }
}
