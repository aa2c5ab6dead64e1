package io.sluice.execution.streaming.sources;

import io.sluice.columnar.Batch;
import io.sluice.execution.streaming.LongOffset;
import io.sluice.execution.streaming.Offset;
import io.sluice.execution.streaming.ReadLimit;
import io.sluice.execution.streaming.Source;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The running rate source. Offsets are whole seconds since the source started; the rows of second
 * s are the values {@code valueAtSecond(s-1) .. valueAtSecond(s)-1}, their timestamps spread
 * evenly over that second, as in Spark. Query thread only.
 */
final class RateStreamSource implements Source {

  private final RateSourceSpec spec;
  private final long startTimeMs;
  private Long availableNowCap;
  private final int partitions;

  RateStreamSource(RateSourceSpec spec, long startTimeMs, int partitions) {
    this.spec = spec;
    this.startTimeMs = startTimeMs;
    this.partitions = partitions;
  }

  @Override
  public String description() {
    return spec.description();
  }

  @Override
  public Schema schema() {
    return RateSourceSpec.SCHEMA;
  }

  private long secondsNow() {
    long seconds = (System.currentTimeMillis() - startTimeMs) / 1000;
    return availableNowCap == null ? seconds : Math.min(seconds, availableNowCap);
  }

  @Override
  public Offset latestOffset(Offset start, ReadLimit limit) {
    long seconds = secondsNow();
    return seconds == 0 ? start : new LongOffset(seconds);
  }

  @Override
  public Offset reportLatestOffset() {
    return new LongOffset(secondsNow());
  }

  @Override
  public void prepareForTriggerAvailableNow() {
    availableNowCap = (System.currentTimeMillis() - startTimeMs) / 1000;
  }

  /** Spark's RateStreamProvider.valueAtSecond: values produced by the end of second {@code s}. */
  static long valueAtSecond(long seconds, long rowsPerSecond, long rampUpTimeSeconds) {
    long speedDeltaPerSecond = rowsPerSecond / (rampUpTimeSeconds + 1);
    if (seconds <= rampUpTimeSeconds) {
      // (1 + 2 + ... + seconds) * speedDeltaPerSecond without overflowing early
      return seconds % 2 == 1
          ? (seconds + 1) / 2 * speedDeltaPerSecond * seconds
          : seconds / 2 * speedDeltaPerSecond * (seconds + 1);
    }
    long rampUpPart = valueAtSecond(rampUpTimeSeconds, rowsPerSecond, rampUpTimeSeconds);
    return rampUpPart + (seconds - rampUpTimeSeconds) * rowsPerSecond;
  }

  /**
   * One piece per partition, as Spark's rate source: partition {@code p} generates the values
   * {@code rangeStart + p, rangeStart + p + partitions, ...} with their timestamps, so the pieces
   * can be generated and aggregated by parallel tasks.
   */
  @Override
  public List<io.sluice.execution.BatchSplit> getSplits(Offset start, Offset end) {
    List<io.sluice.execution.BatchSplit> splits = new ArrayList<>(partitions);
    for (int p = 0; p < partitions; p++) {
      int partition = p;
      splits.add(allocator -> generate(start, end, partition, partitions, allocator));
    }
    return splits;
  }

  @Override
  public List<Batch> getBatch(Offset start, Offset end, BufferAllocator allocator) {
    return generate(start, end, 0, 1, allocator);
  }

  private List<Batch> generate(
      Offset start, Offset end, int partition, int partitionCount, BufferAllocator allocator) {
    long startSeconds = start == null ? 0 : ((LongOffset) start).value();
    long endSeconds = ((LongOffset) end).value();
    long rangeStart = valueAtSecond(startSeconds, spec.rowsPerSecond(), spec.rampUpTimeSeconds());
    long rangeEnd = valueAtSecond(endSeconds, spec.rowsPerSecond(), spec.rampUpTimeSeconds());
    int rows = Math.toIntExact(rangeEnd - rangeStart);
    double msPerValue = rows == 0 ? 0 : (endSeconds - startSeconds) * 1000.0 / rows;
    long localStartMs = startTimeMs + startSeconds * 1000;
    Batch batch = Batch.empty(RateSourceSpec.SCHEMA, allocator);
    List<FieldVector> vectors = batch.vectors();
    TimeStampVector timestamps = (TimeStampVector) vectors.get(0);
    BigIntVector values = (BigIntVector) vectors.get(1);
    int n = 0;
    for (int i = partition; i < rows; i += partitionCount, n++) {
      long ms = localStartMs + Math.round(i * msPerValue);
      timestamps.setSafe(n, ms * 1000);
      values.setSafe(n, rangeStart + i);
    }
    timestamps.setValueCount(n);
    values.setValueCount(n);
    batch.root().setRowCount(n);
    List<Batch> out = new ArrayList<>();
    out.add(batch);
    return out;
  }
}
