package io.sluice.columnar.io;

import io.sluice.columnar.types.DataType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Base64;
import java.util.Locale;

/**
 * Converts one text field to a Sluice internal value and back, with Spark's CSV rules: integers
 * by {@code Integer.parseInt} and friends, {@code NaN}/{@code Inf}/{@code -Inf} for
 * floating point, booleans case-insensitively, decimals that must fit the precision, dates and
 * timestamps by {@link TemporalText}, binary as Base64. Immutable.
 */
public final class TextFieldConverter {

  private final TemporalText temporal;

  public TextFieldConverter(TemporalText temporal) {
    this.temporal = temporal;
  }

  public TemporalText temporal() {
    return temporal;
  }

  /**
   * The value of {@code text} as {@code type}.
   *
   * @throws IllegalArgumentException (or a {@link java.time.DateTimeException}) when it does not
   *     parse; the message says why
   */
  public Object parse(String text, DataType type) {
    switch (type.kind()) {
      case STRING:
        return text;
      case BOOLEAN:
        if (text.equalsIgnoreCase("true")) {
          return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
          return Boolean.FALSE;
        }
        throw new IllegalArgumentException("'" + text + "' is not a boolean");
      case TINYINT:
        return Byte.parseByte(text);
      case SMALLINT:
        return Short.parseShort(text);
      case INT:
        return Integer.parseInt(text);
      case BIGINT:
        return Long.parseLong(text);
      case FLOAT:
        return (float) parseDouble(text);
      case DOUBLE:
        return parseDouble(text);
      case DECIMAL:
        return fitDecimal(new BigDecimal(text), type);
      case DATE:
        return temporal.parseDate(text);
      case TIMESTAMP:
        return temporal.parseTimestamp(text);
      case BINARY:
        return Base64.getDecoder().decode(text); // the form our writers and Spark's JSON use
      case NULL:
        return null;
      default:
        throw new AssertionError(type);
    }
  }

  /** Spark's {@code nanValue}, {@code positiveInf} and {@code negativeInf} defaults, then Java's. */
  static double parseDouble(String text) {
    switch (text) {
      case "NaN":
        return Double.NaN;
      case "Inf":
        return Double.POSITIVE_INFINITY;
      case "-Inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.parseDouble(text);
    }
  }

  /** Rescales to the column's scale; a value that then needs more digits than the precision fails. */
  static BigDecimal fitDecimal(BigDecimal value, DataType type) {
    BigDecimal scaled = value.setScale(type.scale(), RoundingMode.HALF_UP);
    if (scaled.precision() > type.precision()) {
      throw new IllegalArgumentException(
          "decimal " + value.toPlainString() + " does not fit " + type.simpleString());
    }
    return scaled;
  }

  /** The text a writer puts in a field for a non-null internal value. */
  public String format(Object value, DataType type) {
    switch (type.kind()) {
      case DATE:
        return temporal.formatDate(((Number) value).intValue());
      case TIMESTAMP:
        return temporal.formatTimestamp(((Number) value).longValue());
      case DECIMAL:
        return ((BigDecimal) value).toPlainString();
      case BINARY:
        return Base64.getEncoder().encodeToString((byte[]) value);
      case BOOLEAN:
        return value.toString().toLowerCase(Locale.ROOT);
      default:
        return value.toString();
    }
  }
}
