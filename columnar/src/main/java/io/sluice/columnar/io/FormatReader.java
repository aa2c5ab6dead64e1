package io.sluice.columnar.io;

import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads one file format into batches of an exact Sluice schema, Spark's {@code
 * FileFormat.buildReader(dataSchema, requiredSchema, ...)} contract:
 *
 * <ul>
 *   <li>the <b>data schema</b> is the whole table's schema (given by the user or inferred): the
 *       columns a record has, in file order. Positions (CSV), record widths, malformed-record checks
 *       and error messages are resolved against it;
 *   <li>the <b>required schema</b> is the columns the query reads, a subset of the data schema in
 *       any order (empty for {@code count()}). Batches hold exactly these columns, in this order, as
 *       vectors of {@code DataType.toArrow()} types; columns the file lacks are null.
 * </ul>
 *
 * <p>Implementations are stateless and thread-safe; one read runs on the calling thread.
 */
public interface FormatReader {

  /** Default rows per batch handed out by {@link #read}. */
  int DEFAULT_BATCH_ROWS = 32_768;

  /** The schema Spark would infer for these files with these options. */
  Schema inferSchema(List<Path> files, ReadOptions options);

  /**
   * The checks Spark makes on the driver before any file is read (its {@code buildReader}): every
   * required column is a data column, and for text formats the corrupt-record column is a
   * nullable string and not the only column read.
   *
   * @throws IllegalArgumentException with Spark's message when the query cannot be run
   */
  default void checkRequired(Schema dataSchema, Schema requiredSchema, ReadOptions options) {
    ColumnSelection.of(dataSchema, requiredSchema);
  }

  /**
   * Reads the {@code requiredSchema} columns of {@code file}, whose records have the columns of
   * {@code dataSchema}, handing batches of at most {@code batchRows} rows to {@code consumer},
   * which owns (and must close) each one. Memory of every batch is accounted to {@code
   * allocator}.
   *
   * @throws SluiceIOException when the file is missing or unreadable, or a record is malformed in
   *     FAILFAST mode
   * @throws IllegalArgumentException when {@link #checkRequired} would
   */
  void read(
      Path file,
      Schema dataSchema,
      Schema requiredSchema,
      ReadOptions options,
      BufferAllocator allocator,
      int batchRows,
      BatchConsumer consumer);
}
