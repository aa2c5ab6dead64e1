package io.sluice.execution.streaming;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One entry of the offset log: the end offset of every source of the query (in the order of the
 * query's sources; null for a source that has had no data) for one micro-batch. Immutable.
 */
public final class OffsetSeq {

  /** Format of the entry when it is persisted; bumped when fields change. */
  public static final int VERSION_1 = 1;

  private final long batchId;
  private final List<Offset> endOffsets;

  public OffsetSeq(long batchId, List<Offset> endOffsets) {
    this.batchId = batchId;
    this.endOffsets = Collections.unmodifiableList(new ArrayList<>(endOffsets));
  }

  public long batchId() {
    return batchId;
  }

  public List<Offset> endOffsets() {
    return endOffsets;
  }

  /** Spark's {@code OffsetSeq} text form: version line, then one JSON offset per source. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("v").append(VERSION_1);
    for (Offset o : endOffsets) {
      s.append('\n').append(o == null ? "-" : o.json());
    }
    return s.toString();
  }
}
