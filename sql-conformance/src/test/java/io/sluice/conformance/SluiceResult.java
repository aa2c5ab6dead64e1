package io.sluice.conformance;

import java.lang.reflect.Method;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Sluice answered to one statement: rendered rows, or the error it raised (or that it ran out of
 * time).
 *
 * @param rows the rows as {@link HiveText} lines, in Sluice's order; null on error
 * @param error what was thrown, or null
 * @param timedOut whether the statement did not finish within the harness's bound
 */
record SluiceResult(List<String> rows, Throwable error, boolean timedOut) {
  private static final Pattern BRACKETED_CONDITION = Pattern.compile("^\\[([A-Z][A-Z0-9_]*(?:\\.[A-Z0-9_]+)*)\\]");

  static SluiceResult rows(List<String> rows) {
    return new SluiceResult(rows, null, false);
  }

  static SluiceResult error(Throwable error) {
    return new SluiceResult(null, error, false);
  }

  static SluiceResult timeout() {
    return new SluiceResult(null, null, true);
  }

  boolean failed() {
    return rows == null;
  }

  /**
   * The error class (Spark's condition) Sluice's error names, or null: a {@code getCondition()} or
   * {@code getErrorClass()} on the exception or a cause (as Spark's {@code SparkThrowable}), else
   * a message that starts with {@code [CONDITION]} as Spark's messages do.
   */
  String errorCondition() {
    for (Throwable t = error; t != null; t = t.getCause()) {
      for (String accessor : new String[] {"getCondition", "getErrorClass"}) {
        try {
          Method method = t.getClass().getMethod(accessor);
          Object condition = method.invoke(t);
          if (condition instanceof String s && !s.isEmpty()) {
            return s;
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          // no such accessor on this exception: try the next source
        }
      }
      if (t.getMessage() != null) {
        Matcher m = BRACKETED_CONDITION.matcher(t.getMessage());
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  /** One line that says what Sluice did, for reports. */
  String describe() {
    if (timedOut) {
      return "timed out";
    }
    if (error != null) {
      String message = String.valueOf(error.getMessage()).split("\n", 2)[0];
      return error.getClass().getName() + ": " + message;
    }
    return rows.size() + " row(s)";
  }
}
