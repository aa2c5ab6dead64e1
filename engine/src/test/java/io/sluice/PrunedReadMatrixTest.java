package io.sluice;

import static io.sluice.functions.max;
import static io.sluice.functions.min;
import static io.sluice.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.sluice.columnar.io.SluiceIOException;
import io.sluice.streaming.StreamingQuery;
import io.sluice.streaming.StreamingQueryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads that need only some columns of a file, through the public API, batch and streaming, for
 * every format: each reader gets the table's whole schema and the columns the query reads
 * (Spark's {@code buildReader(dataSchema, requiredSchema)}), so a pruned read must return the
 * same values as reading everything and projecting. Expected values come from the files' known
 * contents; the malformed-record cases from answers recorded on Spark 4.2.0
 * ({@code pruned-read/spark-4.2.0-answers.txt}).
 *
 * <p>One session for the class: stopping it at the end closes the root allocator, which fails on
 * any leaked buffer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PrunedReadMatrixTest {

  private static final String PEOPLE_DDL =
      "id INT, name STRING, city STRING, age INT, salary INT, dept STRING";
  private static final List<String> PEOPLE_COLUMNS =
      List.of("id", "name", "city", "age", "salary", "dept");
  private static final List<Row> PEOPLE =
      List.of(
          Row.of(1, "Alice", "Paris", 34, 5000, "eng"),
          Row.of(2, "Bob", "Lyon", 45, 4000, "ops"),
          Row.of(3, "Carol", "Nice", 29, 6000, "eng"),
          Row.of(4, "Dan", "Paris", 51, 3000, "ops"),
          Row.of(5, "Eve", "Lyon", 38, 7000, "sales"));

  /** One column, a non-prefix subset, every column reversed, every column. */
  private static final List<List<String>> PROJECTIONS =
      List.of(
          List.of("salary"),
          List.of("dept", "age"),
          List.of("dept", "salary", "age", "city", "name", "id"),
          PEOPLE_COLUMNS);

  /** The people table stored in each format. */
  enum Source {
    CSV_HEADER("csv", true),
    CSV_NO_HEADER("csv", false),
    JSON("json", false),
    PARQUET("parquet", false),
    ORC("orc", false);

    final String format;
    final boolean header;

    Source(String format, boolean header) {
      this.format = format;
      this.header = header;
    }
  }

  private Path dir;
  private Session spark;
  private final Map<Source, Path> people = new LinkedHashMap<>();
  private final AtomicInteger queries = new AtomicInteger();

  @BeforeAll
  void writeTables(@TempDir Path tempDir) throws IOException {
    dir = tempDir;
    spark = Session.builder().master("local[2]").getOrCreate();
    for (Source source : Source.values()) {
      Path path = dir.resolve("people-" + source.name().toLowerCase());
      switch (source) {
        case CSV_HEADER:
        case CSV_NO_HEADER:
          Files.createDirectories(path);
          StringBuilder text =
              new StringBuilder(source.header ? String.join(",", PEOPLE_COLUMNS) + "\n" : "");
          for (Row row : PEOPLE) {
            text.append(row.mkString(",")).append('\n');
          }
          Files.writeString(path.resolve("part-0.csv"), text);
          break;
        case JSON:
          Files.createDirectories(path);
          StringBuilder lines = new StringBuilder();
          for (Row row : PEOPLE) {
            lines.append(
                String.format(
                    "{\"id\":%s,\"name\":\"%s\",\"city\":\"%s\",\"age\":%s,\"salary\":%s,\"dept\":\"%s\"}%n",
                    row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5)));
          }
          Files.writeString(path.resolve("part-0.json"), lines);
          break;
        default:
          spark.createDataFrame(PEOPLE, PEOPLE_DDL).write().format(source.format).save(path.toString());
      }
      people.put(source, path);
    }
  }

  @AfterAll
  void stopSession() {
    spark.stop(); // closes the root allocator: fails on a leaked buffer
  }

  private Dataset<Row> read(Source source, String mode) {
    return spark.read()
        .format(source.format)
        .option("header", source.header)
        .option("mode", mode)
        .schema(PEOPLE_DDL)
        .load(people.get(source).toString());
  }

  private Dataset<Row> readStream(Source source, String mode) {
    return spark.readStream()
        .format(source.format)
        .option("header", source.header)
        .option("mode", mode)
        .schema(PEOPLE_DDL)
        .load(people.get(source).toString());
  }

  /** Every source and projection; CSV and JSON (the formats with modes) in every mode. */
  static Stream<Arguments> sourcesAndProjections() {
    List<Arguments> out = new ArrayList<>();
    for (Source source : Source.values()) {
      boolean hasModes = source.format.equals("csv") || source.format.equals("json");
      for (String mode : hasModes ? MODES : List.of("PERMISSIVE")) {
        for (List<String> columns : PROJECTIONS) {
          out.add(Arguments.of(source, mode, columns));
        }
      }
    }
    return out.stream();
  }

  private static final List<String> MODES = List.of("PERMISSIVE", "DROPMALFORMED", "FAILFAST");

  // ---- clean files: every format, every projection ----

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("sourcesAndProjections")
  void batchSelectGroupByAndSqlReadTheRightColumns(Source source, String mode, List<String> columns) {
    String[] names = columns.toArray(new String[0]);
    assertThat(sorted(read(source, mode).select(names[0], rest(names)).collectAsList()))
        .as("select")
        .isEqualTo(sorted(project(columns)));
    assertThat(sorted(read(source, mode).groupBy(names[0], rest(names)).count().collectAsList()))
        .as("groupBy(..).count()")
        .isEqualTo(sorted(countsBy(columns)));
    read(source, mode).createOrReplaceTempView("people_view");
    assertThat(sorted(spark.sql("SELECT " + String.join(", ", columns) + " FROM people_view").collectAsList()))
        .as("SQL")
        .isEqualTo(sorted(project(columns)));
    assertThat(read(source, mode).count()).as("count()").isEqualTo(PEOPLE.size());
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("sourcesAndProjections")
  void streamSelectAndGroupByReadTheRightColumns(Source source, String mode, List<String> columns) {
    String[] names = columns.toArray(new String[0]);
    assertThat(runStream(readStream(source, mode).select(names[0], rest(names)), "append"))
        .as("select")
        .isEqualTo(sorted(project(columns)));
    assertThat(runStream(readStream(source, mode).groupBy(names[0], rest(names)).count(), "complete"))
        .as("groupBy(..).count()")
        .isEqualTo(sorted(countsBy(columns)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void streamCountReadsNoColumn(Source source) {
    assertThat(runStream(readStream(source, "FAILFAST").groupBy().count(), "complete"))
        .containsExactly("[" + PEOPLE.size() + "]");
  }

  static Stream<Source> sources() {
    return Arrays.stream(Source.values());
  }

  /** The program of the bug report: it grouped by age and showed ids as names. */
  @Test
  void bugReportProgramGroupsByDeptWithItsOwnColumns() throws IOException {
    Path file = resource("people.csv");
    Dataset<Row> people =
        spark.read().option("header", true).option("inferSchema", true).csv(file.toString());
    List<Row> result =
        people.groupBy("dept").agg(sum("salary"), max("age"), min("name")).orderBy("dept").collectAsList();
    // recorded on Spark 4.2.0
    assertThat(result.toString())
        .isEqualTo("[[eng,11000,34,Alice], [ops,7000,51,Bob], [sales,7000,38,Eve]]");
  }

  @Test
  void sqlJoinOfTwoCsvViewsMatchesRows() throws IOException {
    Path depts = dir.resolve("depts.csv");
    Files.writeString(depts, "label,dept,floor\nEngineering,eng,3\nOperations,ops,1\nSales,sales,2\n");
    spark.read().option("header", true).schema(PEOPLE_DDL).csv(people.get(Source.CSV_HEADER).toString())
        .createOrReplaceTempView("people");
    spark.read().option("header", true).schema("label STRING, dept STRING, floor INT").csv(depts.toString())
        .createOrReplaceTempView("depts");
    List<Row> rows =
        spark.sql(
                "SELECT p.name, d.label, p.salary FROM people p JOIN depts d ON p.dept = d.dept"
                    + " WHERE d.floor > 1 ORDER BY p.name")
            .collectAsList();
    assertThat(rows)
        .containsExactly(
            Row.of("Alice", "Engineering", 5000),
            Row.of("Carol", "Engineering", 6000),
            Row.of("Eve", "Sales", 7000));
  }

  // ---- malformed files: every mode, answers recorded on Spark 4.2.0 ----

  /** One recorded answer: {@code file|mode|schema|query|answer}. */
  record Answer(String file, String mode, boolean corrupt, String query, String expected) {
    @Override
    public String toString() {
      return file + " " + mode + (corrupt ? " +_corrupt_record " : " ") + query;
    }

    String schema() {
      String data =
          file.endsWith(".json")
              ? "id INT, name STRING, age INT"
              : "id INT, name STRING, age INT, city STRING";
      return corrupt ? data + ", _corrupt_record STRING" : data;
    }

    String format() {
      return file.endsWith(".json") ? "json" : "csv";
    }

    boolean header() {
      return file.equals("bad.csv");
    }
  }

  static Stream<Answer> sparkAnswers() throws IOException {
    try (InputStream in = PrunedReadMatrixTest.class.getResourceAsStream("/pruned-read/spark-4.2.0-answers.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Answer> answers = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\\|", 5);
        answers.add(new Answer(f[0], f[1], f[2].equals("corrupt"), f[3], f[4]));
      }
      return answers.stream();
    }
  }

  /** A malformed file alone in its own directory (a stream reads a directory). */
  private Path malformed(Answer answer) {
    Path directory = dir.resolve("malformed-" + answer.file().replace('.', '-'));
    try {
      if (!Files.exists(directory)) {
        Files.createDirectories(directory);
        Files.copy(resource(answer.file()), directory.resolve(answer.file()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return directory;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sparkAnswers")
  void batchModesMatchSpark(Answer answer) {
    Dataset<Row> df =
        spark.read()
            .format(answer.format())
            .option("header", answer.header())
            .option("mode", answer.mode())
            .schema(answer.schema())
            .load(malformed(answer).toString());
    Function<Dataset<Row>, Object> query = batchQuery(answer.query());
    switch (answer.expected()) {
      case "FAILS":
        assertThatThrownBy(() -> query.apply(df))
            .hasStackTraceContaining("Malformed record in")
            .hasStackTraceContaining(answer.file())
            .hasStackTraceContaining("Parse Mode: FAILFAST");
        break;
      case "ONLY_CORRUPT":
        assertThatThrownBy(() -> query.apply(df))
            .isInstanceOf(AnalysisException.class)
            .hasMessageStartingWith("[UNSUPPORTED_FEATURE.QUERY_ONLY_CORRUPT_RECORD_COLUMN]");
        break;
      default:
        assertThat(String.valueOf(query.apply(df))).isEqualTo(answer.expected());
    }
  }

  /**
   * A stream reads its files with the same reader contract (Spark's file stream source calls the
   * same {@code buildReader}), so the recorded batch answers hold for it too; {@code count()} is
   * {@code groupBy().count()} there. Checked on Spark 4.2.0 for bad.csv and bad.json in every mode
   * (select age, name, city+id, corrupt+id, corrupt alone; groupBy().count()): the same rows.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sparkAnswers")
  void streamModesMatchSpark(Answer answer) {
    Dataset<Row> df =
        spark.readStream()
            .format(answer.format())
            .option("header", answer.header())
            .option("mode", answer.mode())
            .schema(answer.schema())
            .load(malformed(answer).toString());
    boolean aggregate = answer.query().equals("count") || answer.query().startsWith("groupBy");
    Dataset<Row> query =
        answer.query().equals("count")
            ? df.groupBy().count()
            : answer.query().startsWith("groupBy")
                ? df.groupBy("city").count()
                : select(df, answer.query());
    String mode = aggregate ? "complete" : "append";
    switch (answer.expected()) {
      case "FAILS":
        assertThatThrownBy(() -> runStream(query, mode))
            .isInstanceOf(StreamingQueryException.class)
            .hasStackTraceContaining("Malformed record in")
            .hasStackTraceContaining(answer.file());
        break;
      case "ONLY_CORRUPT":
        // recorded on Spark 4.2.0: the query starts, then its first micro-batch fails with this
        assertThatThrownBy(() -> runStream(query, mode))
            .isInstanceOf(StreamingQueryException.class)
            .hasMessageContaining("[UNSUPPORTED_FEATURE.QUERY_ONLY_CORRUPT_RECORD_COLUMN]");
        break;
      default:
        String expected =
            answer.query().equals("count") ? "[[" + answer.expected() + "]]" : answer.expected();
        assertThat(runStream(query, mode)).isEqualTo(sortedText(expected));
    }
  }

  @Test
  void failFastNamesFileLineAndColumnOfTheFullSchema() {
    Answer csv = new Answer("bad.csv", "FAILFAST", false, "city,id", "FAILS");
    Dataset<Row> df =
        spark.read().option("header", true).option("mode", "FAILFAST").schema(csv.schema())
            .csv(malformed(csv).toString());
    // Only city and id are read: the first bad required field is id 'x5' on line 6 (the header is
    // line 1); line 3's bad age and the short and long records are not looked at, as in Spark.
    assertThatThrownBy(() -> df.select("city", "id").collectAsList())
        .satisfies(
            e -> {
              SluiceIOException io = findCause(e, SluiceIOException.class);
              assertThat(io.path().getFileName().toString()).isEqualTo("bad.csv");
              assertThat(io.line()).isEqualTo(6);
              assertThat(io.column()).isEqualTo("id");
              assertThat(io.getMessage()).contains("cannot parse 'x5' as int");
            });
    // Every column read: the width is checked against the full schema's four columns.
    Path wide = dir.resolve("wide.csv");
    try {
      Files.writeString(wide, "1,Ann,30,Oslo\n2,Ben,31\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Dataset<Row> all = spark.read().option("mode", "FAILFAST").schema(csv.schema()).csv(wide.toString());
    assertThatThrownBy(all::collectAsList)
        .satisfies(
            e -> {
              SluiceIOException io = findCause(e, SluiceIOException.class);
              assertThat(io.line()).isEqualTo(2);
              assertThat(io.getMessage()).contains("expected 4 fields but found 3");
            });
    assertThat(all.select("name", "id").collectAsList())
        .containsExactly(Row.of("Ann", 1), Row.of("Ben", 2));
  }

  // ---- text ----

  /** The batch answers recorded on Spark 4.2.0 with the same file contents. */
  @Test
  void textReadsOneValueColumnBatchAndStream() throws IOException {
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.writeString(texts.resolve("a.txt"), "alpha\nbeta\r\n\ngamma");
    assertThat(spark.read().text(texts.toString()).columns()).containsExactly("value");
    assertThat(spark.read().text(texts.toString()).collectAsList())
        .containsExactly(Row.of("alpha"), Row.of("beta"), Row.of(""), Row.of("gamma"));
    assertThat(spark.read().format("text").load(texts.toString()).count()).isEqualTo(4);
    spark.read().text(texts.toString()).createOrReplaceTempView("lines");
    assertThat(spark.sql("SELECT value, count(*) FROM lines WHERE value <> '' GROUP BY value ORDER BY value").collectAsList())
        .containsExactly(Row.of("alpha", 1L), Row.of("beta", 1L), Row.of("gamma", 1L));
    assertThat(spark.read().option("wholetext", true).text(texts.toString()).collectAsList())
        .containsExactly(Row.of("alpha\nbeta\r\n\ngamma"));
    Path pipes = Files.createDirectories(dir.resolve("pipes"));
    Files.writeString(pipes.resolve("p.txt"), "a||b||c||");
    assertThat(spark.read().option("lineSep", "||").text(pipes.toString()).collectAsList())
        .containsExactly(Row.of("a"), Row.of("b"), Row.of("c"));
    assertThat(runStream(spark.readStream().text(texts.toString()), "append"))
        .containsExactly("[]", "[alpha]", "[beta]", "[gamma]");
    assertThat(runStream(spark.readStream().text(texts.toString()).groupBy().count(), "complete"))
        .containsExactly("[4]");
  }

  // ---- helpers ----

  private static Function<Dataset<Row>, Object> batchQuery(String query) {
    switch (query) {
      case "all":
        return df -> df.collectAsList().toString();
      case "count":
        return Dataset::count;
      case "groupBy(city).count":
        return df -> df.groupBy("city").count().orderBy("city").collectAsList().toString();
      default:
        return df -> select(df, query).collectAsList().toString();
    }
  }

  private static Dataset<Row> select(Dataset<Row> df, String query) {
    if (query.equals("all")) {
      return df;
    }
    String[] names = query.split(",");
    return df.select(names[0], rest(names));
  }

  /** Runs {@code query} over the files present now; its output rows as sorted text. */
  private List<String> runStream(Dataset<Row> query, String outputMode) {
    String name = "pruned_" + queries.incrementAndGet();
    StreamingQuery q =
        query.writeStream().queryName(name).format("memory").outputMode(outputMode).start();
    try {
      assertTimeoutPreemptively(Duration.ofSeconds(30), q::processAllAvailable);
      return sorted(spark.table(name).collectAsList());
    } finally {
      q.stop();
    }
  }

  private static String[] rest(String[] names) {
    return Arrays.copyOfRange(names, 1, names.length);
  }

  private static List<Row> project(List<String> columns) {
    List<Row> out = new ArrayList<>();
    for (Row row : PEOPLE) {
      Object[] values = new Object[columns.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = row.get(PEOPLE_COLUMNS.indexOf(columns.get(i)));
      }
      out.add(Row.of(values));
    }
    return out;
  }

  private static List<Row> countsBy(List<String> columns) {
    Map<Row, Long> counts = new LinkedHashMap<>();
    for (Row key : project(columns)) {
      counts.merge(key, 1L, Long::sum);
    }
    List<Row> out = new ArrayList<>();
    counts.forEach(
        (key, count) -> {
          Object[] values = Arrays.copyOf(key.toArray(), key.size() + 1);
          values[key.size()] = count;
          out.add(Row.of(values));
        });
    return out;
  }

  private static List<String> sorted(List<Row> rows) {
    List<String> out = new ArrayList<>();
    rows.forEach(r -> out.add(r.toString()));
    Collections.sort(out);
    return out;
  }

  /** {@code "[[a], [b]]"} as the sorted row texts {@code "[a]", "[b]"}. */
  private static List<String> sortedText(String list) {
    String inner = list.substring(1, list.length() - 1);
    List<String> out = new ArrayList<>();
    if (!inner.isEmpty()) {
      for (String row : inner.split("(?<=\\]), (?=\\[)")) {
        out.add(row);
      }
    }
    Collections.sort(out);
    return out;
  }

  private Path resource(String name) throws IOException {
    Path target = dir.resolve("resource-" + name);
    if (!Files.exists(target)) {
      try (InputStream in = getClass().getResourceAsStream("/pruned-read/" + name)) {
        Files.copy(in, target);
      }
    }
    return target;
  }

  private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in", e);
  }
}
