package io.sluice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.codegen.errors.SluiceArithmeticException;
import io.sluice.sql.ParseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQL {@code SET} and {@code RESET}, and configuration values Sluice refuses. The rows of {@code
 * SET} are Spark 4.2.0's (golden files decimalArithmeticOperations.sql.out,
 * sql-session-variables.sql.out, timezone.sql.out); the ANSI answers are those of
 * AnsiQueryTest (cast.sql.out, operators.sql.out).
 */
class SqlConfigurationTest {
  private Session spark;

  @BeforeEach
  void setUp() {
    spark = Session.builder().appName("sql-set").master("local[1]").getOrCreate();
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  @Test
  void setReturnsTheKeyAndValueAndChangesTheSessionAsConfSetDoes() {
    // decimalArithmeticOperations.sql.out: spark.sql.decimalOperations.allowPrecisionLoss	false
    assertThat(spark.sql("set spark.sql.decimalOperations.allowPrecisionLoss=false").collectAsList())
        .containsExactly(Row.of("spark.sql.decimalOperations.allowPrecisionLoss", "false"));
    assertThat(spark.conf().get(RuntimeConfig.DECIMAL_PRECISION_LOSS)).isEqualTo("false");
    // sql-session-variables.sql.out: SET x = 5 -> x	5
    assertThat(spark.sql("SET x = 5").collectAsList()).containsExactly(Row.of("x", "5"));
    assertThat(spark.sql("SET x").collectAsList()).containsExactly(Row.of("x", "5"));
    assertThat(spark.sql("SET never.set").collectAsList()).containsExactly(Row.of("never.set", "<undefined>"));
    assertThat(spark.sql("SET spark.sql.ansi.enabled").collectAsList())
        .containsExactly(Row.of("spark.sql.ansi.enabled", "true"));
    // view-schema-binding-config.sql.out shows Spark's default (true); Sluice does not know it.
    assertThatThrownBy(() -> spark.sql("SET spark.sql.legacy.viewSchemaBindingMode"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(spark.sql("SET x = 5").dtypes())
        .isDeepEqualTo(new String[][] {{"key", "StringType"}, {"value", "StringType"}});

    assertThatThrownBy(() -> spark.sql("SELECT 2147483647 + 1").collectAsList())
        .isInstanceOf(SluiceArithmeticException.class);
    spark.sql("SET spark.sql.ansi.enabled = false;");
    assertThat(spark.sql("SELECT 2147483647 + 1").collectAsList()).containsExactly(Row.of(-2147483648));
  }

  @Test
  void setAloneListsTheSessionValuesSortedAndResetRestoresTheBuiltOnes() {
    spark.conf().set("b.key", "2");
    spark.sql("SET a.key=1");
    assertThat(spark.sql("SET").collectAsList()).containsSubsequence(Row.of("a.key", "1"), Row.of("b.key", "2"));
    spark.sql("RESET a.key");
    assertThat(spark.conf().contains("a.key")).isFalse();
    spark.sql("RESET");
    assertThat(spark.conf().contains("b.key")).isFalse();
    assertThat(spark.sql("RESET").collectAsList()).isEmpty();
  }

  @Test
  void setTimeZone() {
    // timezone.sql.out: spark.sql.session.timeZone	Asia/Hong_Kong
    assertThat(spark.sql("SET TIME ZONE 'Asia/Hong_Kong'").collectAsList())
        .containsExactly(Row.of("spark.sql.session.timeZone", "Asia/Hong_Kong"));
    assertThat(spark.timeZone().getId()).isEqualTo("Asia/Hong_Kong");
    assertThat(spark.sql("SET TIME ZONE LOCAL").collectAsList())
        .containsExactly(Row.of("spark.sql.session.timeZone", java.time.ZoneId.systemDefault().getId()));
  }

  @Test
  void consecutiveStringLiteralsReadADoubledQuoteAsTwoLiterals() {
    String sql = "SELECT 'S''par''k' AS c1, 'S\\'par\\'k' AS c2, \"S''par''k\" AS c3";
    // literals.sql.out, before and after SET spark.sql.legacy.consecutiveStringLiterals.enabled=true
    assertThat(spark.sql(sql).collectAsList()).containsExactly(Row.of("S'par'k", "S'par'k", "S''par''k"));
    spark.sql("SET spark.sql.legacy.consecutiveStringLiterals.enabled=true");
    assertThat(spark.sql(sql).collectAsList()).containsExactly(Row.of("Spark", "S'par'k", "S''par''k"));
  }

  @Test
  void doubleQuotedIdentifiersWithAnsiMode() {
    spark.createDataFrame(java.util.List.of(Row.of(1)), "a INT").createOrReplaceTempView("t");
    assertThat(spark.sql("SELECT \"a\" FROM t").collectAsList()).containsExactly(Row.of("a"));
    spark.sql("SET spark.sql.ansi.doubleQuotedIdentifiers=true");
    assertThat(spark.sql("SELECT \"a\" AS \"b\" FROM \"t\"").collectAsList()).containsExactly(Row.of(1));
    assertThat(spark.sql("SELECT \"a\" AS \"b\" FROM \"t\"").columns()).containsExactly("b");
    // double-quoted-identifiers-enabled.sql.out: SELECT "hello" -> UNRESOLVED_COLUMN.WITHOUT_SUGGESTION
    assertThatThrownBy(() -> spark.sql("SELECT \"hello\""))
        .satisfies(e -> assertThat(((AnalysisException) e).getCondition()).startsWith("UNRESOLVED_COLUMN"));
    assertThat(spark.sql("SELECT 'hello'").collectAsList()).containsExactly(Row.of("hello"));
    // Spark reads them as identifiers only in ANSI mode.
    spark.sql("SET spark.sql.ansi.enabled=false");
    assertThat(spark.sql("SELECT \"a\" FROM t").collectAsList()).containsExactly(Row.of("a"));
  }

  @Test
  void ctePrecedencePolicyException() {
    String shadowing = "WITH t AS (SELECT 1), t2 AS (WITH t AS (SELECT 2) SELECT * FROM t) SELECT * FROM t2";
    // cte-nested.sql.out (CORRECTED, the default): the inner t -> 2
    assertThat(spark.sql(shadowing).collectAsList()).containsExactly(Row.of(2));
    spark.sql("SET spark.sql.legacy.ctePrecedencePolicy = EXCEPTION");
    // cte-nonlegacy.sql.out: AMBIGUOUS_ALIAS_IN_NESTED_CTE; a nested WITH without a conflict -> 1
    assertThatThrownBy(() -> spark.sql(shadowing))
        .satisfies(e -> assertThat(((AnalysisException) e).getCondition()).isEqualTo("AMBIGUOUS_ALIAS_IN_NESTED_CTE"));
    assertThat(spark.sql("WITH t as (WITH t2 AS (SELECT 1) SELECT * FROM t2) SELECT * FROM t").collectAsList())
        .containsExactly(Row.of(1));
    // A WITH inside FROM does not start the definition: no conflict (Spark's startOfQuery = false).
    assertThat(spark.sql("WITH t AS (SELECT 1), t2 AS (SELECT * FROM (WITH t AS (SELECT 2) SELECT * FROM t)) SELECT * FROM t2")
        .collectAsList()).containsExactly(Row.of(2));
  }

  @Test
  void setVariableAndSetPathAreNotConfiguration() {
    assertThat(io.sluice.sql.ConfigStatement.parse("SET VAR x = 1")).isNull();
    assertThat(io.sluice.sql.ConfigStatement.parse("SET PATH = spark_catalog.default")).isNull();
    assertThat(io.sluice.sql.ConfigStatement.parse("SET var1 = 5").key()).isEqualTo("var1");
    assertThat(io.sluice.sql.ConfigStatement.parse("SELECT 1")).isNull();
  }

  @Test
  void malformedSetIsAParseError() {
    assertThatThrownBy(() -> spark.sql("SET a b = c"))
        .isInstanceOf(ParseException.class)
        .satisfies(e -> assertThat(((ParseException) e).getCondition()).isEqualTo("INVALID_SET_SYNTAX"));
  }

  @Test
  void valuesSluiceDoesNotImplementAreRefusedEverywhere() {
    assertThatThrownBy(() -> spark.sql("SET spark.sql.legacy.timeParserPolicy=LEGACY"))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("spark.sql.legacy.timeParserPolicy=LEGACY")
        .hasMessageContaining("CORRECTED");
    assertThatThrownBy(() -> spark.conf().set("spark.sql.legacy.ctePrecedencePolicy", "legacy"))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("spark.sql.legacy.ctePrecedencePolicy=legacy");
    assertThatThrownBy(() -> spark.conf().set("sluice.sql.parser.escapedStringLiterals", true))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spark.sql("SET spark.sql.groupByOrdinal=false"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Session.builder().config("spark.sql.timestampType", "TIMESTAMP_NTZ"))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("TIMESTAMP_LTZ");
    assertThat(spark.conf().contains("spark.sql.legacy.timeParserPolicy")).isFalse();

    // The value Sluice implements is accepted, in any case; unknown keys are kept as Spark keeps them.
    spark.sql("SET spark.sql.legacy.timeParserPolicy=corrected");
    spark.conf().set("spark.sql.ansi.doubleQuotedIdentifiers", "false");
    spark.conf().set("spark.sql.timestampType", "TIMESTAMP_LTZ");
    spark.conf().set("spark.some.unknown.key", "anything");
    assertThat(spark.conf().get("spark.some.unknown.key")).isEqualTo("anything");
  }
}
