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

  static List<Object[]> readRows(
      FormatReader reader, Path file, Schema schema, ReadOptions options, BufferAllocator allocator) {
    return readRows(reader, file, schema, options, allocator, FormatReader.DEFAULT_BATCH_ROWS);
  }

  static List<Object[]> readRows(
      FormatReader reader,
      Path file,
      Schema schema,
      ReadOptions options,
      BufferAllocator allocator,
      int batchRows) {
    List<Object[]> rows = new ArrayList<>();
    reader.read(
        file,
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
