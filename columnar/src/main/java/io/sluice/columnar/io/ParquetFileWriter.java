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
      try (BufferAllocator export = allocator.newChildAllocator("parquet-export", 0, Long.MAX_VALUE)) {
        try (BatchListArrowReader reader = new BatchListArrowReader(export, schema, batches)) {
          DatasetFileWriter.write(
              export, reader, FileFormat.PARQUET, staging.toUri().toString(), new String[0], 1, "part-{i}.parquet");
        }
        awaitReleased(export);
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

  /**
   * Arrow C++ releases the batches it was handed through the C stream interface from its own
   * threads, and may do so just after {@code write} returns; wait (bounded) until it has, so the
   * export allocator closes empty instead of reporting a leak.
   */
  private static void awaitReleased(BufferAllocator export) {
    long deadline = System.nanoTime() + RELEASE_TIMEOUT_NANOS;
    while (export.getAllocatedMemory() > 0 && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(100_000L);
    }
  }

  private static final long RELEASE_TIMEOUT_NANOS = 10_000_000_000L;

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
