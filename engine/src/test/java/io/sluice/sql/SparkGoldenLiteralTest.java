package io.sluice.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.AnalysisException;
import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.Session;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQL literals and comments as Spark 4.2 reads them. Expected values are the golden results of
 * Spark's SQL tests ({@code sql-tests/results/<file>.sql.out} in the spark-sql 4.2.0 tests jar),
 * run with the session time zone America/Los_Angeles as those tests are.
 */
class SparkGoldenLiteralTest {

  private static Session spark;

  @BeforeAll
  static void start() {
    spark = Session.builder().appName("golden-literals").master("local[1]")
        .config("sluice.sql.session.timeZone", "America/Los_Angeles").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop(); // closes the root allocator: fails on a leak
  }

  private static Row row(String sql) {
    return spark.sql(sql).collectAsList().get(0);
  }

  private static Object value(String sql) {
    return row(sql).get(0);
  }

  private static String name(String sql) {
    return spark.sql(sql).columns()[0];
  }

  private static AnalysisException error(String sql) {
    try {
      spark.sql(sql).collectAsList();
    } catch (AnalysisException e) {
      return e;
    }
    throw new AssertionError("no error for " + sql);
  }

  // ---- string literal escapes

  @Test
  void octalAndUnicodeEscapes() {
    // literals.sql: select '\110\145\154\154\157\041' -> Hello!
    assertThat(value("select '\\110\\145\\154\\154\\157\\041'")).isEqualTo("Hello!");
    // literals.sql: select '\u0057\u006F\u0072\u006C\u0064\u0020\u003A\u0029' -> World :)
    assertThat(value("select '\\u0057\\u006F\\u0072\\u006C\\u0064\\u0020\\u003A\\u0029'")).isEqualTo("World :)");
  }

  @Test
  void percentAndUnderscoreKeepTheirBackslash() {
    // literals.sql: select 'pattern%', 'no-pattern\%', 'pattern\\%', 'pattern\\\%'
    Row r = row("select 'pattern%', 'no-pattern\\%', 'pattern\\\\%', 'pattern\\\\\\%'");
    assertThat(r.getString(0)).isEqualTo("pattern%");
    assertThat(r.getString(1)).isEqualTo("no-pattern\\%");
    assertThat(r.getString(2)).isEqualTo("pattern\\%");
    assertThat(r.getString(3)).isEqualTo("pattern\\\\%");
  }

  @Test
  void characterEscapes() {
    // literals.sql: select '\'', '"', '\n', '\r', '\t', 'Z'
    Row r = row("select '\\'', '\"', '\\n', '\\r', '\\t', 'Z'");
    assertThat(r.getString(0)).isEqualTo("'");
    assertThat(r.getString(1)).isEqualTo("\"");
    assertThat(r.getString(2)).isEqualTo("\n");
    assertThat(r.getString(3)).isEqualTo("\r");
    assertThat(r.getString(4)).isEqualTo("\t");
    assertThat(r.getString(5)).isEqualTo("Z");
  }

  @Test
  void doubleQuotedAndAdjacentLiterals() {
    // Spark: "..." is a string literal; adjacent literals concatenate (SqlBaseParser stringLit+)
    assertThat(value("select \"a\\\"b\"")).isEqualTo("a\"b");
    assertThat(value("select 'ab' \"cd\"  'e'")).isEqualTo("abcde");
    // literals.sql: SELECT 'S''par''k' AS c1, 'S\'par\'k' AS c2, "S''par''k" AS c3 -> S'par'k S'par'k S''par''k
    Row r = row("SELECT 'S''par''k' AS c1, 'S\\'par\\'k' AS c2, \"S''par''k\" AS c3");
    assertThat(r.getString(0)).isEqualTo("S'par'k");
    assertThat(r.getString(1)).isEqualTo("S'par'k");
    assertThat(r.getString(2)).isEqualTo("S''par''k");
    // literals.sql: SELECT "S""par""k" AS c1 -> S"par"k
    assertThat(value("SELECT \"S\"\"par\"\"k\" AS c1")).isEqualTo("S\"par\"k");
  }

  @Test
  void escapedRegexReachesTheFunctionUnescaped() {
    // regexp-functions.sql: SELECT regexp_extract('1a 2b 14m', '\\d+', 0) -> 1
    assertThat(value("SELECT regexp_extract('1a 2b 14m', '\\\\d+', 0)")).isEqualTo("1");
    assertThat(name("SELECT regexp_extract('1a 2b 14m', '\\\\d+', 0)"))
        .isEqualTo("regexp_extract(1a 2b 14m, \\d+, 0)");
    // regexp-functions.sql: regexp_replace('healthy, wealthy, and wise', '\\w+thy', 'something')
    assertThat(value("SELECT regexp_replace('healthy, wealthy, and wise', '\\\\w+thy', 'something')"))
        .isEqualTo("something, something, and wise");
  }

  @Test
  void tabsInStringsAreTrimmedByCasts() {
    // comparator.sql: select '\t1 ' = 1Y -> true
    assertThat(value("select '\\t1 ' = 1Y")).isEqualTo(true);
    // cast.sql: select cast(' 1\t' as tinyint) -> 1
    assertThat(value("select cast(' 1\\t' as tinyint)")).isEqualTo((byte) 1);
  }

  // ---- numeric and typed literals

  @Test
  void doubleOutOfRangeIsAParseError() {
    // literals.sql: select 1E309, -1E309 -> [INVALID_NUMERIC_LITERAL_RANGE], rawStrippedQualifier 1E309
    AnalysisException e = error("select 1E309, -1E309");
    assertThat(e).isInstanceOf(ParseException.class);
    assertThat(e.getCondition()).isEqualTo("INVALID_NUMERIC_LITERAL_RANGE");
    assertThat(e.getSqlState()).isEqualTo("22003");
    assertThat(e.getMessage()).startsWith(
        "[INVALID_NUMERIC_LITERAL_RANGE] Numeric literal 1E309 is outside the valid range for double"
            + " with minimum value of -1.7976931348623157E+308 and maximum value of 1.7976931348623157E+308.");
  }

  @Test
  void suffixedLiteralsOutOfRange() {
    // literals.sql: select 128Y -> [INVALID_NUMERIC_LITERAL_RANGE] typeName tinyint, rawStrippedQualifier 128
    AnalysisException e = error("select 128Y");
    assertThat(e.getCondition()).isEqualTo("INVALID_NUMERIC_LITERAL_RANGE");
    assertThat(e.getMessage()).contains("Numeric literal 128 is outside the valid range for tinyint"
        + " with minimum value of -128 and maximum value of 127");
    // literals.sql: select 32768S -> smallint
    assertThat(error("select 32768S").getMessage()).contains("valid range for smallint");
  }

  @Test
  void suffixedLiterals() {
    // literals.sql: select 1Y, 1S, 1L, 1BD, 1D, 1F (types tinyint, smallint, bigint, decimal(1,0), double, float)
    Row r = row("select 1Y, 1S, 1L, 1BD, 1D, 1F, 1E2BD");
    assertThat(r.get(0)).isEqualTo((byte) 1);
    assertThat(r.get(1)).isEqualTo((short) 1);
    assertThat(r.get(2)).isEqualTo(1L);
    assertThat(r.get(3)).isEqualTo(new java.math.BigDecimal("1"));
    assertThat(r.get(4)).isEqualTo(1.0d);
    assertThat(r.get(5)).isEqualTo(1.0f);
    // literals.sql: select 1E2BD... Spark's decimal literal 1E2BD is 100 (decimal(3,0))
    assertThat(((java.math.BigDecimal) r.get(6)).compareTo(new java.math.BigDecimal("100"))).isZero();
  }

  @Test
  void binaryLiteral() {
    // literals.sql: select X'XuZ' is an error; X'0A' is a one-byte binary
    assertThat((byte[]) value("select X'0A1b'")).containsExactly(0x0A, 0x1B);
  }

  @Test
  void malformedTypedLiterals() {
    // literals.sql: select date 'mar 11 2016' -> [INVALID_TYPED_LITERAL]
    AnalysisException e = error("select date 'mar 11 2016'");
    assertThat(e).isInstanceOf(ParseException.class);
    assertThat(e.getCondition()).isEqualTo("INVALID_TYPED_LITERAL");
    assertThat(e.getSqlState()).isEqualTo("42604");
    assertThat(e.getMessage())
        .startsWith("[INVALID_TYPED_LITERAL] The value of the typed literal \"DATE\" is invalid: 'mar 11 2016'.");
    // postgreSQL/date.sql: SELECT date '1999 Jan 08' -> [INVALID_TYPED_LITERAL]
    assertThat(error("SELECT date '1999 Jan 08'").getCondition()).isEqualTo("INVALID_TYPED_LITERAL");
    // literals.sql: select timestamp '2016-33-11 20:54:00.000' -> [INVALID_TYPED_LITERAL]
    assertThat(error("select timestamp '2016-33-11 20:54:00.000'").getCondition())
        .isEqualTo("INVALID_TYPED_LITERAL");
  }

  @Test
  void timestampLiteralsAreSessionLocalTime() {
    // literals.sql: select timestamp '2016-03-11 20:54:00.000' -> column TIMESTAMP '2016-03-11 20:54:00',
    // value 2016-03-11 20:54:00 in America/Los_Angeles (UTC-8 then)
    String sql = "select timestamp '2016-03-11 20:54:00.000'";
    assertThat(name(sql)).isEqualTo("TIMESTAMP '2016-03-11 20:54:00'");
    assertThat(row(sql).getInstant(0)).isEqualTo(Instant.parse("2016-03-12T04:54:00Z"));
    // timestamp.sql: select timestamp '2019-01-01\t' -> TIMESTAMP '2019-01-01 00:00:00'
    assertThat(name("select timestamp '2019-01-01\\t'")).isEqualTo("TIMESTAMP '2019-01-01 00:00:00'");
    assertThat(row("select timestamp '2019-01-01\\t'").getInstant(0))
        .isEqualTo(Instant.parse("2019-01-01T08:00:00Z"));
    // An explicit offset is kept.
    assertThat(row("select timestamp '2019-01-01 00:00:00Z'").getInstant(0))
        .isEqualTo(Instant.parse("2019-01-01T00:00:00Z"));
  }

  // ---- comments

  @Test
  void bracketedCommentsNest() {
    // comments.sql: /* nested /* comment */ */ are one comment in Spark
    Dataset<Row> ds = spark.sql("/* outer /* inner */ still comment */ select 1 as a /* x */, 2 as b");
    assertThat(ds.columns()).containsExactly("a", "b");
  }

  @Test
  void unclosedBracketedComment() {
    // comments.sql #11: /*abc*/ select 1 as a /* 2 as b /*abc*/ , 3 as c /**/ -> [UNCLOSED_BRACKETED_COMMENT]
    AnalysisException e = error("/*abc*/\nselect 1 as a\n/*\n\n2 as b\n/*abc*/\n, 3 as c\n\n/**/\n");
    assertThat(e).isInstanceOf(ParseException.class);
    assertThat(e.getCondition()).isEqualTo("UNCLOSED_BRACKETED_COMMENT");
    assertThat(e.getSqlState()).isEqualTo("42601");
  }
}
