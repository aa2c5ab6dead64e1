package io.sluice.differential.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The text form of a generated input value and its Java value (Spark's external types with the
 * java.time API: {@code LocalDate}, {@code Instant}). Text forms: integers and decimals in plain
 * digits, doubles as {@link Double#toString} ({@code NaN}, {@code -Infinity}, {@code -0.0}),
 * dates {@code yyyy-MM-dd}, timestamps as an ISO instant, booleans {@code true}/{@code false}.
 */
public final class ValueText {

  private ValueText() {}

  public static Object parse(String type, String text) {
    if (text == null) {
      return null;
    }
    if (type.startsWith("decimal")) {
      return new BigDecimal(text);
    }
    switch (type) {
      case "int":
        return Integer.valueOf(text);
      case "bigint":
        return Long.valueOf(text);
      case "double":
        return Double.valueOf(text);
      case "string":
        return text;
      case "boolean":
        return Boolean.valueOf(text);
      case "date":
        return LocalDate.parse(text);
      case "timestamp":
        return Instant.parse(text);
      default:
        throw new IllegalArgumentException("type " + type);
    }
  }
}
