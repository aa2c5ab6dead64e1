package io.sluice.execution;

import io.sluice.Row;
import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.plan.BatchTable;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Rows held in memory as Arrow batches ({@code createDataFrame}, {@code range}). Immutable after
 * construction; scans hand out zero-copy slices, so it is safe to scan from many threads.
 */
public final class LocalTable implements BatchTable, AutoCloseable {
  private static final int BATCH_ROWS = 64 * 1024;

  private final String name;
  private final Schema schema;
  private final List<Batch> batches;

  public LocalTable(String name, Schema schema, List<Batch> batches) {
    this.name = name;
    this.schema = schema;
    this.batches = List.copyOf(batches);
  }

  /** A table of rows with external Java values (see {@link Row}). */
  public static LocalTable fromRows(
      String name, Schema schema, List<Row> rows, BufferAllocator allocator) {
    int columns = schema.getFields().size();
    try (BatchBuilder builder = new BatchBuilder(schema, allocator)) {
      Object[] internal = new Object[columns];
      for (Row row : rows) {
        if (row.size() != columns) {
          throw new IllegalArgumentException(
              "row " + row + " has " + row.size() + " values, the schema has " + columns);
        }
        for (int i = 0; i < columns; i++) {
          internal[i] = RowConverter.toInternal(row.get(i), schema.getFields().get(i));
        }
        builder.appendRow(internal);
      }
      return new LocalTable(name, schema, List.of(builder.build()));
    }
  }

  /** {@code id} BIGINT from {@code start} (inclusive) to {@code end} (exclusive). */
  public static LocalTable range(long start, long end, BufferAllocator allocator) {
    Schema schema =
        new Schema(
            List.of(
                io.sluice.columnar.types.Ddl.field(
                    "id", io.sluice.columnar.types.DataType.BIGINT, false)));
    List<Batch> batches = new ArrayList<>();
    for (long from = start; from < end; from += BATCH_ROWS) {
      int n = (int) Math.min(BATCH_ROWS, end - from);
      BigIntVector ids = new BigIntVector(schema.getFields().get(0), allocator);
      ids.allocateNew(n);
      for (int i = 0; i < n; i++) {
        ids.set(i, from + i);
      }
      ids.setValueCount(n);
      batches.add(Batch.of(List.of(ids), n));
    }
    return new LocalTable("Range (" + start + ", " + end + ")", schema, batches);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<Batch> scan(BufferAllocator allocator) {
    List<Batch> out = new ArrayList<>(batches.size());
    for (Batch b : batches) {
      out.add(b.slice(0, b.rowCount(), allocator));
    }
    return out;
  }

  @Override
  public void close() {
    batches.forEach(Batch::close);
  }
}
