package io.sluice.differential.cases;

import java.util.List;

/**
 * One differential case: the tables (written by Spark as files of {@code format}: parquet, orc,
 * csv or json), how they are read ({@code mode}: {@code batch}, or {@code stream} with {@code
 * Trigger.AvailableNow} into a memory sink), how the query is given ({@code api}: {@code
 * dataframe} or {@code sql}) and the query. {@code timeZone} is both sessions' time zone.
 */
public record DiffCase(
    String id, String format, String mode, String api, String timeZone, List<TableSpec> tables, QuerySpec query) {

  public boolean streaming() {
    return mode.equals("stream");
  }

  public TableSpec table(String name) {
    for (TableSpec t : tables) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("no table " + name);
  }

  public DiffCase withTables(List<TableSpec> t) {
    return new DiffCase(id, format, mode, api, timeZone, t, query);
  }

  public DiffCase withQuery(QuerySpec q) {
    return new DiffCase(id, format, mode, api, timeZone, tables, q);
  }

  /** The read options both engines pass for this format (CSV files are written with a header). */
  public static java.util.Map<String, String> readOptions(String format) {
    return format.equals("csv") ? java.util.Map.of("header", "true") : java.util.Map.of();
  }
}
