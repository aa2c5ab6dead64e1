package io.sluice;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * One row of a result, with Spark's Java accessors. Values have Spark's external Java types:
 * {@code String}, {@code Integer}, {@code Long}, {@code Double}, {@code BigDecimal}, {@code
 * Boolean}, {@code java.sql.Date}, {@code java.sql.Timestamp}, {@code byte[]}. Immutable.
 */
public final class Row implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final Object[] values;
  private final transient Schema schema;

  Row(Object[] values, Schema schema) {
    this.values = values;
    this.schema = schema;
  }

  /** A row without a schema, as Spark's {@code RowFactory.create} and {@code Row.apply} make. */
  public static Row of(Object... values) {
    return new Row(values.clone(), null);
  }

  /** The row's schema, or null for a row made by {@link #of}. */
  public Schema schema() {
    return schema;
  }

  public int size() {
    return values.length;
  }

  public int length() {
    return values.length;
  }

  public Object get(int i) {
    return values[i];
  }

  public boolean isNullAt(int i) {
    return values[i] == null;
  }

  /** The index of the column named {@code name}; throws if there is no such column. */
  public int fieldIndex(String name) {
    if (schema == null) {
      throw new UnsupportedOperationException("fieldIndex on a Row without a schema is undefined");
    }
    List<Field> fields = schema.getFields();
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).getName().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "Field \"" + name + "\" does not exist. Available fields: " + fieldNames());
  }

  private List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    for (Field f : schema.getFields()) {
      names.add(f.getName());
    }
    return names;
  }

  @SuppressWarnings("unchecked")
  public <T> T getAs(int i) {
    return (T) values[i];
  }

  @SuppressWarnings("unchecked")
  public <T> T getAs(String fieldName) {
    return (T) values[fieldIndex(fieldName)];
  }

  private Object nonNull(int i) {
    Object v = values[i];
    if (v == null) {
      throw new NullPointerException("Value at index " + i + " is null");
    }
    return v;
  }

  public boolean getBoolean(int i) {
    return (Boolean) nonNull(i);
  }

  public byte getByte(int i) {
    return ((Number) nonNull(i)).byteValue();
  }

  public short getShort(int i) {
    return ((Number) nonNull(i)).shortValue();
  }

  public int getInt(int i) {
    return (Integer) nonNull(i);
  }

  public long getLong(int i) {
    return (Long) nonNull(i);
  }

  public float getFloat(int i) {
    return (Float) nonNull(i);
  }

  public double getDouble(int i) {
    return (Double) nonNull(i);
  }

  public String getString(int i) {
    return (String) values[i];
  }

  public BigDecimal getDecimal(int i) {
    return (BigDecimal) values[i];
  }

  public Date getDate(int i) {
    return (Date) values[i];
  }

  public LocalDate getLocalDate(int i) {
    Date d = getDate(i);
    return d == null ? null : d.toLocalDate();
  }

  public Timestamp getTimestamp(int i) {
    return (Timestamp) values[i];
  }

  public Instant getInstant(int i) {
    Timestamp t = getTimestamp(i);
    return t == null ? null : t.toInstant();
  }

  public boolean anyNull() {
    for (Object v : values) {
      if (v == null) {
        return true;
      }
    }
    return false;
  }

  /** A copy of the values. */
  public Object[] toArray() {
    return values.clone();
  }

  public String mkString(String separator) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      s.append(i == 0 ? "" : separator).append(format(values[i]));
    }
    return s.toString();
  }

  private static String format(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof byte[]) {
      return Arrays.toString((byte[]) v);
    }
    return v.toString();
  }

  /** Spark's form: {@code [75+ years,4642]}. */
  @Override
  public String toString() {
    return "[" + mkString(",") + "]";
  }

  /** Rows are equal when their values are (schemas are not compared, as in Spark). */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Row)) {
      return false;
    }
    return Arrays.deepEquals(values, ((Row) o).values);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(values);
  }
}
