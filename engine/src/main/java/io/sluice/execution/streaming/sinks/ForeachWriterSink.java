package io.sluice.execution.streaming.sinks;

import io.sluice.ForeachWriter;
import io.sluice.Row;
import io.sluice.columnar.Batch;
import io.sluice.execution.RowConverter;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Spark's {@code foreach} sink: per micro-batch, {@code open(0, batchId)}, {@code process} for each
 * row if open returned true, then {@code close(error)}. Sluice runs one partition per batch.
 */
public final class ForeachWriterSink implements Sink {

  private final ForeachWriter<Row> writer;

  public ForeachWriterSink(ForeachWriter<Row> writer) {
    this.writer = writer;
  }

  @Override
  public String description() {
    return "ForeachWriterSink";
  }

  @Override
  public long addBatch(long batchId, List<Batch> result, Schema schema) {
    List<Row> rows;
    try {
      rows = RowConverter.toRows(result, schema);
    } finally {
      result.forEach(Batch::close);
    }
    Throwable error = null;
    try {
      if (writer.open(0, batchId)) {
        for (Row row : rows) {
          writer.process(row);
        }
      }
    } catch (RuntimeException | Error e) {
      error = e;
      throw e;
    } finally {
      writer.close(error);
    }
    return rows.size();
  }
}
