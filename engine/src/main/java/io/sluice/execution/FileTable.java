package io.sluice.execution;

import io.sluice.AnalysisException;
import io.sluice.columnar.Batch;
import io.sluice.columnar.io.FileFormat;
import io.sluice.columnar.io.ReadOptions;
import io.sluice.plan.BatchTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Files of one format read as a batch table ({@code read().parquet(dir)}). The file list is taken
 * when the table is made, as Spark's does; files are read at each scan.
 */
public final class FileTable implements BatchTable {
  private final FileFormat format;
  private final List<Path> files;
  private final Schema schema;
  private final ReadOptions options;
  private final int batchRows;
  private final String name;

  private FileTable(
      FileFormat format, List<Path> files, Schema schema, ReadOptions options, int batchRows, String name) {
    this.format = format;
    this.files = List.copyOf(files);
    this.schema = schema;
    this.options = options;
    this.batchRows = batchRows;
    this.name = name;
  }

  /**
   * A table over {@code paths} (files or directories); infers the schema from the files when
   * {@code userSchema} is null.
   */
  public static FileTable open(
      FileFormat format, List<Path> paths, Schema userSchema, ReadOptions options, int batchRows) {
    List<Path> files = listDataFiles(paths, options.get("pathGlobFilter"));
    Schema schema = userSchema;
    if (schema == null) {
      if (files.isEmpty()) {
        throw new AnalysisException(
            "[UNABLE_TO_INFER_SCHEMA] Unable to infer schema for "
                + format.name()
                + ". It must be specified manually.");
      }
      schema = format.reader().inferSchema(files, options);
    }
    return new FileTable(
        format, files, schema, options, batchRows, format.name() + " " + paths);
  }

  /**
   * The data files under {@code paths}: directories are listed (not recursively), and names
   * starting with {@code _} or {@code .} are skipped, as Spark does.
   */
  public static List<Path> listDataFiles(List<Path> paths, String globFilter) {
    PathMatcher glob =
        globFilter == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + globFilter);
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new AnalysisException(
            "[PATH_NOT_FOUND] Path does not exist: " + p.toAbsolutePath().toUri());
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> listing = Files.list(p)) {
          listing
              .filter(Files::isRegularFile)
              .filter(f -> !hidden(f))
              .filter(f -> glob == null || glob.matches(f.getFileName()))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else if (glob == null || glob.matches(p.getFileName())) {
        files.add(p);
      }
    }
    return files;
  }

  private static boolean hidden(Path file) {
    String n = file.getFileName().toString();
    return n.startsWith("_") || n.startsWith(".");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  public List<Path> files() {
    return files;
  }

  @Override
  public List<Batch> scan(BufferAllocator allocator) {
    return scan(allocator, Tasks.sequential(), schema);
  }

  /**
   * One deferred read per file, of the {@code required} columns (a subset of the table's schema,
   * in any order; empty to count rows).
   *
   * @throws AnalysisException when the format cannot read these columns (Spark's driver-side check)
   */
  public List<BatchSplit> splits(Schema required) {
    checkRequired(required);
    List<BatchSplit> splits = new ArrayList<>(files.size());
    for (Path f : files) {
      splits.add(allocator -> readFile(f, required, allocator));
    }
    return splits;
  }

  /**
   * Reads the files in parallel on {@code tasks}, batches in file order, with only the {@code
   * required} columns (a subset of the table's schema, in any order; empty to count rows).
   *
   * @throws AnalysisException when the format cannot read these columns (Spark's driver-side check)
   */
  public List<Batch> scan(BufferAllocator allocator, Tasks tasks, Schema required) {
    checkRequired(required);
    List<List<Batch>> perFile =
        tasks.map(files, f -> readFile(f, required, allocator), batches -> batches.forEach(Batch::close));
    List<Batch> out = new ArrayList<>();
    perFile.forEach(out::addAll);
    return out;
  }

  /** One file's batches: records of the table's whole schema, vectors of the required columns. */
  private List<Batch> readFile(Path file, Schema required, BufferAllocator allocator) {
    List<Batch> batches = new ArrayList<>();
    try {
      format.reader().read(file, schema, required, options, allocator, batchRows, batches::add);
    } catch (RuntimeException e) {
      batches.forEach(Batch::close);
      throw e;
    }
    return batches;
  }

  private void checkRequired(Schema required) {
    try {
      format.reader().checkRequired(schema, required, options);
    } catch (IllegalArgumentException e) {
      throw new AnalysisException(e.getMessage(), e);
    }
  }
}
