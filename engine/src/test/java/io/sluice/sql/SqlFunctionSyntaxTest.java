package io.sluice.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.Row;
import io.sluice.Session;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark SQL function syntax that Calcite's grammar reads differently: functions named like its
 * keywords, {@code TRY_CAST}, {@code RLIKE}/{@code REGEXP}. Expected values are Spark 4.2's
 * (its function documentation and golden results, named per case).
 */
class SqlFunctionSyntaxTest {

  private static Session spark;

  @BeforeAll
  static void start() {
    spark = Session.builder().appName("sql-function-syntax").master("local[1]").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop(); // closes the root allocator: fails on a leak
  }

  private static Row row(String sql) {
    return spark.sql(sql).collectAsList().get(0);
  }

  @Test
  void containsInsideAConjunction() {
    // Spark docs: contains('Spark SQL', 'Spark') -> true; the oracle's case
    // "WHERE contains(date_format(...), 'a')" needs it after AND.
    spark.sql("SELECT 'a,b' AS s, 1 AS n").createOrReplaceTempView("kw");
    List<Row> rows = spark.sql("SELECT n FROM kw WHERE (n = 1 AND contains(s, 'a'))").collectAsList();
    assertThat(rows).hasSize(1);
    assertThat(row("SELECT contains('a,b', 'c')").get(0)).isEqualTo(false);
  }

  @Test
  void keywordNamedStringFunctions() {
    // Spark docs: replace('ABCabc', 'abc', 'DEF') -> ABCDEF
    assertThat(row("SELECT replace('ABCabc', 'abc', 'DEF')").get(0)).isEqualTo("ABCDEF");
    assertThat(SqlFrontEnd.parseExpression("mod(a, 2)").sql()).isEqualTo("mod(a, 2)");
    // Spark: position(substr, str[, pos]) and position(substr IN str) are the same function
    assertThat(SqlFrontEnd.parseExpression("position('bar', 'foobarbar')").sql()).isEqualTo("position(bar, foobarbar)");
    assertThat(SqlFrontEnd.parseExpression("position('bar' IN s)").sql()).isEqualTo("position(bar, s)");
    // left/right parse as calls (Spark's names); the functions themselves are not in the registry yet
    assertThat(SqlFrontEnd.parseExpression("left('Spark SQL', 3)").sql()).isEqualTo("left(Spark SQL, 3)");
    assertThat(SqlFrontEnd.parseExpression("right(s, 3)").sql()).isEqualTo("right(s, 3)");
  }

  @Test
  void trimForms() {
    // Spark docs: trim('    SparkSQL   ') -> SparkSQL; ltrim / rtrim likewise
    Row r = row("SELECT trim('    SparkSQL   '), trim(LEADING FROM '  a '), trim(TRAILING FROM '  a ')");
    assertThat(r.get(0)).isEqualTo("SparkSQL");
    assertThat(r.get(1)).isEqualTo("a ");
    assertThat(r.get(2)).isEqualTo("  a");
    // trim(BOTH 'SL' FROM s) reaches trim(s, 'SL') (Spark's StringTrim with trimStr)
    assertThat(SqlFrontEnd.parseExpression("trim(BOTH 'SL' FROM s)").sql()).isEqualTo("trim(s, SL)");
  }

  @Test
  void tryCastSyntax() {
    // try_cast.sql: SELECT TRY_CAST('abc' AS int) -> NULL; SELECT TRY_CAST('123' AS int) -> 123
    assertThat(spark.sql("SELECT TRY_CAST('abc' AS int)").columns())
        .containsExactly("TRY_CAST(abc AS INT)");
    assertThat(row("SELECT TRY_CAST('abc' AS int)").get(0)).isNull();
    assertThat(row("SELECT try_cast('123' AS int)").get(0)).isEqualTo(123);
  }

  @Test
  void rlikeAndRegexp() {
    // Spark docs: '%SystemDrive%\Users\John' rlike '%SystemDrive%\\Users.*' -> true
    Row r = row("SELECT 'abc' RLIKE '^a', 'abc' REGEXP 'z', 'abc' NOT RLIKE 'z'");
    assertThat(r.get(0)).isEqualTo(true);
    assertThat(r.get(1)).isEqualTo(false);
    assertThat(r.get(2)).isEqualTo(true);
  }
}
