package io.sluice.plan.expr;

import io.sluice.columnar.types.DataType;
import java.util.List;

/**
 * A constant as the user gave it: a Java value ({@code Integer}, {@code String}, {@code
 * java.sql.Date}, ...), typed by the analyzer; or, when {@code type} is set, a value already in
 * the internal form of that type (SQL literals such as {@code DATE '2020-01-01'}).
 */
public final class LiteralValue extends UnresolvedExpr {
  private final Object value;
  private final DataType type;
  /** How SQL text shows it (a TIMESTAMP literal read in the session time zone), or null. */
  private final String sqlText;

  public LiteralValue(Object value) {
    this(value, null);
  }

  public LiteralValue(Object value, DataType type) {
    this(value, type, null);
  }

  /** A typed literal that SQL shows as {@code sqlText} ({@code TIMESTAMP '2020-01-01 00:00:00'}). */
  public LiteralValue(Object value, DataType type, String sqlText) {
    this.value = value;
    this.type = type;
    this.sqlText = sqlText;
  }

  public Object value() {
    return value;
  }

  /** The declared type, or null to infer from the Java value. */
  public DataType type() {
    return type;
  }

  @Override
  public List<UnresolvedExpr> children() {
    return List.of();
  }

  @Override
  public String sql() {
    if (sqlText != null) {
      return sqlText;
    }
    if (value == null) {
      return "NULL";
    }
    if (type != null && type.kind() == DataType.Kind.DATE && value instanceof Integer) {
      return "DATE '" + java.time.LocalDate.ofEpochDay((Integer) value) + "'";
    }
    if (type != null && type.kind() == DataType.Kind.TIMESTAMP && value instanceof Long) {
      long micros = (Long) value;
      java.time.LocalDateTime t =
          java.time.LocalDateTime.ofEpochSecond(
              Math.floorDiv(micros, 1_000_000L),
              (int) Math.floorMod(micros, 1_000_000L) * 1000,
              java.time.ZoneOffset.UTC);
      return "TIMESTAMP '" + t.toString().replace('T', ' ') + "'";
    }
    if (value instanceof Long) {
      return value + "L";
    }
    return String.valueOf(value);
  }
}
