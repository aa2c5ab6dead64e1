package io.sluice;

import io.sluice.columnar.Batch;
import io.sluice.columnar.io.CsvFileWriter;
import io.sluice.columnar.io.FileFormat;
import io.sluice.columnar.io.JsonLinesFileWriter;
import io.sluice.columnar.io.OrcFileWriter;
import io.sluice.columnar.io.ParquetFileWriter;
import io.sluice.columnar.io.ReadOptions;
import io.sluice.execution.ExecContext;
import io.sluice.execution.PhysicalNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;

/**
 * Spark's {@code DataFrameWriter}: writes a batch Dataset as a directory of part files plus a
 * {@code _SUCCESS} marker. Modes: {@code errorifexists} (default), {@code append}, {@code
 * overwrite}, {@code ignore}.
 */
public final class DataFrameWriter<T> {
  private final Dataset<T> dataset;
  private String format = "parquet";
  private String mode = "errorifexists";
  private final Map<String, String> options = new LinkedHashMap<>();

  DataFrameWriter(Dataset<T> dataset) {
    this.dataset = dataset;
  }

  public DataFrameWriter<T> format(String source) {
    this.format = source;
    return this;
  }

  /** {@code "errorifexists"}/{@code "error"}, {@code "append"}, {@code "overwrite"}, {@code "ignore"}. */
  public DataFrameWriter<T> mode(String saveMode) {
    String m = saveMode.toLowerCase(Locale.ROOT);
    switch (m) {
      case "error":
      case "errorifexists":
      case "default":
        this.mode = "errorifexists";
        break;
      case "append":
      case "overwrite":
      case "ignore":
        this.mode = m;
        break;
      default:
        throw new IllegalArgumentException(
            "Unknown save mode: "
                + saveMode
                + ". Accepted save modes are 'overwrite', 'append', 'ignore', 'error',"
                + " 'errorifexists', 'default'.");
    }
    return this;
  }

  public DataFrameWriter<T> option(String key, String value) {
    options.put(key, value);
    return this;
  }

  public DataFrameWriter<T> option(String key, boolean value) {
    return option(key, Boolean.toString(value));
  }

  public DataFrameWriter<T> options(Map<String, String> opts) {
    options.putAll(opts);
    return this;
  }

  public void parquet(String path) {
    format("parquet").save(path);
  }

  public void orc(String path) {
    format("orc").save(path);
  }

  public void csv(String path) {
    format("csv").save(path);
  }

  public void json(String path) {
    format("json").save(path);
  }

  public void save(String path) {
    FileFormat fileFormat = FileFormat.fromName(format);
    Path dir = Path.of(path);
    if (Files.exists(dir)) {
      switch (mode) {
        case "errorifexists":
          throw new AnalysisException(
              "[PATH_ALREADY_EXISTS] Path " + dir.toAbsolutePath().toUri() + " already exists."
                  + " Set mode as \"overwrite\" to overwrite the existing path.");
        case "ignore":
          return;
        case "overwrite":
          deleteRecursively(dir);
          break;
        default:
          break;
      }
    }
    Session session = dataset.sparkSession();
    PhysicalNode plan = session.planner().plan(dataset.logicalPlan());
    try (BufferAllocator allocator =
            session.rootAllocator().newChildAllocator("write", 0, Long.MAX_VALUE);
        ExecContext context = new ExecContext(allocator, session.kernels(), session.timeZone(), session.tasks())) {
      List<Batch> batches = plan.execute(context);
      try {
        Files.createDirectories(dir);
        String ext = fileFormat == FileFormat.JSON ? "json" : fileFormat.name().toLowerCase(Locale.ROOT);
        Path file = dir.resolve("part-00000-" + UUID.randomUUID() + "-c000." + ext);
        ReadOptions writeOptions = ReadOptions.of(options);
        switch (fileFormat) {
          case PARQUET:
            ParquetFileWriter.write(file, plan.schema(), batches, allocator);
            break;
          case ORC:
            OrcFileWriter.write(file, plan.schema(), batches);
            break;
          case CSV:
            CsvFileWriter.write(file, plan.schema(), batches, writeOptions);
            break;
          default:
            JsonLinesFileWriter.write(file, plan.schema(), batches, writeOptions);
            break;
        }
        Files.write(dir.resolve("_SUCCESS"), new byte[0]);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + dir, e);
      } finally {
        batches.forEach(Batch::close);
      }
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }
}
