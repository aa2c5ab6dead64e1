package io.sluice.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sluice.AnalysisException;
import org.junit.jupiter.api.Test;

class SqlFrontEndErrorTest {

  private static ParseException queryError(String sql) {
    return catchThrowableOfType(ParseException.class, () -> SqlFrontEnd.parseQuery(sql));
  }

  private static ParseException exprError(String text) {
    return catchThrowableOfType(ParseException.class, () -> SqlFrontEnd.parseExpression(text));
  }

  @Test
  void syntaxErrorNamesTokenLineAndPosition() {
    ParseException e = queryError("SELECT * FORM t");
    assertThat(e).isInstanceOf(AnalysisException.class);
    assertThat(e.getCondition()).isEqualTo("PARSE_SYNTAX_ERROR");
    assertThat(e.getSqlState()).isEqualTo("42601");
    assertThat(e.reason()).isEqualTo("Syntax error at or near 't'");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.startPosition()).isEqualTo(14);
    assertThat(e.getMessage())
        .startsWith("[PARSE_SYNTAX_ERROR] Syntax error at or near 't'. SQLSTATE: 42601 (line 1, pos 14)")
        .contains("== SQL ==\nSELECT * FORM t\n--------------^^^\n");
  }

  @Test
  void misplacedKeyword() {
    ParseException e = queryError("SELECT FROM t");
    assertThat(e.getMessage()).startsWith("[PARSE_SYNTAX_ERROR] Syntax error at or near 'FROM'. SQLSTATE: 42601 (line 1, pos 7)");
  }

  @Test
  void errorOnSecondLine() {
    ParseException e = queryError("SELECT a, b\nFROM t WHERE a = = 1");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.startPosition()).isEqualTo(17);
    assertThat(e.getMessage())
        .startsWith("[PARSE_SYNTAX_ERROR] Syntax error at or near '='. SQLSTATE: 42601 (line 2, pos 17)")
        .contains("SELECT a, b\nFROM t WHERE a = = 1\n-----------------^^^\n");
  }

  @Test
  void errorOnThirdLineWithCrLf() {
    ParseException e = queryError("SELECT a\r\nFROM t\r\nWHER x");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.startPosition()).isEqualTo(5);
    assertThat(e.reason()).isEqualTo("Syntax error at or near 'x'");
  }

  @Test
  void endOfInput() {
    ParseException e = queryError("SELECT * FROM t WHERE");
    assertThat(e.getMessage()).startsWith("[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601 (line 1, pos 21)");
  }

  @Test
  void positionsAfterEditedTextPointAtTheUsersText() {
    // "<=>" is rewritten to a longer text, "year" quoted, before parsing; the error still
    // points at 'FORM' in the user's text.
    ParseException e = queryError("SELECT a <=> b, 1L, year x FORM t");
    assertThat(e.reason()).isEqualTo("Syntax error at or near 'FORM'");
    assertThat(e.startPosition()).isEqualTo(27);
  }

  @Test
  void reservedWordRepairDoesNotHideRealErrors() {
    ParseException e = queryError("SELECT a FROM t ORDER year");
    assertThat(e.getMessage()).startsWith("[PARSE_SYNTAX_ERROR] Syntax error at or near 'year'. SQLSTATE: 42601 (line 1, pos 22)");
    assertThat(queryError("SELECT a, FROM t").getMessage())
        .startsWith("[PARSE_SYNTAX_ERROR] Syntax error at or near 'FROM'. SQLSTATE: 42601 (line 1, pos 10)");
  }

  @Test
  void unterminatedString() {
    ParseException e = queryError("SELECT 'abc FROM t");
    assertThat(e.reason()).isEqualTo("Syntax error at or near '''");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.startPosition()).isEqualTo(7);
  }

  @Test
  void expressionErrors() {
    ParseException e = exprError("age >");
    assertThat(e.getMessage()).startsWith("[PARSE_SYNTAX_ERROR] Syntax error at or near end of input. SQLSTATE: 42601 (line 1, pos 5)");
    ParseException bad = exprError("a +* b");
    assertThat(bad.startPosition()).isEqualTo(3);
    assertThat(bad.getMessage()).contains("== SQL ==\na +* b\n---^^^");
    assertThat(exprError("a, b").reason()).startsWith("Expected one expression");
  }

  @Test
  void unsupportedConstructsNameWhatAndWhere() {
    assertThat(queryError("SELECT a FROM t LIMIT 2 OFFSET 1").getMessage())
        .startsWith("The feature is not supported: OFFSET (line 1, pos 31)");
    assertThat(queryError("SELECT sum(x) OVER () FROM t").getMessage())
        .startsWith("The feature is not supported: window functions (OVER) (line 1, pos 7)");
    assertThat(queryError("SELECT *\nFROM t\nWHERE x IN (SELECT y FROM u)").getMessage())
        .startsWith("The feature is not supported: IN with a subquery (line 3, pos 12)");
    assertThat(queryError("SELECT a FROM t INTERSECT SELECT a FROM u").reason())
        .contains("INTERSECT");
    assertThat(queryError("SELECT a FROM t GROUP BY ROLLUP(a)").reason()).contains("ROLLUP");
    assertThat(queryError("INSERT INTO t VALUES (1)").reason())
        .isEqualTo("Only queries (SELECT ...) are supported, not INSERT");
    assertThat(exprError("INTERVAL '1' DAY").reason()).contains("not supported");
    assertThat(exprError("CAST(x AS TIME)").reason()).contains("Unsupported data type");
  }

  @Test
  void badOrdinals() {
    ParseException ordinal = queryError("SELECT a, b FROM t ORDER BY 3");
    assertThat(ordinal.getCondition()).isEqualTo("ORDER_BY_POS_OUT_OF_RANGE");
    assertThat(ordinal.reason())
        .isEqualTo("ORDER BY position 3 is not in select list (valid range is [1, 2])");
    assertThat(queryError("SELECT a, count(*) FROM t GROUP BY 2").reason())
        .contains("aggregate functions are not allowed in GROUP BY");
  }

  @Test
  void badLiterals() {
    // Spark: [INVALID_TYPED_LITERAL] and [INVALID_NUMERIC_LITERAL_RANGE] (literals.sql)
    assertThat(exprError("DATE '2020-13-01'").reason())
        .isEqualTo("The value of the typed literal \"DATE\" is invalid: '2020-13-01'.");
    assertThat(exprError("128Y").getCondition()).isEqualTo("INVALID_NUMERIC_LITERAL_RANGE");
  }
}
