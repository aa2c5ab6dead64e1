package io.sluice;

import io.sluice.columnar.io.FileFormat;
import io.sluice.columnar.io.FormatReader;
import io.sluice.columnar.io.ReadOptions;
import io.sluice.columnar.types.Ddl;
import io.sluice.execution.FileTable;
import io.sluice.plan.TableScan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Spark's {@code DataFrameReader}: {@code read().option("header", true).csv(path)}. Formats:
 * parquet, orc, csv, json (lines), text; options keep Spark's names (see the columnar module's
 * README).
 */
public final class DataFrameReader {
  private final Session session;
  private String format = "parquet";
  private Schema schema;
  private final Map<String, String> options = new LinkedHashMap<>();

  DataFrameReader(Session session) {
    this.session = session;
  }

  public DataFrameReader format(String source) {
    this.format = source;
    return this;
  }

  public DataFrameReader schema(Schema schema) {
    this.schema = schema;
    return this;
  }

  /** A DDL schema: {@code "age STRING, year INT"}. */
  public DataFrameReader schema(String ddl) {
    this.schema = Ddl.parseSchema(ddl);
    return this;
  }

  public DataFrameReader option(String key, String value) {
    options.put(key, value);
    return this;
  }

  public DataFrameReader option(String key, boolean value) {
    return option(key, Boolean.toString(value));
  }

  public DataFrameReader option(String key, long value) {
    return option(key, Long.toString(value));
  }

  public DataFrameReader option(String key, double value) {
    return option(key, Double.toString(value));
  }

  public DataFrameReader options(Map<String, String> options) {
    this.options.putAll(options);
    return this;
  }

  public Dataset<Row> load(String... paths) {
    if (paths.length == 0 && options.containsKey("path")) {
      paths = new String[] {options.get("path")};
    }
    if (paths.length == 0) {
      throw new IllegalArgumentException("load() needs a path for format " + format);
    }
    FileFormat fileFormat;
    try {
      fileFormat = FileFormat.fromName(format);
    } catch (IllegalArgumentException e) {
      throw new AnalysisException(
          "[DATA_SOURCE_NOT_FOUND] Failed to find the data source: " + format + ".", e);
    }
    List<Path> list = new ArrayList<>();
    for (String p : paths) {
      list.add(Path.of(p.startsWith("file:") ? java.net.URI.create(p).getPath() : p));
    }
    int batchRows =
        Integer.parseInt(
            session
                .conf()
                .get(RuntimeConfig.READER_BATCH_ROWS, Integer.toString(FormatReader.DEFAULT_BATCH_ROWS)));
    FileTable table = FileTable.open(fileFormat, list, schema, ReadOptions.of(options), batchRows);
    return Dataset.ofRows(session, new TableScan(table));
  }

  public Dataset<Row> parquet(String... paths) {
    return format("parquet").load(paths);
  }

  public Dataset<Row> orc(String... paths) {
    return format("orc").load(paths);
  }

  public Dataset<Row> csv(String... paths) {
    return format("csv").load(paths);
  }

  public Dataset<Row> json(String... paths) {
    return format("json").load(paths);
  }

  /**
   * Text files as one {@code value STRING} column, a row per line (options {@code lineSep}, {@code
   * wholetext}).
   */
  public Dataset<Row> text(String... paths) {
    return format("text").load(paths);
  }

  public Dataset<Row> table(String tableName) {
    return session.table(tableName);
  }
}
