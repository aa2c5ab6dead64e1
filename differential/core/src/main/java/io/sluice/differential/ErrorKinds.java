package io.sluice.differential;

import java.util.Locale;

/**
 * Sorts a Sluice failure into the kinds Spark's error conditions are sorted into (see the spark
 * module's SparkSide): {@code analysis} (names, types, parsing: refused before running),
 * {@code arithmetic} (ANSI overflow, division by zero), {@code cast} (ANSI invalid cast input or
 * cast overflow), {@code runtime} (anything else). Sluice has no error classes yet, so the kind
 * comes from the exception type and Spark's condition names where Sluice's messages use them.
 */
final class ErrorKinds {

  private ErrorKinds() {}

  static String of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String type = t.getClass().getSimpleName();
      String message = String.valueOf(t.getMessage()).toUpperCase(Locale.ROOT);
      if (message.contains("CAST_INVALID_INPUT") || message.contains("CAST_OVERFLOW")
          || t instanceof NumberFormatException || t instanceof java.time.format.DateTimeParseException) {
        return "cast";
      }
      if (t instanceof ArithmeticException || message.contains("ARITHMETIC_OVERFLOW")
          || message.contains("DIVIDE_BY_ZERO") || message.contains("REMAINDER_BY_ZERO") || message.contains("NUMERIC_VALUE_OUT_OF_RANGE")) {
        return "arithmetic";
      }
      if (type.equals("AnalysisException") || type.equals("TypeCheckException") || type.contains("Parse")
          || type.equals("SqlParseException")) {
        return "analysis";
      }
    }
    return "runtime";
  }

  /** The first line of the innermost message, for the log. */
  static String message(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getClass().getSimpleName() + ": " + t.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
