package io.sluice.codegen.errors;

import java.util.Map;

/**
 * The errors of Spark's datetime functions: an input string that does not match its pattern
 * (ANSI mode), and patterns Spark rejects whatever the mode. Parameters as Spark 4.2 sets them.
 */
public final class DateTimeErrors {

  private static final String DOCROOT = "https://spark.apache.org/docs/latest";
  private static final String PARSER_POLICY_CONFIG = "\"spark.sql.legacy.timeParserPolicy\"";

  private DateTimeErrors() {}

  /** {@code [CANNOT_PARSE_TIMESTAMP]} with the parser's message and the {@code try_} function that returns NULL instead. */
  public static SluiceDateTimeException cannotParse(String message, String tryFunction) {
    return new SluiceDateTimeException(
        ErrorCondition.CANNOT_PARSE_TIMESTAMP,
        Map.of("message", String.valueOf(message), "func", "`" + tryFunction + "`"));
  }

  /** A pattern letter Spark does not support ({@code A}, {@code n}, {@code E} when parsing, ...). */
  public static SluiceIllegalArgumentException illegalCharacter(String pattern, char c) {
    return new SluiceIllegalArgumentException(
        ErrorCondition.INVALID_DATETIME_PATTERN_ILLEGAL_CHARACTER,
        Map.of("c", String.valueOf(c), "pattern", pattern));
  }

  /** A letter repeated more often than Spark allows ({@code MMMMM}, {@code yyyyyyy}). */
  public static SluiceIllegalArgumentException tooLong(String pattern) {
    return new SluiceIllegalArgumentException(
        ErrorCondition.INVALID_DATETIME_PATTERN_LENGTH, Map.of("pattern", pattern));
  }

  /** A week-based letter ({@code Y w W u e c}), unsupported since Spark 3. */
  public static SluiceIllegalArgumentException weekBased(char c) {
    return new SluiceIllegalArgumentException(
        ErrorCondition.DATETIME_WEEK_BASED_PATTERN, Map.of("c", String.valueOf(c)));
  }

  /** A pattern neither Spark 3+ nor Spark 2 understands, rejected by the Java formatter. */
  public static SluiceRuntimeException invalidPattern(String pattern) {
    return new SluiceRuntimeException(
        ErrorCondition.INVALID_DATETIME_PATTERN_WITH_SUGGESTION,
        Map.of("docroot", DOCROOT, "pattern", "'" + pattern + "'"));
  }

  /** A pattern Spark 2 accepted but Spark 3+ rejects. */
  public static SluiceUpgradeException patternRecognition(String pattern, Throwable cause) {
    SluiceUpgradeException e =
        new SluiceUpgradeException(
            ErrorCondition.DATETIME_PATTERN_RECOGNITION,
            Map.of("config", PARSER_POLICY_CONFIG, "docroot", DOCROOT, "pattern", "'" + pattern + "'"));
    e.initCause(cause);
    return e;
  }
}
