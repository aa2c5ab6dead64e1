package io.sluice.columnar.io;

import java.util.Locale;

/** The file formats Sluice reads, by Spark's format names. */
public enum FileFormat {
  PARQUET(DatasetFileReader.PARQUET),
  ORC(DatasetFileReader.ORC),
  CSV(CsvFileReader.INSTANCE),
  JSON(JsonLinesFileReader.INSTANCE),
  TEXT(TextFileReader.INSTANCE);

  private final FormatReader reader;

  FileFormat(FormatReader reader) {
    this.reader = reader;
  }

  /** The reader of this format; stateless and shared. */
  public FormatReader reader() {
    return reader;
  }

  /** Spark's short name ({@code "parquet"}, {@code "orc"}, {@code "csv"}, {@code "json"}, {@code "text"}), any case. */
  public static FileFormat fromName(String name) {
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "parquet":
        return PARQUET;
      case "orc":
        return ORC;
      case "csv":
        return CSV;
      case "json":
        return JSON;
      case "text":
        return TEXT;
      default:
        throw new IllegalArgumentException(
            "unknown file format '" + name + "': expected parquet, orc, csv, json or text");
    }
  }
}
