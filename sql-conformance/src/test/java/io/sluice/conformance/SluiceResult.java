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
 * @param cascade why the statement was not run (a configuration or view Sluice refused earlier
 *     governs it), or null for a statement that ran
 */
record SluiceResult(List<String> rows, Throwable error, boolean timedOut, String cascade) {
  private static final Pattern BRACKETED_CONDITION = Pattern.compile("^\\[([A-Z][A-Z0-9_]*(?:\\.[A-Z0-9_]+)*)\\]");

  static SluiceResult rows(List<String> rows) {
    return new SluiceResult(rows, null, false, null);
  }

  static SluiceResult error(Throwable error) {
    return new SluiceResult(null, error, false, null);
  }

  static SluiceResult timeout() {
    return new SluiceResult(null, null, true, null);
  }

  /**
   * A statement not run because an earlier refusal decides its answer: it would run under the
   * wrong configuration, or read the suite's table instead of the file's view.
   */
  static SluiceResult cascaded(String reason) {
    return new SluiceResult(null, null, false, reason);
  }

  boolean cascaded() {
    return cascade != null;
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
    if (cascade != null) {
      return "not run: " + cascade;
    }
    if (error != null) {
      String message = String.valueOf(error.getMessage()).split("\n", 2)[0];
      return error.getClass().getName() + ": " + message;
    }
    return rows.size() + " row(s)";
  }
}
