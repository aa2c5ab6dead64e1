package io.sluice.streaming;

import io.sluice.AnalysisException;
import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.Session;
import io.sluice.columnar.types.Ddl;
import io.sluice.execution.streaming.sources.FileFormatReader;
import io.sluice.execution.streaming.sources.FileFormatReaders;
import io.sluice.execution.streaming.sources.FileSourceSpec;
import io.sluice.execution.streaming.sources.RateSourceSpec;
import io.sluice.plan.StreamingRelation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Describes a stream to read, Spark's {@code DataStreamReader}: {@code
 * spark.readStream().schema(s).option("maxFilesPerTrigger", 1).parquet(dir)}. Formats: {@code
 * parquet}, {@code orc}, {@code csv}, {@code json}, {@code text} (new files in a directory),
 * {@code rate}; a {@link MemoryStream} is made with {@code MemoryStream.of}. Not thread-safe (a
 * builder).
 */
public final class DataStreamReader {

  private static final String SCHEMA_INFERENCE = "sluice.sql.streaming.schemaInference";

  private final Session session;
  private String format;
  private Schema userSchema;
  private final Map<String, String> options = new LinkedHashMap<>();

  public DataStreamReader(Session session) {
    this.session = session;
  }

  public DataStreamReader format(String source) {
    this.format = source.trim().toLowerCase(Locale.ROOT);
    return this;
  }

  /** The stream's columns; file sources need one unless schema inference is switched on. */
  public DataStreamReader schema(Schema schema) {
    this.userSchema = schema;
    return this;
  }

  /** The schema as DDL: {@code "age STRING, year INT"}. */
  public DataStreamReader schema(String ddlSchema) {
    this.userSchema = Ddl.parseSchema(ddlSchema);
    return this;
  }

  public DataStreamReader option(String key, String value) {
    options.put(key, value);
    return this;
  }

  public DataStreamReader option(String key, long value) {
    return option(key, Long.toString(value));
  }

  public DataStreamReader option(String key, double value) {
    return option(key, Double.toString(value));
  }

  public DataStreamReader option(String key, boolean value) {
    return option(key, Boolean.toString(value));
  }

  public DataStreamReader options(Map<String, String> options) {
    this.options.putAll(options);
    return this;
  }

  /** Loads a source that needs no path ({@code rate}), or a file source with option {@code path}. */
  public Dataset<Row> load() {
    String path = options.get("path");
    String f = format == null ? defaultFormat() : format;
    switch (f) {
      case "rate":
        if (userSchema != null) {
          throw new AnalysisException("The rate source does not support a user-specified schema.");
        }
        return stream(new RateSourceSpec(options));
      case "memory":
        throw new IllegalArgumentException(
            "The memory source is made with MemoryStream.of(session, schema), not readStream()");
      case "kafka":
      case "socket":
        throw new UnsupportedOperationException(
            "The " + f + " source is not supported yet (a later issue); use files, rate or MemoryStream");
      case "parquet":
      case "orc":
      case "csv":
      case "json":
      case "text":
        if (path == null) {
          throw new IllegalArgumentException("'path' is not specified");
        }
        return fileStream(f, path);
      default:
        throw new AnalysisException(
            "[DATA_SOURCE_NOT_FOUND] Failed to find the data source: " + f + ".");
    }
  }

  /** Spark's default source format ({@code spark.sql.sources.default}). */
  private String defaultFormat() {
    return session.conf().get("sluice.sql.sources.default", "parquet").toLowerCase(Locale.ROOT);
  }

  /** Loads new files of the directory {@code path}. */
  public Dataset<Row> load(String path) {
    options.put("path", path);
    return load();
  }

  public Dataset<Row> parquet(String path) {
    return format("parquet").load(path);
  }

  public Dataset<Row> orc(String path) {
    return format("orc").load(path);
  }

  public Dataset<Row> csv(String path) {
    return format("csv").load(path);
  }

  public Dataset<Row> json(String path) {
    return format("json").load(path);
  }

  /** New text files of the directory {@code path}: one {@code value STRING} column, a row per line. */
  public Dataset<Row> text(String path) {
    return format("text").load(path);
  }

  private Dataset<Row> fileStream(String fileFormat, String path) {
    Path directory = Paths.get(path.startsWith("file:") ? java.net.URI.create(path).getPath() : path);
    FileFormatReader reader = FileFormatReaders.forFormat(fileFormat);
    Map<String, String> readerOptions = new LinkedHashMap<>(options);
    readerOptions.remove("path");
    Schema schema = userSchema;
    if (schema == null && fileFormat.equals("text")) {
      schema = reader.inferSchema(List.of(), readerOptions); // always value STRING
    }
    if (schema == null) {
      if (!Boolean.parseBoolean(session.conf().get(SCHEMA_INFERENCE, "false"))) {
        throw new IllegalArgumentException(
            "Schema must be specified when creating a streaming source DataFrame. If some files "
                + "already exist in the directory, then depending on the file format you may be "
                + "able to create a static DataFrame on that directory with "
                + "'spark.read.load(directory)' and infer schema from it.");
      }
      FileSourceSpec.checkExists(directory);
      schema = reader.inferSchema(existingFiles(directory), readerOptions);
    }
    FileSourceSpec.checkExists(directory);
    return stream(new FileSourceSpec(fileFormat, directory, schema, readerOptions, reader));
  }

  private static List<Path> existingFiles(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().startsWith("."))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Dataset<Row> stream(io.sluice.plan.StreamSourceSpec spec) {
    return Dataset.ofRows(session, new StreamingRelation(spec));
  }
}
