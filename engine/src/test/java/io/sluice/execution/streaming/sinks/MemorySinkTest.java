package io.sluice.execution.streaming.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.Ddl;
import io.sluice.streaming.OutputMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemorySinkTest {

  private static final Schema SCHEMA = Ddl.parseSchema("k STRING, n BIGINT");

  private final RootAllocator root = new RootAllocator();
  private final BufferAllocator query = root.newChildAllocator("query", 0, Long.MAX_VALUE);
  private final MemoryTable table =
      new MemoryTable("t", SCHEMA, root.newChildAllocator("table", 0, Long.MAX_VALUE));

  @AfterEach
  void close() {
    table.close();
    table.closeAllocator();
    query.close();
    root.close(); // fails the test on leaked memory
  }

  private List<Batch> batch(Object[]... rows) {
    try (BatchBuilder b = new BatchBuilder(SCHEMA, query)) {
      for (Object[] r : rows) {
        b.appendRow(r);
      }
      return new ArrayList<>(List.of(b.build()));
    }
  }

  private List<String> rows() {
    List<String> out = new ArrayList<>();
    List<Batch> batches = table.scan(query);
    try {
      for (Batch b : batches) {
        for (int r = 0; r < b.rowCount(); r++) {
          out.add(Values.get(b.vector(0), r) + "=" + Values.get(b.vector(1), r));
        }
      }
    } finally {
      batches.forEach(Batch::close);
    }
    return out;
  }

  @Test
  void completeReplacesAppendAndUpdateAdd() {
    MemorySink complete = MemorySink.appending(table, OutputMode.Complete());
    complete.addBatch(0, batch(new Object[] {"a", 1L}), SCHEMA);
    complete.addBatch(1, batch(new Object[] {"a", 2L}, new Object[] {"b", 1L}), SCHEMA);
    assertThat(rows()).containsExactly("a=2", "b=1");

    // Spark's MemorySink appends an update-mode batch's rows: b has two rows now.
    MemorySink update = MemorySink.appending(table, OutputMode.Update());
    update.addBatch(2, batch(new Object[] {"b", 5L}, new Object[] {"c", 1L}), SCHEMA);
    assertThat(rows()).containsExactly("a=2", "b=1", "b=5", "c=1");

    MemorySink append = MemorySink.appending(table, OutputMode.Append());
    append.addBatch(3, batch(new Object[] {"a", 9L}), SCHEMA);
    assertThat(rows()).containsExactly("a=2", "b=1", "b=5", "c=1", "a=9");
  }

  @Test
  void upsertingUpdateReplacesRowsByKey() {
    MemorySink complete = MemorySink.appending(table, OutputMode.Complete());
    complete.addBatch(0, batch(new Object[] {"a", 2L}, new Object[] {"b", 1L}), SCHEMA);

    MemorySink update = MemorySink.upserting(table, OutputMode.Update(), new int[] {0});
    update.addBatch(1, batch(new Object[] {"b", 5L}, new Object[] {"c", 1L}), SCHEMA);
    assertThat(rows()).containsExactly("a=2", "b=5", "c=1");

    MemorySink append = MemorySink.appending(table, OutputMode.Append());
    append.addBatch(3, batch(new Object[] {"a", 9L}), SCHEMA);
    assertThat(rows()).containsExactly("a=2", "b=5", "c=1", "a=9");
  }

  @Test
  void aBatchIdAlreadyWrittenChangesNothing() {
    MemorySink sink = MemorySink.appending(table, OutputMode.Append());
    sink.addBatch(0, batch(new Object[] {"a", 1L}), SCHEMA);
    sink.addBatch(0, batch(new Object[] {"a", 1L}), SCHEMA);
    assertThat(rows()).containsExactly("a=1");
  }

  @Test
  void concurrentScansSeeWholeSnapshots() throws Exception {
    MemorySink sink = MemorySink.appending(table, OutputMode.Complete());
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      try (BufferAllocator readerAllocator = root.newChildAllocator("reader", 0, Long.MAX_VALUE)) {
        while (!done.get()) {
          List<Batch> scanned = table.scan(readerAllocator);
          long rows = scanned.stream().mapToLong(Batch::rowCount).sum();
          scanned.forEach(Batch::close);
          if (rows != 0 && rows != 3) {
            throw new AssertionError("saw " + rows + " rows");
          }
        }
      } catch (Throwable t) {
        failure.set(t);
      }
    });
    reader.start();
    for (int i = 0; i < 500; i++) {
      sink.addBatch(i, batch(new Object[] {"a", (long) i}, new Object[] {"b", 1L}, new Object[] {"c", 2L}), SCHEMA);
    }
    done.set(true);
    reader.join(10_000);
    assertThat(failure.get()).isNull();
  }

  @Test
  void aDroppedTableCannotBeScanned() {
    table.close();
    assertThatThrownBy(() -> table.scan(query)).hasMessageContaining("dropped");
  }

  @Test
  void appendingARowPerBatchKeepsFewBatches() {
    MemorySink append = MemorySink.appending(table, OutputMode.Append());
    for (int i = 0; i < 1000; i++) {
      append.addBatch(i, batch(new Object[] {"k" + i, (long) i}), SCHEMA);
    }
    List<String> all = rows();
    assertThat(all).hasSize(1000);
    assertThat(all.get(0)).isEqualTo("k0=0");
    assertThat(all.get(999)).isEqualTo("k999=999");
    List<Batch> batches = table.scan(query);
    try {
      assertThat(batches.size()).isLessThanOrEqualTo(12); // O(log rows), not one per append
    } finally {
      batches.forEach(Batch::close);
    }
  }
}
