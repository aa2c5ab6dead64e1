package io.sluice.codegen.errors;

import io.sluice.columnar.types.DataType;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Makes the exceptions of Spark's ANSI mode with Spark's message parameters. Values are shown as
 * Spark's {@code toSQLValue} shows them ({@code 2147483648L}, {@code 'abc'}, {@code 1.0E10D},
 * {@code 12BD}) and types as {@code "INT"}. Generated code calls these only on the failing path.
 */
public final class SqlErrors {

  /** The configuration the messages name; Sluice accepts Spark's spelling of its own key. */
  static final String ANSI_CONFIG = "\"spark.sql.ansi.enabled\"";

  private SqlErrors() {}

  /**
   * {@code [ARITHMETIC_OVERFLOW] overflow.} with Spark's hint of the {@code try_} function that
   * tolerates it, or none when {@code tryFunction} is null.
   */
  public static SluiceArithmeticException overflow(String tryFunction) {
    return new SluiceArithmeticException(
        ErrorCondition.ARITHMETIC_OVERFLOW,
        Map.of(
            "message", "overflow",
            "alternative",
                tryFunction == null
                    ? ""
                    : " Use '" + tryFunction + "' to tolerate overflow and return NULL instead.",
            "config", ANSI_CONFIG));
  }

  /**
   * {@code [ARITHMETIC_OVERFLOW] Overflow in sum of decimals.}: a decimal {@code sum} ({@code
   * tryFunction} {@code try_sum}) or {@code avg} ({@code try_avg}) whose total does not fit its
   * buffer, as Spark's {@code overflowInSumOfDecimalError}.
   */
  public static SluiceArithmeticException sumOfDecimalsOverflow(String tryFunction) {
    return new SluiceArithmeticException(
        ErrorCondition.ARITHMETIC_OVERFLOW,
        Map.of(
            "message", "Overflow in sum of decimals",
            "alternative",
                " Use '" + tryFunction + "' to tolerate overflow and return NULL instead.",
            "config", ANSI_CONFIG));
  }

  /**
   * {@code [ARITHMETIC_OVERFLOW]} with Java's own message, as Spark's {@code
   * MathUtils.withOverflow} reports a failed {@code toByteExact}/{@code longValueExact}: {@code
   * Overflow}, no hint.
   */
  public static SluiceArithmeticException overflowWithMessage(String message) {
    return new SluiceArithmeticException(
        ErrorCondition.ARITHMETIC_OVERFLOW,
        Map.of("message", message, "alternative", "", "config", ANSI_CONFIG));
  }

  /** TINYINT/SMALLINT arithmetic out of range: {@code 32767S + 1S caused overflow. ...}. */
  public static SluiceArithmeticException binaryOverflow(
      long left, String symbol, long right, DataType type, String tryFunction) {
    return new SluiceArithmeticException(
        ErrorCondition.BINARY_ARITHMETIC_OVERFLOW,
        Map.of(
            "value1", sqlValue(left, type),
            "symbol", symbol,
            "value2", sqlValue(right, type),
            "functionName", "`" + tryFunction + "`"));
  }

  public static SluiceArithmeticException divideByZero() {
    return new SluiceArithmeticException(
        ErrorCondition.DIVIDE_BY_ZERO, Map.of("config", ANSI_CONFIG));
  }

  public static SluiceArithmeticException remainderByZero() {
    return new SluiceArithmeticException(
        ErrorCondition.REMAINDER_BY_ZERO, Map.of("config", ANSI_CONFIG));
  }

  /**
   * A value that does not parse as {@code to}: a {@link SluiceNumberFormatException} for numeric
   * targets, a {@link SluiceDateTimeException} for DATE/TIMESTAMP, else a {@link
   * SluiceRuntimeException} (BOOLEAN), as Spark's classes.
   */
  public static RuntimeException castInvalidInput(Object value, DataType from, DataType to) {
    Map<String, String> parameters =
        Map.of(
            "expression", sqlValue(value, from),
            "sourceType", quote(from),
            "targetType", quote(to),
            "ansiConfig", ANSI_CONFIG);
    switch (to.kind()) {
      case DATE:
      case TIMESTAMP:
        return new SluiceDateTimeException(ErrorCondition.CAST_INVALID_INPUT, parameters);
      case BOOLEAN:
        return new SluiceRuntimeException(ErrorCondition.CAST_INVALID_INPUT, parameters);
      default:
        return new SluiceNumberFormatException(ErrorCondition.CAST_INVALID_INPUT, parameters);
    }
  }

  /** A number that does not fit the integral type it is cast to. */
  public static SluiceArithmeticException castOverflow(Object value, DataType from, DataType to) {
    return new SluiceArithmeticException(
        ErrorCondition.CAST_OVERFLOW,
        Map.of(
            "value", sqlValue(value, from),
            "sourceType", quote(from),
            "targetType", quote(to),
            "ansiConfig", ANSI_CONFIG));
  }

  /** A decimal that needs more integer digits than {@code DECIMAL(precision, scale)} has. */
  public static SluiceArithmeticException decimalOutOfRange(
      BigDecimal value, int precision, int scale) {
    return new SluiceArithmeticException(
        ErrorCondition.NUMERIC_VALUE_OUT_OF_RANGE_WITH_SUGGESTION,
        Map.of(
            "value", value.toPlainString(),
            "precision", Integer.toString(precision),
            "scale", Integer.toString(scale),
            "config", ANSI_CONFIG));
  }

  /**
   * A decimal whose rounding to {@code DECIMAL(precision, scale)} carried into one digit more than
   * the type holds (Spark's unary minus of a wide value); raised whatever the ANSI setting.
   * {@code original} is shown as Spark's {@code BigDecimal.toString} shows it ({@code 1.0E+35}).
   */
  public static SluiceArithmeticException decimalPrecisionExceeded(
      BigDecimal rounded, BigDecimal original, int precision, int scale) {
    return new SluiceArithmeticException(
        ErrorCondition.NUMERIC_VALUE_OUT_OF_RANGE_WITHOUT_SUGGESTION,
        Map.of(
            "roundedValue", rounded.toPlainString(),
            "originalValue", original.toString(),
            "precision", Integer.toString(precision),
            "scale", Integer.toString(scale)));
  }

  /**
   * A regex group index below 0 or past the pattern's groups ({@code regexp_extract}, {@code
   * regexp_extract_all}); raised whatever the ANSI setting, as Spark does.
   */
  public static SluiceRuntimeException regexGroupIndex(
      String functionName, int groupCount, int groupIndex) {
    return new SluiceRuntimeException(
        ErrorCondition.INVALID_PARAMETER_VALUE_REGEX_GROUP_INDEX,
        Map.of(
            "parameter", "`idx`",
            "functionName", "`" + functionName + "`",
            "groupCount", Integer.toString(groupCount),
            "groupIndex", Integer.toString(groupIndex)));
  }

  /** An element index of 0 ({@code split_part(s, d, 0)}); Spark counts from 1, or from the end below 0. */
  public static SluiceRuntimeException indexOfZero() {
    return new SluiceRuntimeException(ErrorCondition.INVALID_INDEX_OF_ZERO, Map.of());
  }

  /** A regular expression that does not compile, given to {@code functionName}. */
  public static SluiceRuntimeException invalidPattern(String functionName, String regex) {
    return new SluiceRuntimeException(
        ErrorCondition.INVALID_PARAMETER_VALUE_PATTERN,
        Map.of(
            "parameter", "`regexp`",
            "functionName", "`" + functionName + "`",
            "value", sqlValue(regex, DataType.STRING)));
  }

  /**
   * A LIKE pattern whose escape character precedes something other than {@code _}, {@code %} or
   * itself ({@code c} is that character), or ends the pattern ({@code c} null).
   */
  public static SluiceRuntimeException likeEscape(String pattern, Character c) {
    String format = sqlValue(pattern, DataType.STRING);
    return c == null
        ? new SluiceRuntimeException(ErrorCondition.INVALID_FORMAT_ESC_AT_THE_END, Map.of("format", format))
        : new SluiceRuntimeException(
            ErrorCondition.INVALID_FORMAT_ESC_IN_THE_MIDDLE,
            Map.of("format", format, "char", sqlValue(String.valueOf(c), DataType.STRING)));
  }

  private static String quote(DataType t) {
    return "\"" + t.sqlName() + "\"";
  }

  /** Spark's {@code toSQLValue}: the value as a SQL literal of its type. */
  static String sqlValue(Object v, DataType t) {
    if (v == null) {
      return "NULL";
    }
    switch (t.kind()) {
      case STRING:
        return "'" + v.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
      case TINYINT:
        return ((Number) v).longValue() + "Y";
      case SMALLINT:
        return ((Number) v).longValue() + "S";
      case BIGINT:
        return ((Number) v).longValue() + "L";
      case INT:
        return Long.toString(((Number) v).longValue());
      case FLOAT:
        {
          float f = ((Number) v).floatValue();
          return Float.isNaN(f) ? "NaN" : Float.isInfinite(f) ? (f > 0 ? "Infinity" : "-Infinity")
              : Float.toString(f);
        }
      case DOUBLE:
        {
          double d = ((Number) v).doubleValue();
          return Double.isNaN(d)
              ? "NaN"
              : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : d + "D";
        }
      case DECIMAL:
        return ((BigDecimal) v).toPlainString() + "BD";
      default:
        return v.toString();
    }
  }
}
