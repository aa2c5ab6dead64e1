package io.sluice.execution.streaming.sources;

import io.sluice.Row;
import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Turns {@link Row} values of Spark's external Java types into Sluice's internal forms (timestamps
 * as microseconds since the epoch, dates as days since the epoch) and rows into batches.
 */
public final class ExternalValues {

  private ExternalValues() {}

  /** The internal form of one external value. */
  public static Object toInternal(Object value) {
    if (value instanceof Timestamp) {
      Timestamp t = (Timestamp) value;
      return Math.floorDiv(t.getTime(), 1000L) * 1_000_000L + t.getNanos() / 1000;
    }
    if (value instanceof Instant) {
      return ChronoUnit.MICROS.between(Instant.EPOCH, (Instant) value);
    }
    if (value instanceof Date) {
      return (int) ((Date) value).toLocalDate().toEpochDay();
    }
    if (value instanceof LocalDate) {
      return (int) ((LocalDate) value).toEpochDay();
    }
    return value;
  }

  /** One batch of {@code rows}, owned by the caller. */
  public static Batch toBatch(List<Row> rows, Schema schema, BufferAllocator allocator) {
    int columns = schema.getFields().size();
    try (BatchBuilder builder = new BatchBuilder(schema, allocator)) {
      Object[] values = new Object[columns];
      for (Row row : rows) {
        for (int c = 0; c < columns; c++) {
          values[c] = toInternal(row.get(c));
        }
        builder.appendRow(values);
      }
      return builder.build();
    }
  }
}
