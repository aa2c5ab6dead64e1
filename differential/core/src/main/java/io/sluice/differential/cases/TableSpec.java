package io.sluice.differential.cases;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated table: columns and rows. A row holds each value in its text form ({@link
 * ValueText}), null for SQL NULL, so a case is plain JSON and both engines build the same values.
 */
public record TableSpec(String name, List<ColumnSpec> columns, List<List<String>> rows) {

  /** The schema as a DDL string both engines parse: {@code a0 int, a1 string}. */
  public String ddl() {
    List<String> parts = new ArrayList<>();
    for (ColumnSpec c : columns) {
      parts.add(c.name() + " " + c.type());
    }
    return String.join(", ", parts);
  }

  public TableSpec withRows(List<List<String>> newRows) {
    return new TableSpec(name, columns, newRows);
  }

  /** This table without column {@code index} (schema and every row). */
  public TableSpec withoutColumn(int index) {
    List<ColumnSpec> cols = new ArrayList<>(columns);
    cols.remove(index);
    List<List<String>> newRows = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> r = new ArrayList<>(row);
      r.remove(index);
      newRows.add(r);
    }
    return new TableSpec(name, cols, newRows);
  }
}
