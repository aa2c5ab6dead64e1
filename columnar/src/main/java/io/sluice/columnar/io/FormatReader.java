package io.sluice.columnar.io;

import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads one file format into batches of an exact Sluice schema: vectors of {@code
 * DataType.toArrow()} types, in the schema's column order; columns the file lacks are null.
 *
 * <p>Implementations are stateless and thread-safe; one read runs on the calling thread.
 */
public interface FormatReader {

  /** Default rows per batch handed out by {@link #read}. */
  int DEFAULT_BATCH_ROWS = 32_768;

  /** The schema Spark would infer for these files with these options. */
  Schema inferSchema(List<Path> files, ReadOptions options);

  /**
   * Reads {@code file}, handing batches of at most {@code batchRows} rows to {@code consumer},
   * which owns (and must close) each one. Memory of every batch is accounted to {@code
   * allocator}.
   *
   * @throws SluiceIOException when the file is missing or unreadable, or a record is malformed in
   *     FAILFAST mode
   */
  void read(
      Path file,
      Schema schema,
      ReadOptions options,
      BufferAllocator allocator,
      int batchRows,
      BatchConsumer consumer);
}
