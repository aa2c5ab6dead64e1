package io.sluice.execution.streaming.sources;

import io.sluice.columnar.Batch;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads one whole file of one format for the file source, with the columnar readers' contract:
 * records of the stream's whole schema (the data schema), batches of the required columns.
 */
public interface FileFormatReader {

  /**
   * The {@code requiredSchema} columns of the file's rows as batches owned by the caller. Fails
   * (with any exception) if the file is unreadable or corrupt; the file source adds the file's
   * name to the error.
   */
  List<Batch> read(
      Path file,
      Schema dataSchema,
      Schema requiredSchema,
      Map<String, String> options,
      BufferAllocator allocator)
      throws Exception;

  /**
   * Spark's driver-side checks of the columns a query reads.
   *
   * @throws IllegalArgumentException with Spark's message when the query cannot be run
   */
  void checkRequired(Schema dataSchema, Schema requiredSchema, Map<String, String> options);

  /** The schema of these files, for {@code spark.sql.streaming.schemaInference}. */
  Schema inferSchema(List<Path> files, Map<String, String> options);
}
