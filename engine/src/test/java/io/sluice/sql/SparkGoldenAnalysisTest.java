package io.sluice.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.AnalysisException;
import io.sluice.Row;
import io.sluice.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Analysis checks and error conditions as Spark 4.2 reports them. Expected conditions and
 * messages are from the golden results of Spark's SQL tests ({@code sql-tests/results/*.sql.out}
 * in the spark-sql 4.2.0 tests jar) and Spark's {@code error-conditions.json} templates.
 */
class SparkGoldenAnalysisTest {

  private static Session spark;

  @BeforeAll
  static void start() {
    spark = Session.builder().appName("golden-analysis").master("local[1]")
        .config("sluice.sql.session.timeZone", "America/Los_Angeles").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop(); // closes the root allocator: fails on a leak
  }

  private static Object value(String sql) {
    return spark.sql(sql).collectAsList().get(0).get(0);
  }

  private static AnalysisException error(String sql) {
    try {
      spark.sql(sql).collectAsList();
    } catch (AnalysisException e) {
      return e;
    }
    throw new AssertionError("no error for " + sql);
  }

  // ---- date arithmetic type checks

  @Test
  void dateAddTakesOnlyIntSmallintTinyint() {
    // date.sql: select date_add('2011-11-11', 1L) -> [DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE],
    // inputSql "1", inputType "BIGINT", paramIndex second, requiredType ("INT" or "SMALLINT" or "TINYINT")
    AnalysisException e = error("select date_add('2011-11-11', 1L)");
    assertThat(e.getCondition()).isEqualTo("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE");
    assertThat(e.getSqlState()).isEqualTo("42K09");
    assertThat(e.getMessage()).contains(
        "The second parameter requires the (\"INT\" or \"SMALLINT\" or \"TINYINT\") type, however"
            + " \"1\" has the type \"BIGINT\".");
    // date.sql: 1.0 -> inputType "DECIMAL(2,1)"; 1E1 -> DOUBLE; date_sub likewise
    assertThat(error("select date_add('2011-11-11', 1.0)").getMessage()).contains("has the type \"DECIMAL(2,1)\"");
    assertThat(error("select date_add('2011-11-11', 1E1)").getCondition())
        .isEqualTo("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE");
    assertThat(error("select date_sub(date'2011-11-11', 1L)").getCondition())
        .isEqualTo("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE");
    // date.sql: select date_add('2011-11-11', 1Y) / 1S / '1' -> 2011-11-12
    assertThat(value("select date_add('2011-11-11', 1Y)").toString()).isEqualTo("2011-11-12");
    assertThat(value("select date_add('2011-11-11', 1S)").toString()).isEqualTo("2011-11-12");
    assertThat(value("select date_add('2011-11-11', '1')").toString()).isEqualTo("2011-11-12");
    assertThat(value("select date_sub(date'2011-11-11', 1)").toString()).isEqualTo("2011-11-10");
  }

  @Test
  void unarySignOnDatesAndTimestamps() {
    // literals.sql: select +date '1999-01-01' -> [DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE],
    // sqlExpr "(+ DATE '1999-01-01')", inputType "DATE"
    AnalysisException plus = error("select +date '1999-01-01'");
    assertThat(plus.getCondition()).isEqualTo("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE");
    assertThat(plus.getMessage()).startsWith(
        "[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve \"(+ DATE '1999-01-01')\" due to"
            + " data type mismatch: The first parameter requires the (\"NUMERIC\" or \"INTERVAL DAY TO"
            + " SECOND\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\") type, however \"DATE"
            + " '1999-01-01'\" has the type \"DATE\".");
    // literals.sql: select -date '1999-01-01', +/-timestamp '1999-01-01' -> same condition
    assertThat(error("select -date '1999-01-01'").getCondition())
        .isEqualTo("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE");
    assertThat(error("select -timestamp '1999-01-01'").getMessage()).contains("has the type \"TIMESTAMP\"");
    assertThat(error("select +timestamp '1999-01-01'").getCondition())
        .isEqualTo("DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE");
    // a number keeps its sign operators
    assertThat(value("select +1")).isEqualTo(1);
    assertThat(value("select -(-1)")).isEqualTo(1);
  }

  // ---- CTEs

  @Test
  void unusedCteIsStillAnalyzed() {
    // cte.sql: WITH t AS (SELECT 1 FROM non_existing_table) SELECT 2 -> [TABLE_OR_VIEW_NOT_FOUND]
    AnalysisException e = error("WITH t AS (SELECT 1 FROM non_existing_table)\nSELECT 2");
    assertThat(e.getCondition()).isEqualTo("TABLE_OR_VIEW_NOT_FOUND");
    assertThat(e.getSqlState()).isEqualTo("42P01");
    assertThat(e.getMessage()).contains("`non_existing_table`");
  }

  @Test
  void duplicateCteNames() {
    // cte.sql: with cte1 as (select 42), cte1 as (select 42) select * FROM cte1 -> [DUPLICATED_CTE_NAMES]
    AnalysisException e = error("with cte1 as (select 42), cte1 as (select 42) select * FROM cte1");
    assertThat(e).isInstanceOf(ParseException.class);
    assertThat(e.getCondition()).isEqualTo("DUPLICATED_CTE_NAMES");
    assertThat(e.getSqlState()).isEqualTo("42602");
    assertThat(e.getMessage()).startsWith(
        "[DUPLICATED_CTE_NAMES] CTE definition can't have duplicate names: `cte1`. SQLSTATE: 42602");
  }

  @Test
  void nestedCteShadowsOuterByDefault() {
    // cte-nested.sql under Spark 4's default policy (CORRECTED), as cte.sql's results show:
    // WITH t AS (SELECT 1), t2 AS (WITH t AS (SELECT 2) SELECT * FROM t) SELECT * FROM t2 -> 2
    assertThat(value("WITH t AS (SELECT 1), t2 AS (WITH t AS (SELECT 2) SELECT * FROM t) SELECT * FROM t2"))
        .isEqualTo(2);
    // cte.sql: a CTE that names another CTE of the same WITH
    assertThat(value("WITH t AS (SELECT 1 AS x), s AS (SELECT x + 1 AS y FROM t) SELECT y FROM s"))
        .isEqualTo(2);
  }

  // ---- error conditions of common analysis errors

  @Test
  void commonAnalysisErrorsNameTheirCondition() {
    // golden: unknown table -> TABLE_OR_VIEW_NOT_FOUND (42P01)
    assertThat(error("SELECT * FROM no_such_view").getCondition()).isEqualTo("TABLE_OR_VIEW_NOT_FOUND");
    spark.sql("SELECT 1 AS a, 2 AS b").createOrReplaceTempView("ab");
    // golden: unknown column -> UNRESOLVED_COLUMN.WITH_SUGGESTION (42703)
    AnalysisException column = error("SELECT c FROM ab");
    assertThat(column.getCondition()).isEqualTo("UNRESOLVED_COLUMN.WITH_SUGGESTION");
    assertThat(column.getSqlState()).isEqualTo("42703");
    // golden: unknown function -> UNRESOLVED_ROUTINE (42883)
    AnalysisException routine = error("SELECT no_such_fn(a) FROM ab");
    assertThat(routine.getCondition()).isEqualTo("UNRESOLVED_ROUTINE");
    assertThat(routine.getSqlState()).isEqualTo("42883");
    assertThat(routine.getMessage()).startsWith(
        "[UNRESOLVED_ROUTINE] Cannot resolve routine `no_such_fn` on search path"
            + " [`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`].");
    // golden (group-by.sql): a non-grouped column -> MISSING_AGGREGATION (42803)
    assertThat(error("SELECT a, count(*) FROM ab GROUP BY b").getCondition()).isEqualTo("MISSING_AGGREGATION");
    // golden: SELECT * FORM t -> PARSE_SYNTAX_ERROR (42601)
    assertThat(error("SELECT * FORM ab").getCondition()).isEqualTo("PARSE_SYNTAX_ERROR");
  }
}
