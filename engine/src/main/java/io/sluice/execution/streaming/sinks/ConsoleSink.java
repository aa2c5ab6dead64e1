package io.sluice.execution.streaming.sinks;

import io.sluice.Row;
import io.sluice.columnar.Batch;
import io.sluice.execution.RowConverter;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Spark's console sink: prints each micro-batch's result under a {@code Batch: N} header, as
 * {@code show(numRows, truncate)} prints a table. Options {@code numRows} (default 20) and {@code
 * truncate} (default true).
 */
public final class ConsoleSink implements Sink {

  static final String RULE = "-------------------------------------------";

  private final int numRows;
  private final boolean truncate;
  private final ZoneId zone;
  private final PrintStream out;

  /** {@code out} is read when each batch is printed if null (System.out, which tests may replace). */
  public ConsoleSink(int numRows, boolean truncate, ZoneId zone, PrintStream out) {
    this.numRows = numRows;
    this.truncate = truncate;
    this.zone = zone;
    this.out = out;
  }

  @Override
  public String description() {
    return "ConsoleSink";
  }

  @Override
  public long addBatch(long batchId, List<Batch> result, Schema schema) {
    List<Row> rows;
    try {
      rows = RowConverter.toRows(result, schema);
    } finally {
      result.forEach(Batch::close);
    }
    String table =
        RowConverter.showString(
            schema, rows.subList(0, Math.min(rows.size(), numRows + 1)), numRows, truncate ? 20 : 0, zone);
    PrintStream target = out != null ? out : System.out;
    // One print call, so lines of two queries printing at once do not interleave.
    target.print(RULE + "\nBatch: " + batchId + "\n" + RULE + "\n" + table + "\n");
    target.flush();
    return rows.size();
  }
}
