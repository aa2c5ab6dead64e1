package io.sluice.streaming;

/**
 * The failure that terminated a streaming query, Spark's {@code StreamingQueryException}: thrown by
 * {@link StreamingQuery#awaitTermination()} and {@link StreamingQuery#processAllAvailable()}.
 * Unchecked, unlike Spark's Scala-declared exception, so Java callers need no {@code throws}.
 */
public final class StreamingQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String queryDebugString;

  public StreamingQueryException(String message, Throwable cause, String queryDebugString) {
    super(message, cause);
    this.queryDebugString = queryDebugString;
  }

  /** The exception that made the query fail. */
  public Throwable cause() {
    return getCause();
  }

  /** The query's name, ids and plan when it failed. */
  public String queryDebugString() {
    return queryDebugString;
  }

  @Override
  public String toString() {
    return super.toString() + "\n" + queryDebugString;
  }
}
