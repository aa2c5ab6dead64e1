package io.sluice.columnar.io;

import io.sluice.columnar.Batch;
import io.sluice.columnar.Values;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/** Reads a whole file into rows of internal values, closing every batch; checks vector types. */
final class FileReadSupport {

  private FileReadSupport() {}

  /** Reads every column of {@code schema}. */
  static List<Object[]> readRows(
      FormatReader reader, Path file, Schema schema, ReadOptions options, BufferAllocator allocator) {
    return readRows(reader, file, schema, schema, options, allocator, FormatReader.DEFAULT_BATCH_ROWS);
  }

  static List<Object[]> readRows(
      FormatReader reader,
      Path file,
      Schema schema,
      ReadOptions options,
      BufferAllocator allocator,
      int batchRows) {
    return readRows(reader, file, schema, schema, options, allocator, batchRows);
  }

  /** Reads the {@code required} columns of a file whose records have the {@code data} columns. */
  static List<Object[]> readRows(
      FormatReader reader,
      Path file,
      Schema data,
      Schema required,
      ReadOptions options,
      BufferAllocator allocator) {
    return readRows(reader, file, data, required, options, allocator, FormatReader.DEFAULT_BATCH_ROWS);
  }

  static List<Object[]> readRows(
      FormatReader reader,
      Path file,
      Schema data,
      Schema schema,
      ReadOptions options,
      BufferAllocator allocator,
      int batchRows) {
    List<Object[]> rows = new ArrayList<>();
    reader.read(
        file,
        data,
        schema,
        options,
        allocator,
        batchRows,
        batch -> {
          try (Batch b = batch) {
            if (!b.schema().equals(schema)) {
              throw new AssertionError("batch schema " + b.schema() + " is not " + schema);
            }
            if (b.rowCount() > batchRows) {
              throw new AssertionError("batch of " + b.rowCount() + " rows exceeds " + batchRows);
            }
            for (int r = 0; r < b.rowCount(); r++) {
              Object[] row = new Object[b.columnCount()];
              for (int c = 0; c < row.length; c++) {
                row[c] = Values.get(b.vector(c), r);
              }
              rows.add(row);
            }
          }
        });
    return rows;
  }
}
