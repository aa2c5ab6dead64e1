package io.sluice.differential.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One result value as text that is equal on both sides exactly when the values are: Spark's and
 * Sluice's external Java types map to the same text ({@code java.sql.Date} and {@code LocalDate}
 * to {@code 2020-01-31}, {@code Timestamp} and {@code Instant} to the UTC instant, so the session
 * zone cannot hide a wrong instant). Doubles are rendered by exact value, with NaN, infinities and
 * -0.0 kept apart as Spark's {@code collect()} keeps them; strings are quoted so that a string
 * "NULL" is not a null.
 */
public final class CanonicalValue {

  public static final String NULL = "NULL";

  private CanonicalValue() {}

  public static String render(Object v) {
    if (v == null) {
      return NULL;
    }
    if (v instanceof String s) {
      return "'" + s + "'";
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant().toString();
    }
    if (v instanceof Instant i) {
      return i.toString();
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    if (v instanceof byte[] b) {
      StringBuilder s = new StringBuilder("X'");
      for (byte x : b) {
        s.append(String.format("%02X", x));
      }
      return s.append('\'').toString();
    }
    // Boolean, Byte, Short, Integer, Long, Float, Double: their toString is exact and keeps NaN/-0.0.
    return v.toString();
  }
}
