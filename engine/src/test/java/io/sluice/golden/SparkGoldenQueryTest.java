package io.sluice.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.AnalysisException;
import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.Session;
import io.sluice.columnar.types.Ddl;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Spark 4.2.0's own golden SQL tests, run through {@code Session.sql}. The files under
 * {@code spark-sql-golden/} are excerpts of Spark's {@code sql-tests/results/*.sql.out} (from the
 * spark-sql 4.2.0 tests jar), keeping the queries Sluice's SQL supports, with Spark's recorded
 * schema and output unchanged. Sluice's SQL has no {@code VALUES} relation, so the
 * {@code CREATE TEMPORARY VIEW v AS SELECT * FROM VALUES ... AS v(a, b)} set-up statements are made
 * here with {@code createDataFrame}, typed as Spark types the literals.
 *
 * <p>As in Spark's SQLQueryTestSuite, rows are compared sorted unless the query orders them. A
 * query Spark failed must fail in Sluice with the same error class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkGoldenQueryTest {

  private static final List<String> FILES =
      List.of(
          "using-join", "natural-join", "inner-join", "outer-join", "count", "group-by-alias",
          "group-by-ordinal", "order-by-ordinal", "having", "table-aliases");

  private static final Pattern VALUES_VIEW =
      Pattern.compile(
          "(?is)create\\s+(?:or\\s+replace\\s+)?temporary\\s+view\\s+(\\w+)\\s+as\\s+select\\s+\\*\\s+from\\s+values"
              + "\\s*(.*)\\s+as\\s+\\w+\\s*\\(([^)]*)\\)\\s*");

  private static final Pattern QUERY_VIEW =
      Pattern.compile("(?is)create\\s+(?:or\\s+replace\\s+)?temporary\\s+view\\s+(\\w+)\\s+as\\s+(.*)");

  private Session spark;

  @BeforeAll
  void start() {
    spark = Session.builder().master("local[1]").getOrCreate();
  }

  @AfterAll
  void stop() {
    spark.stop();
  }

  @TestFactory
  Stream<DynamicContainer> goldenFiles() {
    return FILES.stream()
        .map(
            name ->
                DynamicContainer.dynamicContainer(
                    name,
                    GoldenFile.load("/spark-sql-golden/" + name + ".sql.out").stream()
                        .map(e -> DynamicTest.dynamicTest(e.query().replace('\n', ' '), () -> run(e)))));
  }

  private void run(GoldenFile.Entry e) {
    String query = e.query();
    if (query.toLowerCase(Locale.ROOT).matches("(?s)\\s*create.*")) {
      createView(query);
      return;
    }
    if (e.failed()) {
      // The same error: Spark's error class (its first part) is in Sluice's message.
      String errorClass = e.errorClass() == null ? "" : e.errorClass().split("\\.")[0];
      assertThatThrownBy(() -> spark.sql(query).collectAsList())
          .isInstanceOf(AnalysisException.class)
          .hasMessageContaining(errorClass);
      return;
    }
    Dataset<io.sluice.Row> result = spark.sql(query);
    assertThat(schemaString(result)).isEqualTo(e.schema());
    List<String> actual = new ArrayList<>();
    for (Row row : result.collectAsList()) {
      actual.add(format(row));
    }
    List<String> expected = new ArrayList<>(e.output());
    if (!query.toLowerCase(Locale.ROOT).contains("order by")) {
      actual.sort(null);
      expected.sort(null);
    }
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  private void createView(String statement) {
    Matcher values = VALUES_VIEW.matcher(statement);
    if (values.matches()) {
      List<List<Object>> rows = ValuesLiterals.rows(values.group(2));
      String[] names = values.group(3).split(",");
      StringBuilder ddl = new StringBuilder();
      for (int c = 0; c < names.length; c++) {
        ddl.append(c == 0 ? "" : ", ").append(names[c].trim()).append(' ').append(ValuesLiterals.type(rows, c));
      }
      List<Row> out = new ArrayList<>();
      for (List<Object> r : rows) {
        out.add(Row.of(r.toArray()));
      }
      spark.createDataFrame(out, ddl.toString()).createOrReplaceTempView(values.group(1));
      return;
    }
    Matcher query = QUERY_VIEW.matcher(statement);
    assertThat(query.matches()).as("a view statement: %s", statement).isTrue();
    spark.sql(query.group(2)).createOrReplaceTempView(query.group(1));
  }

  private static String schemaString(Dataset<Row> result) {
    List<String> fields = new ArrayList<>();
    for (Field f : result.schema().getFields()) {
      fields.add(f.getName() + ":" + Ddl.typeOf(f).simpleString());
    }
    return "struct<" + String.join(",", fields) + ">";
  }

  private static String format(Row row) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      Object v = row.get(i);
      s.append(i == 0 ? "" : "\t");
      s.append(v == null ? "NULL" : v instanceof BigDecimal ? ((BigDecimal) v).toPlainString() : v.toString());
    }
    return s.toString();
  }
}
