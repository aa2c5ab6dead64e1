package io.sluice.execution;

import io.sluice.Row;
import io.sluice.RowFactoryAccess;
import io.sluice.columnar.Batch;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Converts between internal values (what vectors hold, see {@link DataType}) and the external Java
 * values of {@link Row} ({@code java.sql.Date}, {@code java.sql.Timestamp}, ...), as Spark's
 * encoders do at the API edge.
 */
public final class RowConverter {
  private RowConverter() {}

  /** Every row of the batches as Rows carrying {@code schema}; batches are not closed. */
  public static List<Row> toRows(List<Batch> batches, Schema schema) {
    List<Row> rows = new ArrayList<>();
    DataType[] types = types(schema);
    for (Batch b : batches) {
      List<FieldVector> vectors = b.vectors();
      for (int r = 0; r < b.rowCount(); r++) {
        Object[] values = new Object[types.length];
        for (int c = 0; c < types.length; c++) {
          values[c] = toExternal(Values.get(vectors.get(c), r), types[c]);
        }
        rows.add(RowFactoryAccess.create(values, schema));
      }
    }
    return rows;
  }

  private static DataType[] types(Schema schema) {
    List<Field> fields = schema.getFields();
    DataType[] types = new DataType[fields.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = Ddl.typeOf(fields.get(i));
    }
    return types;
  }

  /** The external Java value of an internal one. */
  public static Object toExternal(Object internal, DataType type) {
    if (internal == null) {
      return null;
    }
    switch (type.kind()) {
      case DATE:
        return Date.valueOf(LocalDate.ofEpochDay(((Number) internal).longValue()));
      case TIMESTAMP:
        {
          long micros = ((Number) internal).longValue();
          Instant instant =
              Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
          return Timestamp.from(instant);
        }
      default:
        return internal;
    }
  }

  /** The internal value of an external one, for a column of {@code field}'s type. */
  public static Object toInternal(Object external, Field field) {
    return toInternal(external, Ddl.typeOf(field));
  }

  public static Object toInternal(Object external, DataType type) {
    if (external == null) {
      return null;
    }
    switch (type.kind()) {
      case DATE:
        if (external instanceof Date) {
          return (int) ((Date) external).toLocalDate().toEpochDay();
        }
        if (external instanceof LocalDate) {
          return (int) ((LocalDate) external).toEpochDay();
        }
        return ((Number) external).intValue();
      case TIMESTAMP:
        {
          Instant instant;
          if (external instanceof Timestamp) {
            instant = ((Timestamp) external).toInstant();
          } else if (external instanceof Instant) {
            instant = (Instant) external;
          } else if (external instanceof LocalDateTime) {
            instant = ((LocalDateTime) external).atZone(ZoneId.systemDefault()).toInstant();
          } else {
            return ((Number) external).longValue();
          }
          return Math.addExact(
              Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000L);
        }
      case DECIMAL:
        return external instanceof BigDecimal ? external : new BigDecimal(external.toString());
      case STRING:
        return external.toString();
      default:
        return external;
    }
  }

  /** The text of {@code Dataset.show}: {@code rows} may hold one more row than shown. */
  public static String showString(
      Schema schema, List<Row> rows, int numRows, int truncate, ZoneId zone) {
    DataType[] types = types(schema);
    List<Object[]> internal = new ArrayList<>();
    for (int i = 0; i < Math.min(numRows, rows.size()); i++) {
      Object[] values = new Object[types.length];
      for (int c = 0; c < types.length; c++) {
        values[c] = toInternal(rows.get(i).get(c), types[c]);
      }
      internal.add(values);
    }
    return io.sluice.columnar.print.TablePrinter.show(
        schema, internal, zone, numRows, truncate, rows.size() > numRows);
  }
}
