package io.sluice.execution.streaming.sinks;

import io.sluice.columnar.Batch;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Where a streaming query writes each micro-batch's result (Spark's {@code Sink}). Used by the
 * query's thread only.
 *
 * <p>Idempotent by batch id: a second {@code addBatch} with an id already accepted changes
 * nothing, so a batch re-run after a failure between the sink and the commit log is written once.
 */
public interface Sink extends AutoCloseable {

  /** For progress and explain, e.g. {@code MemorySink}. */
  String description();

  /**
   * Writes one batch's result. Takes ownership of {@code result} (closes every batch). Returns the
   * rows written, or -1 if the sink cannot tell.
   */
  long addBatch(long batchId, List<Batch> result, Schema schema);

  /** Called once when the query ends; what the sink published (a memory table) stays. */
  @Override
  default void close() {}
}
