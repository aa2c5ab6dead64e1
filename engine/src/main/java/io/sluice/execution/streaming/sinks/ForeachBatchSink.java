package io.sluice.execution.streaming.sinks;

import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.Session;
import io.sluice.columnar.Batch;
import io.sluice.function.VoidFunction2;
import io.sluice.plan.TableScan;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Spark's {@code foreachBatch}: calls the user's function with each micro-batch's result as a
 * batch Dataset and the batch id, on the query's thread. A failure in the function fails the query.
 */
public final class ForeachBatchSink implements Sink {

  private final Session session;
  private final VoidFunction2<Dataset<Row>, Long> function;

  public ForeachBatchSink(Session session, VoidFunction2<Dataset<Row>, Long> function) {
    this.session = session;
    this.function = function;
  }

  @Override
  public String description() {
    return "ForeachBatchSink";
  }

  @Override
  public long addBatch(long batchId, List<Batch> result, Schema schema) {
    // Not idempotent by itself, as in Spark: the function sees the batch id and must be.
    try (ResultTable table = new ResultTable("foreachBatch " + batchId, schema, result)) {
      long rows = table.rowCount();
      try {
        function.call(Dataset.ofRows(session, new TableScan(table)), batchId);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("foreachBatch function failed on batch " + batchId, e);
      }
      return rows;
    }
  }
}
