package io.sluice;

import io.sluice.codegen.errors.SluiceThrowable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * A query that cannot be analyzed: an unknown column or table, a type mismatch, an operation a
 * streaming query cannot do. Like Spark's, it carries the position in the SQL text when the query
 * came from SQL (1-based line, 0-based position in the line, as Spark prints {@code (line 1, pos 7)}).
 *
 * <p>Errors Spark names with an error condition start their message with it in square brackets,
 * as Spark's do ({@code [TABLE_OR_VIEW_NOT_FOUND] The table or view ...}); {@link #getCondition()}
 * returns it (null for errors without one).
 */
public class AnalysisException extends RuntimeException implements SluiceThrowable {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int startPosition;
  private final String condition;

  public AnalysisException(String message) {
    this(message, -1, -1, null);
  }

  public AnalysisException(String message, Throwable cause) {
    this(message, -1, -1, cause);
  }

  public AnalysisException(String message, int line, int startPosition, Throwable cause) {
    this(conditionOf(message), message, line, startPosition, cause);
  }

  /** An error with an explicit condition; the message is used as given. */
  protected AnalysisException(
      String condition, String message, int line, int startPosition, Throwable cause) {
    super(message, cause);
    this.condition = condition;
    this.line = line;
    this.startPosition = startPosition;
  }

  /** 1-based line in the SQL text, or -1. */
  public int line() {
    return line;
  }

  /** 0-based position in that line, or -1. */
  public int startPosition() {
    return startPosition;
  }

  @Override
  public String getCondition() {
    return condition;
  }

  @Override
  public String getSqlState() {
    return sqlStateOf(condition);
  }

  @Override
  public Map<String, String> getMessageParameters() {
    return Map.of();
  }

  @Override
  public String getMessage() {
    String base = super.getMessage();
    if (line < 0) {
      return base;
    }
    return base + "; line " + line + " pos " + startPosition;
  }

  /** The {@code CONDITION} of a message that starts {@code [CONDITION]}, or null. */
  public static String conditionOf(String message) {
    if (message == null || !message.startsWith("[")) {
      return null;
    }
    int end = message.indexOf(']');
    if (end < 2) {
      return null;
    }
    for (int i = 1; i < end; i++) {
      char c = message.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && c != '_' && c != '.' && !(c >= '0' && c <= '9')) {
        return null;
      }
    }
    return message.substring(1, end);
  }

  /** Spark's SQLSTATE of a condition (a sub-condition has its parent's), or null. */
  public static String sqlStateOf(String condition) {
    if (condition == null) {
      return null;
    }
    int dot = condition.indexOf('.');
    return SqlStates.STATES.getProperty(dot < 0 ? condition : condition.substring(0, dot));
  }

  /** Loaded on first use. */
  private static final class SqlStates {
    static final Properties STATES = load();

    private static Properties load() {
      Properties p = new Properties();
      try (InputStream in = AnalysisException.class.getResourceAsStream("error-sql-states.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p;
    }
  }
}
