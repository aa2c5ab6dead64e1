package io.sluice.sql;

import io.sluice.AnalysisException;

/**
 * SQL text that does not parse, or uses a construct Sluice does not support. Like Spark's, the
 * message names the line (1-based) and position in the line (0-based) and quotes the SQL with a
 * marker under the error:
 *
 * <pre>
 * [PARSE_SYNTAX_ERROR] Syntax error at or near 'FORM'. SQLSTATE: 42601 (line 1, pos 9)
 *
 * == SQL ==
 * SELECT * FORM t
 * ---------^^^
 * </pre>
 *
 * <p>Errors Spark names carry its condition ({@link #getCondition()}, and the message's prefix);
 * Sluice's own refusals ({@code The feature is not supported: ...}) have none.
 */
public final class ParseException extends AnalysisException {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final String sqlText;

  /**
   * @param reason what is wrong, without position ({@code Syntax error at or near 'FORM'})
   * @param sqlText the whole SQL text, or null
   * @param line 1-based line, or -1 when unknown
   * @param startPosition 0-based position in that line, or -1
   */
  public ParseException(
      String reason, String sqlText, int line, int startPosition, Throwable cause) {
    this(conditionIn(reason), withoutCondition(reason), sqlText, line, startPosition, cause);
  }

  /** A reason's {@code [CONDITION]} prefix; a syntax error is {@code PARSE_SYNTAX_ERROR}. */
  private static String conditionIn(String reason) {
    String named = AnalysisException.conditionOf(reason);
    if (named != null) {
      return named;
    }
    return reason.startsWith("Syntax error") ? "PARSE_SYNTAX_ERROR" : null;
  }

  private static String withoutCondition(String reason) {
    String named = AnalysisException.conditionOf(reason);
    return named == null ? reason : reason.substring(named.length() + 2).trim();
  }

  /**
   * @param condition Spark's error condition ({@code INVALID_TYPED_LITERAL}), or null
   */
  public ParseException(
      String condition, String reason, String sqlText, int line, int startPosition, Throwable cause) {
    super(condition, reason, line, startPosition, cause);
    this.reason = reason;
    this.sqlText = sqlText;
  }

  /** What is wrong, without the position or the SQL text. */
  public String reason() {
    return reason;
  }

  /** The SQL text that failed to parse, or null. */
  public String sqlText() {
    return sqlText;
  }

  @Override
  public String getMessage() {
    StringBuilder out = new StringBuilder();
    if (getCondition() != null) {
      out.append('[').append(getCondition()).append("] ").append(reason);
      if (!reason.endsWith(".")) {
        out.append('.');
      }
      out.append(" SQLSTATE: ").append(getSqlState());
    } else {
      out.append(reason);
    }
    if (line() >= 0) {
      out.append(" (line ").append(line()).append(", pos ").append(startPosition()).append(')');
    }
    if (sqlText == null) {
      return out.toString();
    }
    out.append("\n\n== SQL ==\n");
    String[] lines = sqlText.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(lines[i]).append('\n');
      if (i + 1 == line() && startPosition() >= 0) {
        out.append("-".repeat(startPosition())).append("^^^\n");
      }
    }
    return out.toString();
  }
}
