package io.sluice.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.sluice.Row;
import io.sluice.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session per test, stopped afterwards: stopping closes the root allocator, which fails the
 * test if any query, table or batch leaked memory. Also checks no query thread outlives the test.
 */
abstract class StreamingTestBase {

  protected Session spark;
  @TempDir protected Path dir;

  @BeforeEach
  void startSession() {
    spark = Session.builder().appName("streaming-test").master("local[2]").getOrCreate();
  }

  @AfterEach
  void stopSession() {
    spark.stop();
    // a query's thread ends right after it reports termination
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
        assertThat(Thread.getAllStackTraces().keySet())
            .noneMatch(t -> t.isAlive()
                && (t.getName().startsWith("stream execution thread")
                    || t.getName().equals("spark-listener-group-streams"))));
  }

  /** The rows of a memory table (a temp view), sorted by their text so order does not matter. */
  protected List<String> table(String name) {
    return spark.table(name).collectAsList().stream().map(Row::toString).sorted().toList();
  }

  /** Writes a file whole (temp name, then an atomic move) as a file source requires. */
  protected static Path writeFile(Path directory, String name, String content, long modifiedMs)
      throws IOException {
    Path tmp = directory.resolve("." + name + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    Files.setLastModifiedTime(tmp, FileTime.fromMillis(modifiedMs));
    return Files.move(tmp, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }
}
