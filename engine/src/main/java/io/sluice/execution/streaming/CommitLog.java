package io.sluice.execution.streaming;

import java.util.TreeSet;

/**
 * The commit log: ids of batches whose output the sink has accepted. A batch in the offset log
 * without a commit is re-run with the same offsets on restart. In memory for now (see {@link
 * OffsetSeqLog}). Single-threaded: the query thread.
 */
public final class CommitLog {

  private final TreeSet<Long> committed = new TreeSet<>();
  private final int retain;

  public CommitLog(int retain) {
    this.retain = Math.max(1, retain);
  }

  public void add(long batchId) {
    committed.add(batchId);
    while (committed.size() > retain) {
      committed.pollFirst();
    }
  }

  /** The newest committed batch id, or -1. */
  public long latest() {
    return committed.isEmpty() ? -1 : committed.last();
  }

  public boolean isCommitted(long batchId) {
    return committed.contains(batchId);
  }
}
