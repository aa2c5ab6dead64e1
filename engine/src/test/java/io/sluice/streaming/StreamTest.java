package io.sluice.streaming;

import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.Session;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Spark's StreamTest, small: a script of steps run against a streaming Dataset written to a memory
 * sink. On a failed step it throws an AssertionError that lists every step with {@code =>} at the
 * failing one, so the failure reads as the stream's history.
 *
 * <pre>
 * StreamTest.of(spark, counts, OutputMode.Complete())
 *     .addData(input, Row.of("a"))
 *     .checkAnswer(Row.of("a", 1L))
 *     .stopStream()
 *     .run();
 * </pre>
 */
final class StreamTest {

  private static final AtomicInteger NAMES = new AtomicInteger();

  private interface Action {
    void run() throws Exception;
  }

  private record Step(String description, Action action) {}

  private final Session spark;
  private final Dataset<Row> stream;
  private final OutputMode mode;
  private final String table = "stream_test_" + NAMES.incrementAndGet();
  private final List<Step> steps = new ArrayList<>();
  private StreamingQuery query;

  private StreamTest(Session spark, Dataset<Row> stream, OutputMode mode) {
    this.spark = spark;
    this.stream = stream;
    this.mode = mode;
    steps.add(new Step("StartStream(" + mode + ")", this::start));
  }

  static StreamTest of(Session spark, Dataset<Row> stream, OutputMode mode) {
    return new StreamTest(spark, stream, mode);
  }

  private void start() {
    query = stream.writeStream().queryName(table).format("memory").outputMode(mode).start();
  }

  StreamTest addData(MemoryStream input, Row... rows) {
    steps.add(new Step("AddData(" + Arrays.toString(rows) + ")", () -> input.addData(rows)));
    return this;
  }

  /** Processes everything available, then compares the sink's table with {@code expected} (any order). */
  StreamTest checkAnswer(Row... expected) {
    steps.add(new Step("CheckAnswer(" + Arrays.toString(expected) + ")", () -> {
      query.processAllAvailable();
      List<String> actual = sorted(spark.table(table).collectAsList());
      List<String> wanted = sorted(Arrays.asList(expected));
      if (!actual.equals(wanted)) {
        throw new AssertionError("expected " + wanted + " but the sink holds " + actual);
      }
    }));
    return this;
  }

  StreamTest stopStream() {
    steps.add(new Step("StopStream", () -> query.stop()));
    return this;
  }

  /** Starts the query again; without a checkpoint it reads its sources from the start. */
  StreamTest startStream() {
    steps.add(new Step("StartStream(" + mode + ")", this::start));
    return this;
  }

  /** The query must fail with a cause of {@code type} whose message contains {@code text}. */
  StreamTest expectFailure(Class<? extends Throwable> type, String text) {
    steps.add(new Step("ExpectFailure(" + type.getSimpleName() + ", \"" + text + "\")", () -> {
      try {
        query.awaitTermination(10_000);
      } catch (StreamingQueryException e) {
        Throwable cause = e.cause();
        if (!type.isInstance(cause) || !String.valueOf(cause.getMessage()).contains(text)) {
          throw new AssertionError("the query failed with " + cause, e);
        }
        return;
      }
      throw new AssertionError("the query did not fail");
    }));
    return this;
  }

  /** Runs the steps; always stops the query at the end. */
  void run() {
    int current = 0;
    try {
      for (; current < steps.size(); current++) {
        steps.get(current).action().run();
      }
    } catch (Throwable t) {
      StringBuilder history = new StringBuilder("Stream test failed at step " + (current + 1) + ":\n");
      for (int i = 0; i < steps.size(); i++) {
        history.append(i == current ? "=> " : "   ").append(steps.get(i).description()).append('\n');
      }
      history.append("\n").append(t);
      throw new AssertionError(history.toString(), t);
    } finally {
      if (query != null) {
        query.stop();
      }
    }
  }

  private static List<String> sorted(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(r.toString());
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }
}
