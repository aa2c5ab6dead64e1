package io.sluice.execution.streaming;

import java.util.Map;
import java.util.TreeMap;

/**
 * The offset log: batch id to the offsets that batch reads, written before the batch runs. Kept
 * in memory for now; the write-ahead log (Chronicle) replaces the map with the same
 * methods. Keeps the last {@code retain} entries. Single-threaded: the query thread.
 */
public final class OffsetSeqLog {

  private final TreeMap<Long, OffsetSeq> entries = new TreeMap<>();
  private final int retain;

  public OffsetSeqLog(int retain) {
    this.retain = Math.max(1, retain);
  }

  /** Records the batch's offsets; false if the batch is already logged (a re-run). */
  public boolean add(OffsetSeq entry) {
    if (entries.containsKey(entry.batchId())) {
      return false;
    }
    entries.put(entry.batchId(), entry);
    while (entries.size() > retain) {
      entries.pollFirstEntry();
    }
    return true;
  }

  public OffsetSeq get(long batchId) {
    return entries.get(batchId);
  }

  /** The newest entry, or null. */
  public OffsetSeq latest() {
    Map.Entry<Long, OffsetSeq> e = entries.lastEntry();
    return e == null ? null : e.getValue();
  }
}
