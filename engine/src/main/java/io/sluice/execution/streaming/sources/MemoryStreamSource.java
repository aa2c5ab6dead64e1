package io.sluice.execution.streaming.sources;

import io.sluice.Row;
import io.sluice.columnar.Batch;
import io.sluice.execution.streaming.DataArrival;
import io.sluice.execution.streaming.LongOffset;
import io.sluice.execution.streaming.Offset;
import io.sluice.execution.streaming.ReadLimit;
import io.sluice.execution.streaming.Source;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * One query's view of a memory stream: the stream holds the rows added (blocks, one per {@code
 * addData}); offset N means blocks 0..N. Query thread only.
 */
public final class MemoryStreamSource implements Source {

  /** What the source needs from the stream; implemented by {@code MemoryStream}. */
  public interface Blocks {
    /** Index of the newest block, -1 if none. */
    long latestBlock();

    /** Blocks {@code from..to} inclusive. */
    List<List<Row>> blocks(long from, long to);

    void addArrivalListener(DataArrival signal);

    void removeArrivalListener(DataArrival signal);
  }

  private final String description;
  private final Schema schema;
  private final Blocks stream;
  private final List<DataArrival> signals = new ArrayList<>();
  private Long availableNowCap;

  public MemoryStreamSource(String description, Schema schema, Blocks stream) {
    this.description = description;
    this.schema = schema;
    this.stream = stream;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public Offset latestOffset(Offset start, ReadLimit limit) {
    long latest = stream.latestBlock();
    if (availableNowCap != null) {
      latest = Math.min(latest, availableNowCap);
    }
    return latest < 0 ? start : new LongOffset(latest);
  }

  @Override
  public Offset reportLatestOffset() {
    long latest = stream.latestBlock();
    return latest < 0 ? null : new LongOffset(latest);
  }

  @Override
  public List<Batch> getBatch(Offset start, Offset end, BufferAllocator allocator) {
    long from = start == null ? 0 : ((LongOffset) start).value() + 1;
    long to = ((LongOffset) end).value();
    List<Row> rows = new ArrayList<>();
    for (List<Row> block : stream.blocks(from, to)) {
      rows.addAll(block);
    }
    List<Batch> out = new ArrayList<>();
    out.add(ExternalValues.toBatch(rows, schema, allocator));
    return out;
  }

  @Override
  public void prepareForTriggerAvailableNow() {
    availableNowCap = stream.latestBlock();
  }

  @Override
  public void wakeOnDataArrival(DataArrival signal) {
    signals.add(signal);
    stream.addArrivalListener(signal);
  }

  @Override
  public void close() {
    signals.forEach(stream::removeArrivalListener);
    signals.clear();
  }

}
