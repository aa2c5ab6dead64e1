package io.sluice.execution.streaming.sources;

import io.sluice.columnar.Batch;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/** Reads one whole file of one format into batches of an exact schema, for the file source. */
public interface FileFormatReader {

  /**
   * The file's rows as batches owned by the caller. Fails (with any exception) if the file is
   * unreadable or corrupt; the file source adds the file's name to the error.
   */
  List<Batch> read(Path file, Schema schema, Map<String, String> options, BufferAllocator allocator)
      throws Exception;

  /** The schema of these files, for {@code spark.sql.streaming.schemaInference}. */
  Schema inferSchema(List<Path> files, Map<String, String> options);
}
