package io.sluice;

import static io.sluice.functions.col;
import static io.sluice.functions.expr;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.streaming.StreamingQuery;
import io.sluice.streaming.Trigger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases where the differential oracle found Sluice's answer different from Spark 4.2.0's, replayed
 * through the public API over the same files (CSV as Spark's writer laid them out, with a header)
 * and read the same way (DDL schema, header, a pruned select). Every expected row is Spark
 * 4.2.0's answer, recorded by running the same read and query on Spark 4.2.0 (local[1], session
 * time zone UTC); the case ids name the oracle's saved cases (seed 20261202).
 *
 * <p>One session for the class: stopping it closes the root allocator, which fails on a leak.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DifferentialRegressionTest {

  private static final String T1_DDL =
      "b0 STRING, b1 DECIMAL(38,6), b2 DATE, b3 DATE, b4 DECIMAL(38,6), b5 DECIMAL(10,2)";
  /** Case 20261202-157's files: t0 (a2 string) has only its header; t1 has two rows. */
  private static final String T0_CSV = "YTIK";

  private static final String T1_CSV =
      "YjAsYjEsYjIsYjMsYjQsYjUKIiIsMC4wMDAwMDEsMjAwMC0wNC0wNywxODk0LTA3LTEzLDAuMDAwMDc0LApaeiwwLjAw"
          + "MDMwOCw5OTk5LTEyLTMxLDIwMjAtMTAtMTcsLTAuMDAwMDA1LC04LjYxCg==";

  private final AtomicInteger tables = new AtomicInteger();
  private Session spark;
  @TempDir Path dir;

  @BeforeAll
  void start() {
    spark =
        Session.builder()
            .master("local[2]")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  private Path table(byte[] content, String extension) throws IOException {
    Path d = Files.createDirectories(dir.resolve("t" + tables.incrementAndGet()));
    Files.write(d.resolve("part-00000-c000." + extension), content);
    return d;
  }

  private Path csv(String... lines) throws IOException {
    return table((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), "csv");
  }

  private Dataset<Row> readCsv(Path path, String ddl) {
    return spark.read().format("csv").schema(ddl).options(Map.of("header", "true")).load(path.toString());
  }

  /** Rows as Spark's Row.toString prints them; timestamps as instants (UTC). */
  private static List<String> rows(Dataset<Row> df) {
    List<String> out = new ArrayList<>();
    for (Row row : df.collectAsList()) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        Object v = row.get(i);
        values.add(v instanceof java.sql.Timestamp ? ((java.sql.Timestamp) v).toInstant().toString() : String.valueOf(v));
      }
      out.add("[" + String.join(",", values) + "]");
    }
    return out;
  }

  private List<String> sql(String query) {
    return rows(spark.sql(query));
  }

  @Test
  void outerJoinsWithAnEmptySidePadNullsAndGroupThem() throws IOException {
    Path t0 = table(Base64.getDecoder().decode(T0_CSV), "csv");
    Path t1 = table(Base64.getDecoder().decode(T1_CSV), "csv");
    Dataset<Row> left = readCsv(t0, "a2 STRING").select("a2");
    Dataset<Row> right = readCsv(t1, T1_DDL).select("b2", "b5", "b3", "b0", "b4");
    // Case 157, as the oracle ran it: DataFrame join, then groupBy.
    assertThat(
            rows(left.join(right, expr("a2 = b0"), "right").groupBy(col("b5")).agg(expr("sum(b4)").alias("g0"))))
        .containsExactlyInAnyOrder("[null,0.000074]", "[-8.61,-0.000005]");

    readCsv(t0, "a2 STRING").createOrReplaceTempView("t0");
    readCsv(t1, T1_DDL).createOrReplaceTempView("t1");
    assertThat(sql("SELECT b5, sum(b4) AS g0 FROM t0 RIGHT JOIN t1 ON a2 = b0 GROUP BY b5"))
        .containsExactlyInAnyOrder("[null,0.000074]", "[-8.61,-0.000005]");
    assertThat(sql("SELECT b5, sum(b4) AS g0 FROM t0 FULL JOIN t1 ON a2 = b0 GROUP BY b5"))
        .containsExactlyInAnyOrder("[null,0.000074]", "[-8.61,-0.000005]");
    assertThat(sql("SELECT count(*), sum(b4) FROM t0 LEFT JOIN t1 ON a2 = b0")).containsExactly("[0,null]");
    // Spark reads the quoted empty string "" of a CSV string column as null.
    assertThat(sql("SELECT a2, b0, b1, b2, b3, b4, b5 FROM t1 LEFT JOIN t0 ON a2 = b0"))
        .containsExactlyInAnyOrder(
            "[null,null,0.000001,2000-04-07,1894-07-13,0.000074,null]",
            "[null,Zz,0.000308,9999-12-31,2020-10-17,-0.000005,-8.61]");
    assertThat(sql("SELECT a2, b0, b4, b5 FROM t0 FULL JOIN t1 ON a2 = b0"))
        .containsExactlyInAnyOrder("[null,null,0.000074,null]", "[null,Zz,-0.000005,-8.61]");
    assertThat(sql("SELECT a2, b5, b4 FROM t1 RIGHT JOIN t0 ON a2 = b0")).isEmpty();
    assertThat(sql("SELECT b5, count(a2), count(*), max(b2) FROM t1 LEFT JOIN t0 ON a2 = b0 GROUP BY b5"))
        .containsExactlyInAnyOrder("[null,0,1,2000-04-07]", "[-8.61,0,1,9999-12-31]");
  }

  @Test
  void nullGroupKeyIsAGroupInBatchAndStream() throws Exception {
    // Case 298: t0 (a0 decimal(10,2), a1 int), rows (-42.57, -75), (99999999.99, NULL).
    Path t0 = csv("a0,a1", "-42.57,-75", "99999999.99,");
    String ddl = "a0 DECIMAL(10,2), a1 INT";
    List<String> spark42 = List.of("[null,2001-05-09T02:43:13Z]", "[-75,2001-05-09T02:43:13Z]");
    Dataset<Row> batch = readCsv(t0, ddl).select("a1");
    assertThat(rows(batch.groupBy(col("a1")).agg(expr("max(TIMESTAMP '2001-05-09 02:43:13')").alias("g2"))))
        .containsExactlyInAnyOrderElementsOf(spark42);

    Dataset<Row> stream =
        spark.readStream().format("csv").schema(ddl).options(Map.of("header", "true")).load(t0.toString()).select("a1");
    StreamingQuery q =
        stream.groupBy(col("a1")).agg(expr("max(TIMESTAMP '2001-05-09 02:43:13')").alias("g2"))
            .writeStream().format("memory").queryName("case298").outputMode("complete")
            .trigger(Trigger.AvailableNow()).start();
    assertThat(q.awaitTermination(30_000)).isTrue();
    assertThat(rows(spark.table("case298"))).containsExactlyInAnyOrderElementsOf(spark42);
  }

  /**
   * Timestamp and date text without timestampFormat/dateFormat, as Spark 4.2.0 read each string
   * from CSV and from JSON (the same answers for both): {input, timestamp, date}. "TODAY" is the
   * current UTC date (Spark gives a time without a date today's date).
   */
  private static final String[][] TEMPORAL_TEXT = {
    {"1967-09-14T17:53:44.442Z", "1967-09-14T17:53:44.442Z", "1967-09-14"}, // case 90
    {"1967-09-14T17:53:44.442849Z", "1967-09-14T17:53:44.442849Z", "1967-09-14"},
    {"2020-01-02 03:04:05", "2020-01-02T03:04:05Z", "2020-01-02"},
    {"2020-01-02T03:04", "2020-01-02T03:04:00Z", "2020-01-02"},
    {"2020-1-2 3:4:5", "2020-01-02T03:04:05Z", "2020-01-02"},
    {"2020-01-02", "2020-01-02T00:00:00Z", "2020-01-02"},
    {"2020-01", "2020-01-01T00:00:00Z", "2020-01-01"},
    {"2020", "2020-01-01T00:00:00Z", "2020-01-01"},
    {"2020-01-02T03:04:05+01:00", "2020-01-02T02:04:05Z", "2020-01-02"},
    {"2020-01-02T03:04:05+0100", "2020-01-02T02:04:05Z", "2020-01-02"},
    {"2020-01-02T03:04:05+01", "2020-01-02T02:04:05Z", "2020-01-02"},
    {"2020-01-02 03:04:05 UTC", "2020-01-02T03:04:05Z", "2020-01-02"},
    {"2020-01-02 03:04:05UTC", "2020-01-02T03:04:05Z", "2020-01-02"},
    {"2020-01-02T03:04:05 Europe/Paris", "2020-01-02T02:04:05Z", "2020-01-02"},
    {"2020-01-02T03:04:05GMT+01:00", "2020-01-02T02:04:05Z", "2020-01-02"},
    {"2020-01-02T03:04:05.123456789Z", "2020-01-02T03:04:05.123456Z", "2020-01-02"},
    {" 2020-01-02 03:04:05 ", "2020-01-02T03:04:05Z", "2020-01-02"},
    {"2020-01-02T03:04:05.Z", "2020-01-02T03:04:05Z", "2020-01-02"},
    {"2020-01-02 03:04:05.1", "2020-01-02T03:04:05.100Z", "2020-01-02"},
    {"+2020-01-02", "2020-01-02T00:00:00Z", "2020-01-02"},
    {"2020-01-02T", "null", "2020-01-02"},
    {"12:34:56", "TODAYT12:34:56Z", "null"},
    {"T12:34", "TODAYT12:34:00Z", "null"},
    {"2020-13-01", "null", "null"},
    {"abc", "null", "null"},
    {"2020-01-02 03:04:05 +01:00", "2020-01-02T02:04:05Z", "2020-01-02"},
    {"2020-01-02 03:04:05Z", "2020-01-02T03:04:05Z", "2020-01-02"},
  };

  @Test
  void csvAndJsonReadTimestampsAndDatesAsSparkDoesByDefault() throws IOException {
    List<String> csvLines = new ArrayList<>(List.of("i,t"));
    List<String> jsonLines = new ArrayList<>();
    List<String> timestamps = new ArrayList<>();
    List<String> dates = new ArrayList<>();
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    for (int i = 0; i < TEMPORAL_TEXT.length; i++) {
      String text = TEMPORAL_TEXT[i][0];
      csvLines.add(i + ",\"" + text + "\"");
      jsonLines.add("{\"i\":" + i + ",\"t\":\"" + text + "\"}");
      timestamps.add("[" + i + "," + TEMPORAL_TEXT[i][1].replace("TODAY", today) + "]");
      dates.add("[" + i + "," + TEMPORAL_TEXT[i][2] + "]");
    }
    Path csvDir = csv(csvLines.toArray(new String[0]));
    Path jsonDir =
        table((String.join("\n", jsonLines) + "\n").getBytes(StandardCharsets.UTF_8), "json");
    // Case 90's pruned read: only the timestamp column of (a3 string, a4 timestamp).
    Path case90 = csv("a3,a4", ",1967-09-14T17:53:44.442Z");
    assertThat(rows(readCsv(case90, "a3 STRING, a4 TIMESTAMP").select("a4")))
        .containsExactly("[1967-09-14T17:53:44.442Z]");

    assertThat(rows(readCsv(csvDir, "i INT, t TIMESTAMP").orderBy("i"))).containsExactlyElementsOf(timestamps);
    assertThat(rows(readCsv(csvDir, "i INT, t DATE").orderBy("i"))).containsExactlyElementsOf(dates);
    assertThat(rows(spark.read().schema("i INT, t TIMESTAMP").json(jsonDir.toString()).orderBy("i")))
        .containsExactlyElementsOf(timestamps);
    assertThat(rows(spark.read().schema("i INT, t DATE").json(jsonDir.toString()).orderBy("i")))
        .containsExactlyElementsOf(dates);
  }
}
