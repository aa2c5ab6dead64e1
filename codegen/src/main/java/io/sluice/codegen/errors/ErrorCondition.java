package io.sluice.codegen.errors;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error conditions Sluice raises, with Spark 4.2's message templates and SQLSTATEs (from
 * Spark's {@code error-conditions.json}). A sub-condition's message is the parent's template, a
 * space, and its own, as Spark joins them.
 */
public enum ErrorCondition {
  ARITHMETIC_OVERFLOW(
      "ARITHMETIC_OVERFLOW",
      "22003",
      "<message>.<alternative> If necessary set <config> to \"false\" to bypass this error."),
  BINARY_ARITHMETIC_OVERFLOW(
      "BINARY_ARITHMETIC_OVERFLOW",
      "22003",
      "<value1> <symbol> <value2> caused overflow. Use <functionName> to ignore overflow problem"
          + " and return NULL."),
  DIVIDE_BY_ZERO(
      "DIVIDE_BY_ZERO",
      "22012",
      "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead. If"
          + " necessary set <config> to \"false\" to bypass this error."),
  REMAINDER_BY_ZERO(
      "REMAINDER_BY_ZERO",
      "22012",
      "Remainder by zero. Use `try_mod` to tolerate divisor being 0 and return NULL instead. If"
          + " necessary set <config> to \"false\" to bypass this error."),
  CAST_INVALID_INPUT(
      "CAST_INVALID_INPUT",
      "22018",
      "The value <expression> of the type <sourceType> cannot be cast to <targetType> because it is"
          + " malformed. Correct the value as per the syntax, or change its target type. Use"
          + " `try_cast` to tolerate malformed input and return NULL instead."),
  CAST_OVERFLOW(
      "CAST_OVERFLOW",
      "22003",
      "The value <value> of the type <sourceType> cannot be cast to <targetType> due to an"
          + " overflow. Use `try_cast` to tolerate overflow and return NULL instead."),
  NUMERIC_VALUE_OUT_OF_RANGE_WITH_SUGGESTION(
      "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION",
      "22003",
      " <value> cannot be represented as Decimal(<precision>, <scale>). If necessary set <config>"
          + " to \"false\" to bypass this error, and return NULL instead."),
  NUMERIC_VALUE_OUT_OF_RANGE_WITHOUT_SUGGESTION(
      "NUMERIC_VALUE_OUT_OF_RANGE.WITHOUT_SUGGESTION",
      "22003",
      " The <roundedValue> rounded half up from <originalValue> cannot be represented as"
          + " Decimal(<precision>, <scale>)."),
  INVALID_PARAMETER_VALUE_REGEX_GROUP_INDEX(
      "INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX",
      "22023",
      "The value of parameter(s) <parameter> in <functionName> is invalid: Expects group index"
          + " between 0 and <groupCount>, but got <groupIndex>."),
  INVALID_PARAMETER_VALUE_PATTERN(
      "INVALID_PARAMETER_VALUE.PATTERN",
      "22023",
      "The value of parameter(s) <parameter> in <functionName> is invalid: <value>."),
  INVALID_FORMAT_ESC_IN_THE_MIDDLE(
      "INVALID_FORMAT.ESC_IN_THE_MIDDLE",
      "42601",
      "The format is invalid: <format>. The escape character is not allowed to precede <char>."),
  INVALID_FORMAT_ESC_AT_THE_END(
      "INVALID_FORMAT.ESC_AT_THE_END",
      "42601",
      "The format is invalid: <format>. The escape character is not allowed to end with."),
  INVALID_INDEX_OF_ZERO(
      "INVALID_INDEX_OF_ZERO",
      "22003",
      "The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1)."),
  CANNOT_PARSE_TIMESTAMP(
      "CANNOT_PARSE_TIMESTAMP",
      "22007",
      "<message>. Use <func> to tolerate invalid input string and return NULL instead."),
  INVALID_DATETIME_PATTERN_ILLEGAL_CHARACTER(
      "INVALID_DATETIME_PATTERN.ILLEGAL_CHARACTER",
      "22007",
      "Unrecognized datetime pattern: <pattern>. Illegal pattern character found in datetime"
          + " pattern: <c>. Please provide legal character."),
  INVALID_DATETIME_PATTERN_LENGTH(
      "INVALID_DATETIME_PATTERN.LENGTH",
      "22007",
      "Unrecognized datetime pattern: <pattern>. Too many letters in datetime pattern: <pattern>."
          + " Please reduce pattern length."),
  INVALID_DATETIME_PATTERN_WITH_SUGGESTION(
      "INVALID_DATETIME_PATTERN.WITH_SUGGESTION",
      "22007",
      "Unrecognized datetime pattern: <pattern>. You can form a valid datetime pattern with the"
          + " guide from '<docroot>/sql-ref-datetime-pattern.html'."),
  DATETIME_PATTERN_RECOGNITION(
      "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION",
      "42K0B",
      "You may get a different result due to the upgrading to Spark >= 3.0:\nFail to recognize"
          + " <pattern> pattern in the DateTimeFormatter.\n1) You can set <config> to \"LEGACY\" to"
          + " restore the behavior before Spark 3.0.\n2) You can form a valid datetime pattern with"
          + " the guide from '<docroot>/sql-ref-datetime-pattern.html'."),
  DATETIME_WEEK_BASED_PATTERN(
      "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_WEEK_BASED_PATTERN",
      "42K0B",
      "You may get a different result due to the upgrading to Spark >= 3.0:\nAll week-based"
          + " patterns are unsupported since Spark 3.0, detected week-based character: <c>.\nPlease"
          + " use the SQL function EXTRACT instead.");

  private static final Pattern PARAMETER = Pattern.compile("<([a-zA-Z0-9_]+)>");

  private final String fullName;
  private final String sqlState;
  private final String template;

  ErrorCondition(String fullName, String sqlState, String template) {
    this.fullName = fullName;
    this.sqlState = sqlState;
    this.template = template;
  }

  /** The name Spark prints, with a sub-condition after a dot. */
  public String fullName() {
    return fullName;
  }

  public String sqlState() {
    return sqlState;
  }

  /** {@code [NAME] message SQLSTATE: xxxxx}, as Spark's {@code getMessage} (without a query context). */
  String message(Map<String, String> parameters) {
    Matcher m = PARAMETER.matcher(template);
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      String value = parameters.get(m.group(1));
      m.appendReplacement(text, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(text);
    return "[" + fullName + "] " + text + " SQLSTATE: " + sqlState;
  }
}
