package io.sluice.execution;

import static io.sluice.functions.col;
import static io.sluice.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.RuntimeConfig;
import io.sluice.Session;
import io.sluice.columnar.io.SluiceIOException;
import io.sluice.streaming.StreamingQuery;
import io.sluice.streaming.StreamingQueryException;
import io.sluice.streaming.Trigger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * When one parallel task fails, what the other tasks made is freed and the failure reaches the
 * caller with its cause. Several CSV files are read by four workers, one file has a malformed
 * record after enough good rows for its reader to have made batches already, and the session's
 * allocator must hold nothing afterwards. (Every query reads both columns: a CSV scan pruned to
 * fewer columns misreads them, a reader defect outside this test's subject.)
 */
class FailedTaskReleaseTest {

  private static final int FILES = 8;
  private static final int ROWS_PER_FILE = 2_000;
  private static final int CORRUPT_FILE = 5;

  @TempDir Path dir;
  private Session spark;

  @BeforeEach
  void setUp() throws IOException {
    for (int f = 0; f < FILES; f++) {
      StringBuilder csv = new StringBuilder();
      for (int i = 0; i < ROWS_PER_FILE; i++) {
        csv.append(i % 10).append(',').append(f * ROWS_PER_FILE + i).append('\n');
      }
      if (f == CORRUPT_FILE) {
        csv.append("3,not-a-number\n");
      }
      Files.writeString(dir.resolve(String.format("part-%02d.csv", f)), csv);
    }
    spark =
        Session.builder()
            .master("local[4]")
            .config(RuntimeConfig.READER_BATCH_ROWS, "256")
            .getOrCreate();
  }

  @AfterEach
  void tearDown() {
    spark.stop(); // closes the root allocator: fails on anything left
  }

  private Dataset<Row> failFastRead() {
    return spark.read().schema("k INT, v BIGINT").option("mode", "FAILFAST").csv(dir.toString());
  }

  private void assertNothingAllocated() {
    assertThat(spark.rootAllocator().getAllocatedMemory()).isZero();
  }

  private static void assertCorruptRecordCause(Throwable thrown) {
    Throwable cause = thrown;
    while (cause != null && !(cause instanceof SluiceIOException)) {
      cause = cause.getCause();
    }
    assertThat(cause)
        .as("the reader's error is in the cause chain of %s", thrown)
        .isNotNull()
        .hasMessageContaining(String.format("part-%02d.csv", CORRUPT_FILE))
        .hasMessageContaining("FAILFAST");
    for (Throwable suppressed : thrown.getSuppressed()) {
      assertThat(suppressed).as("no leak reported while unwinding").hasMessageNotContaining("leak");
    }
  }

  @Test
  void aParallelScanFreesTheOtherFilesBatches() {
    Throwable thrown = catchThrown(() -> failFastRead().collectAsList());
    assertCorruptRecordCause(thrown);
    assertNothingAllocated();
  }

  @Test
  void aParallelProjectionFreesTheOtherFilesBatches() {
    Throwable thrown =
        catchThrown(() -> failFastRead().select(col("k"), col("v").plus(1)).collectAsList());
    assertCorruptRecordCause(thrown);
    assertNothingAllocated();
  }

  @Test
  void aParallelAggregationFreesTheOtherTasksPartials() {
    Throwable thrown = catchThrown(() -> failFastRead().groupBy("k").agg(sum("v")).collectAsList());
    assertCorruptRecordCause(thrown);
    assertNothingAllocated();
  }

  @Test
  @Timeout(60)
  void aStreamingQueryOverTheFilesFailsWithTheCauseAndFreesItsBatches() {
    StreamingQuery q =
        spark.readStream().schema("k INT, v BIGINT").option("mode", "FAILFAST").csv(dir.toString())
            .groupBy("k").agg(sum("v")).writeStream().format("memory").queryName("counts")
            .outputMode("complete").trigger(Trigger.AvailableNow()).start();
    assertThatThrownBy(q::awaitTermination).isInstanceOf(StreamingQueryException.class)
        .satisfies(FailedTaskReleaseTest::assertCorruptRecordCause);
    assertThat(q.isActive()).isFalse();
    // the failed query wrote no table; the session holds nothing of the query
    assertNothingAllocated();
  }

  @Test
  void tasksReleaseTheOtherResultsWhenOneFunctionThrows() throws Exception {
    try (BufferAllocator allocator = new RootAllocator(Long.MAX_VALUE);
        Tasks tasks = Tasks.create("release-test", 4)) {
      List<Integer> inputs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        inputs.add(i);
      }
      CountDownLatch othersDone = new CountDownLatch(15);
      IllegalStateException failure = new IllegalStateException("task 7 failed");
      assertThatThrownBy(
              () ->
                  tasks.map(
                      inputs,
                      i -> {
                        if (i == 7) {
                          // fail only after the other tasks made their buffers
                          awaitQuietly(othersDone);
                          throw failure;
                        }
                        ArrowBuf buf = allocator.buffer(1024);
                        othersDone.countDown();
                        return buf;
                      },
                      ArrowBuf::close))
          .isInstanceOf(IllegalStateException.class)
          .satisfies(t -> assertThat(chainContains(t, failure)).isTrue());
      assertThat(allocator.getAllocatedMemory()).isZero();
    }
  }

  @Test
  void tasksNotStartedWhenOneFailsAreSkipped() {
    try (Tasks tasks = Tasks.create("skip-test", 2)) {
      List<Integer> inputs = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        inputs.add(i);
      }
      AtomicInteger calls = new AtomicInteger();
      CountDownLatch failing = new CountDownLatch(1);
      assertThatThrownBy(
              () ->
                  tasks.map(
                      inputs,
                      i -> {
                        if (calls.getAndIncrement() == 0) {
                          // the first task to start fails; the others start after it threw
                          IllegalArgumentException e = new IllegalArgumentException("first task failed");
                          failing.countDown();
                          throw e;
                        }
                        awaitQuietly(failing);
                        return i;
                      },
                      i -> {}))
          .hasMessageContaining("first task failed");
      // Two workers: at most a task or two start between the throw and the skip flag.
      assertThat(calls.get()).isLessThan(inputs.size() / 2);
    }
  }

  private static boolean chainContains(Throwable thrown, Throwable expected) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t == expected) {
        return true;
      }
    }
    return false;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("the other tasks did not run");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Throwable catchThrown(Runnable action) {
    try {
      action.run();
    } catch (Throwable t) {
      return t;
    }
    throw new AssertionError("expected the query to fail");
  }
}
