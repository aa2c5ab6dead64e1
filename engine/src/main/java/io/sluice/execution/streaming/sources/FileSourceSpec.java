package io.sluice.execution.streaming.sources;

import io.sluice.AnalysisException;
import io.sluice.Session;
import io.sluice.execution.streaming.Source;
import io.sluice.execution.streaming.StreamSourceProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.Schema;

/** {@code readStream().format("parquet"|"orc"|"csv"|"json").load(dir)}: new files in a directory. Immutable. */
public final class FileSourceSpec implements StreamSourceProvider {

  private final String format;
  private final Path directory;
  private final Schema schema;
  private final Map<String, String> options;
  private final FileFormatReader reader;

  public FileSourceSpec(
      String format, Path directory, Schema schema, Map<String, String> options, FileFormatReader reader) {
    this.format = format;
    this.directory = directory.toAbsolutePath().normalize();
    this.schema = schema;
    this.options = Map.copyOf(options);
    this.reader = reader;
  }

  /** Spark's error for a missing path, at load and again at start. */
  public static void checkExists(Path directory) {
    if (!Files.exists(directory)) {
      throw new AnalysisException("[PATH_NOT_FOUND] Path does not exist: " + directory.toUri() + ".");
    }
  }

  public Path directory() {
    return directory;
  }

  public String format() {
    return format;
  }

  @Override
  public String description() {
    return "FileStreamSource[" + directory.toUri() + "]";
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public Source createSource(Session session) {
    checkExists(directory);
    return new FileStreamSource(
        this, FileStreamOptions.parse(options), reader, options, session.tasks());
  }
}
