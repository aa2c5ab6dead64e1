package io.sluice.execution.streaming.sinks;

import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.Values;
import io.sluice.streaming.OutputMode;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Spark's memory sink: keeps the result in a {@link MemoryTable} that SQL can query under the
 * query's name. Complete mode replaces the table; append and update modes add the batch's rows,
 * as Spark's {@code MemorySink} does (in update mode a key updated by three triggers has three
 * rows). With {@link #upserting} (the Sluice option {@code upsert}), update mode instead replaces
 * the rows whose key columns match and adds the others, so the table holds each key's latest
 * row. Query thread only.
 */
public final class MemorySink implements Sink {

  private final MemoryTable table;
  private final OutputMode mode;
  /** Key columns to upsert by in update mode, or null to append as Spark does. */
  private final int[] upsertKeyColumns;
  private long lastBatchId = -1;

  private MemorySink(MemoryTable table, OutputMode mode, int[] upsertKeyColumns) {
    this.table = table;
    this.mode = mode;
    this.upsertKeyColumns = upsertKeyColumns;
  }

  /** Spark's memory sink: complete replaces, append and update add the batch's rows. */
  public static MemorySink appending(MemoryTable table, OutputMode mode) {
    return new MemorySink(table, mode, null);
  }

  /**
   * A memory sink that, in update mode, upserts each batch's rows by {@code keyColumns} (the
   * aggregation's grouping columns; empty means the whole row). Other modes as {@link #appending}.
   */
  public static MemorySink upserting(MemoryTable table, OutputMode mode, int[] keyColumns) {
    return new MemorySink(table, mode, keyColumns.clone());
  }

  public MemoryTable table() {
    return table;
  }

  @Override
  public String description() {
    return "MemorySink";
  }

  @Override
  public long addBatch(long batchId, List<Batch> result, Schema schema) {
    List<Batch> owned = new ArrayList<>();
    try {
      for (Batch b : result) {
        owned.add(b.transferTo(table.allocator()));
        b.close();
      }
    } catch (RuntimeException e) {
      owned.forEach(Batch::close);
      result.forEach(Batch::close);
      throw e;
    }
    long rows = 0;
    for (Batch b : owned) {
      rows += b.rowCount();
    }
    if (batchId <= lastBatchId) {
      owned.forEach(Batch::close); // already written: a re-run batch changes nothing
      return rows;
    }
    if (mode == OutputMode.Complete()) {
      table.publish(owned);
    } else if (mode == OutputMode.Update() && upsertKeyColumns != null) {
      table.publish(upsert(owned));
    } else {
      List<Batch> next = table.copyOfCurrent();
      next.addAll(owned);
      table.publish(compactTail(next));
    }
    lastBatchId = batchId;
    return rows;
  }

  /**
   * Keeps an appended table at O(log rows) batches: while the last batch is at least half the size
   * of the one before it, the two are merged (one copy). Each row is copied O(log n) times over the
   * table's life, and an append never touches more than a few batches, so a query that appends a
   * row per trigger does not slow down as its table grows.
   */
  private List<Batch> compactTail(List<Batch> batches) {
    while (batches.size() >= 2) {
      int n = batches.size();
      Batch last = batches.get(n - 1);
      Batch before = batches.get(n - 2);
      if ((long) last.rowCount() * 2 < before.rowCount()) {
        break;
      }
      Batch merged;
      try {
        merged = Batch.concat(table.schema(), List.of(before, last), table.allocator());
      } catch (RuntimeException e) {
        batches.forEach(Batch::close);
        throw e;
      }
      before.close();
      last.close();
      batches.remove(n - 1);
      batches.set(n - 2, merged);
    }
    return batches;
  }

  /** The current rows with the updated ones replaced by key, as one batch; frees {@code updates}. */
  private List<Batch> upsert(List<Batch> updates) {
    Map<List<Object>, Object[]> rows = new LinkedHashMap<>();
    List<Batch> current = table.copyOfCurrent();
    try {
      collect(current, rows);
      collect(updates, rows);
    } finally {
      current.forEach(Batch::close);
      updates.forEach(Batch::close);
    }
    try (BatchBuilder builder = new BatchBuilder(table.schema(), table.allocator())) {
      for (Object[] row : rows.values()) {
        builder.appendRow(row);
      }
      return new ArrayList<>(List.of(builder.build()));
    }
  }

  private void collect(List<Batch> batches, Map<List<Object>, Object[]> rows) {
    for (Batch b : batches) {
      List<FieldVector> vectors = b.vectors();
      for (int r = 0; r < b.rowCount(); r++) {
        Object[] row = new Object[vectors.size()];
        for (int c = 0; c < row.length; c++) {
          row[c] = Values.get(vectors.get(c), r);
        }
        rows.put(key(row), row);
      }
    }
  }

  private List<Object> key(Object[] row) {
    int[] cols = upsertKeyColumns.length == 0 ? allColumns(row.length) : upsertKeyColumns;
    Object[] key = new Object[cols.length];
    for (int i = 0; i < cols.length; i++) {
      Object v = row[cols[i]];
      key[i] = v instanceof byte[] ? ByteBuffer.wrap((byte[]) v) : v; // arrays compare by content
    }
    return Arrays.asList(key);
  }

  private static int[] allColumns(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }
}
