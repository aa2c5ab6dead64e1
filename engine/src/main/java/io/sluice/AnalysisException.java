package io.sluice;

/**
 * A query that cannot be analyzed: an unknown column or table, a type mismatch, an operation a
 * streaming query cannot do. Like Spark's, it carries the position in the SQL text when the query
 * came from SQL (1-based line, 0-based position in the line, as Spark prints {@code (line 1, pos 7)}).
 */
public class AnalysisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;
  private final int startPosition;

  public AnalysisException(String message) {
    this(message, -1, -1, null);
  }

  public AnalysisException(String message, Throwable cause) {
    this(message, -1, -1, cause);
  }

  public AnalysisException(String message, int line, int startPosition, Throwable cause) {
    super(message, cause);
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
  public String getMessage() {
    String base = super.getMessage();
    if (line < 0) {
      return base;
    }
    return base + "; line " + line + " pos " + startPosition;
  }
}
