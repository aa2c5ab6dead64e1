package io.sluice.columnar.io;

import io.sluice.columnar.Batch;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.arrow.dataset.file.DatasetFileWriter;
import org.apache.arrow.dataset.file.FileFormat;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes batches to one Parquet file with arrow-dataset's {@link DatasetFileWriter} (Arrow C++,
 * Snappy). That writer writes a directory, so the file is written into a hidden sibling
 * directory and moved into place: a reader never sees a half-written file at {@code file}.
 * Stateless and thread-safe.
 */
public final class ParquetFileWriter {

  private ParquetFileWriter() {}

  /** Writes {@code batches} (all of {@code schema}; still owned by the caller) to {@code file}. */
  public static void write(Path file, Schema schema, List<Batch> batches, BufferAllocator allocator) {
    Path target = file.toAbsolutePath();
    Path staging = target.resolveSibling("." + target.getFileName() + ".writing");
    try {
      deleteStaging(staging);
      try (BatchListArrowReader reader = new BatchListArrowReader(allocator, schema, batches)) {
        DatasetFileWriter.write(
            allocator, reader, FileFormat.PARQUET, staging.toUri().toString(), new String[0], 1, "part-{i}.parquet");
      }
      Path written;
      try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
        written = files.iterator().next();
      }
      Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      deleteStaging(staging);
    } catch (IOException | RuntimeException e) {
      try {
        deleteStaging(staging);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw SluiceIOException.ofFile(target, "cannot write Parquet (" + e.getMessage() + ")", e);
    }
  }

  private static void deleteStaging(Path staging) throws IOException {
    if (!Files.exists(staging)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
      for (Path f : files) {
        Files.delete(f);
      }
    }
    Files.delete(staging);
  }
}
