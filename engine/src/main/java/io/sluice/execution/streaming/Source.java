package io.sluice.execution.streaming;

import io.sluice.columnar.Batch;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A running streaming source of one query (Spark's {@code Source} with admission control). Used by
 * the query's thread only; sources shared between queries (a memory stream) keep per-query
 * positions here.
 *
 * <p>Contract: {@link #latestOffset} may only move forward; {@link #getBatch} returns the same
 * rows every time it is called with the same offsets (so a re-run batch sees the same input), until
 * {@link #commit} says the rows up to an offset are no longer needed.
 */
public interface Source extends AutoCloseable {

  /** For explain and progress, e.g. {@code FileStreamSource[file:/data]}. */
  String description();

  Schema schema();

  /**
   * The newest offset a batch starting after {@code start} may read up to under {@code limit}, or
   * {@code start} if nothing new is available. {@code start} is null before the first batch; the
   * result is null if the source has never had data.
   */
  Offset latestOffset(Offset start, ReadLimit limit);

  /** The newest offset available, ignoring limits; for progress ({@code latestOffset}). */
  default Offset reportLatestOffset() {
    return null;
  }

  /**
   * The rows in {@code (start, end]} as deferred pieces (one per file), or null if this source
   * only hands over whole batches ({@link #getBatch}). Same contract as getBatch otherwise.
   */
  default List<io.sluice.execution.BatchSplit> getSplits(Offset start, Offset end) {
    return null;
  }

  /** The rows in {@code (start, end]}, as batches owned by the caller in {@code allocator}. */
  List<Batch> getBatch(Offset start, Offset end, BufferAllocator allocator);

  /**
   * The query reads only these columns (a subset of {@link #schema()}, in its order); a source that
   * can may return batches with just them. Called once, before the first batch.
   */
  default void readOnly(Schema columns) {}

  /** The rows up to {@code end} are processed and committed; the source may forget them. */
  default void commit(Offset end) {}

  /**
   * {@code Trigger.AvailableNow}: from now on, admit only what is available at this call, so the
   * query ends once that is processed.
   */
  default void prepareForTriggerAvailableNow() {}

  /** Registers a signal the source raises when new data arrives, so an idle query wakes at once. */
  default void wakeOnDataArrival(DataArrival signal) {}

  /** Releases what the source holds; called once when the query ends. */
  @Override
  default void close() {}
}
