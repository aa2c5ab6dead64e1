package io.sluice.columnar.io;

import java.nio.file.Path;

/**
 * A file could not be read or written, or a record in it is malformed under {@link
 * ParseMode#FAILFAST}. The message always names the path; for a bad record also the line (or
 * record) number and the column, so a user can open the file at the right place.
 */
public final class SluiceIOException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Path path;
  private final long line;
  private final String column;

  private SluiceIOException(String message, Path path, long line, String column, Throwable cause) {
    super(message, cause);
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /** The file could not be opened, read or written. */
  public static SluiceIOException ofFile(Path path, String what, Throwable cause) {
    return new SluiceIOException(what + ": " + path, path, -1, null, cause);
  }

  /** Spark's wording for a missing input path. */
  public static SluiceIOException notFound(Path path) {
    return new SluiceIOException("Path does not exist: " + path, path, -1, null, null);
  }

  /** A malformed record found in FAILFAST mode; {@code column} may be null for whole-record errors. */
  public static SluiceIOException malformed(
      Path path, long line, String column, String reason, Throwable cause) {
    StringBuilder message =
        new StringBuilder("Malformed record in ")
            .append(path)
            .append(" at line ")
            .append(line);
    if (column != null) {
      message.append(", column '").append(column).append('\'');
    }
    message.append(": ").append(reason).append(". Parse Mode: FAILFAST.");
    return new SluiceIOException(message.toString(), path, line, column, cause);
  }

  public Path path() {
    return path;
  }

  /** 1-based line or record number of a malformed record; -1 when the error is about the file. */
  public long line() {
    return line;
  }

  /** The offending column, or null. */
  public String column() {
    return column;
  }
}
