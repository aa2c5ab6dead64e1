package io.sluice.columnar.print;

import io.sluice.columnar.Batch;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Renders rows as Spark's {@code Dataset.show()} does (its {@code showString}, horizontal form):
 *
 * <pre>
 * +-----------+-----+
 * |        age|count|
 * +-----------+-----+
 * |  75+ years| 4642|
 * +-----------+-----+
 * only showing top 1 row
 * </pre>
 *
 * The text ends with a newline after the last border, or with no newline after the {@code only
 * showing} line, exactly as Spark 4.2's {@code showString}; {@code show()} prints it with {@code
 * println}, so a table it prints whole is followed by a blank line and a cut one is not.
 *
 * Cells longer than {@code truncate} characters keep {@code truncate - 3} and get {@code ...}
 * (just {@code truncate} characters when it is below 4); header names are never truncated.
 * Cells are right-aligned when truncating and left-aligned when not. Columns are at least 3
 * wide, and East Asian full-width characters count twice, as in Spark. Meta characters
 * ({@code \n}, {@code \t}, ...) are escaped so they cannot break the table. Stateless.
 */
public final class TablePrinter {

  /** {@code show()}'s defaults. */
  public static final int DEFAULT_ROWS = 20;

  public static final int DEFAULT_TRUNCATE = 20;

  private static final int MIN_COLUMN_WIDTH = 3;

  private TablePrinter() {}

  /** {@code show()}: 20 rows, cells truncated to 20 characters. */
  public static String show(Schema schema, List<Object[]> rows, ZoneId zone) {
    return show(schema, rows, zone, DEFAULT_ROWS, DEFAULT_TRUNCATE, rows.size() > DEFAULT_ROWS);
  }

  /** {@code show(numRows, truncate)}: {@code truncate=true} means 20 characters. */
  public static String show(
      Schema schema, List<Object[]> rows, ZoneId zone, int numRows, boolean truncate) {
    return show(schema, rows, zone, numRows, truncate ? DEFAULT_TRUNCATE : 0, rows.size() > numRows);
  }

  /**
   * {@code show(numRows, truncate)} over internal values (see {@link DataType}). Prints at most
   * {@code numRows} of {@code rows}; the footer appears when {@code hasMore} or when {@code rows}
   * holds more than {@code numRows}. {@code truncate <= 0} turns truncation off.
   */
  public static String show(
      Schema schema, List<Object[]> rows, ZoneId zone, int numRows, int truncate, boolean hasMore) {
    List<Field> fields = schema.getFields();
    DataType[] types = new DataType[fields.size()];
    List<String> header = new ArrayList<>(fields.size());
    for (int c = 0; c < types.length; c++) {
      types[c] = Ddl.typeOf(fields.get(c));
      header.add(fields.get(c).getName());
    }
    int shown = Math.min(Math.max(numRows, 0), rows.size());
    List<String[]> cells = new ArrayList<>(shown);
    for (int r = 0; r < shown; r++) {
      Object[] row = rows.get(r);
      String[] text = new String[types.length];
      for (int c = 0; c < types.length; c++) {
        text[c] = CellText.of(row[c], types[c], zone);
      }
      cells.add(text);
    }
    return render(header, cells, Math.max(numRows, 0), truncate, hasMore || rows.size() > numRows);
  }

  /** The first {@code maxRows} rows of a batch as internal values, for {@link #show}. */
  public static List<Object[]> rowsOf(Batch batch, int maxRows) {
    int n = Math.min(maxRows, batch.rowCount());
    List<Object[]> rows = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      Object[] row = new Object[batch.columnCount()];
      for (int c = 0; c < row.length; c++) {
        row[c] = Values.get(batch.vector(c), r);
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * The table of cells already turned into text (by {@link CellText} or by the caller).
   * {@code numRows} is only used in the footer, which is printed when {@code hasMore}.
   */
  public static String render(
      List<String> header, List<String[]> cells, int numRows, int truncate, boolean hasMore) {
    int columns = header.size();
    List<String[]> rows = new ArrayList<>(cells.size() + 1);
    String[] head = new String[columns];
    for (int c = 0; c < columns; c++) {
      head[c] = escapeMetaCharacters(header.get(c));
    }
    rows.add(head);
    for (String[] row : cells) {
      String[] text = new String[columns];
      for (int c = 0; c < columns; c++) {
        text[c] = truncate(escapeMetaCharacters(row[c] == null ? CellText.NULL : row[c]), truncate);
      }
      rows.add(text);
    }
    int[] widths = new int[columns];
    java.util.Arrays.fill(widths, MIN_COLUMN_WIDTH);
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], halfWidth(row[c]));
      }
    }
    StringBuilder separator = new StringBuilder("+");
    for (int w : widths) {
      separator.append("-".repeat(w)).append('+');
    }
    separator.append('\n');
    StringBuilder out = new StringBuilder(separator);
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      out.append('|');
      for (int c = 0; c < columns; c++) {
        String pad = " ".repeat(widths[c] - halfWidth(row[c]));
        if (truncate > 0) {
          out.append(pad).append(row[c]);
        } else {
          out.append(row[c]).append(pad);
        }
        out.append('|');
      }
      out.append('\n');
      if (r == 0) {
        out.append(separator);
      }
    }
    out.append(separator);
    if (hasMore) {
      // No newline after this line: Spark 4.2's showString ends here, and show() adds one.
      out.append("only showing top ").append(numRows).append(numRows == 1 ? " row" : " rows");
    }
    return out.toString();
  }

  private static String truncate(String text, int truncate) {
    if (truncate <= 0 || text.length() <= truncate) {
      return text;
    }
    return truncate < 4 ? text.substring(0, truncate) : text.substring(0, truncate - 3) + "...";
  }

  /** Spark's {@code SchemaUtils.escapeMetaCharacters}. */
  static String escapeMetaCharacters(String text) {
    return text.replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
        .replace("\f", "\\f")
        .replace("\b", "\\b")
        .replace("\u000B", "\\v")
        .replace("\u0007", "\\a");
  }

  /** Spark's {@code Utils.stringHalfWidth}: full-width characters take two columns. */
  static int halfWidth(String text) {
    int width = text.length();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if ((ch >= '\u1100' && ch <= '\u115F')
          || (ch >= '\u2E80' && ch <= '\uA4CF')
          || (ch >= '\uAC00' && ch <= '\uD7A3')
          || (ch >= '\uF900' && ch <= '\uFAFF')
          || (ch >= '\uFE10' && ch <= '\uFE19')
          || (ch >= '\uFE30' && ch <= '\uFE6F')
          || (ch >= '\uFF00' && ch <= '\uFF60')
          || (ch >= '\uFFE0' && ch <= '\uFFE6')) {
        width++;
      }
    }
    return width;
  }
}
