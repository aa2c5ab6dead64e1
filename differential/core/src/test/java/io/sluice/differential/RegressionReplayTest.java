package io.sluice.differential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sluice.differential.cases.Answer;
import io.sluice.differential.cases.AnswerComparison;
import io.sluice.differential.cases.Mismatch;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every saved regression case ({@code src/test/resources/regressions/*.json}) on Sluice
 * against the answer Spark 4.2.0 gave when the case was recorded by the differential run, over
 * the very files Spark wrote. No Spark is needed. A case still marked {@code open} (its bug is not
 * fixed yet) is reported as skipped, saying whether Sluice now agrees; clear the flag when it does.
 */
class RegressionReplayTest {

  private static SluiceSide sluice;

  @TempDir static Path temp;

  @BeforeAll
  static void startSluice() {
    sluice = new SluiceSide();
  }

  @AfterAll
  static void stopSluice() {
    sluice.close(); // the session's root allocator fails here on leaked Arrow memory
  }

  @TestFactory
  Stream<DynamicTest> everySavedCaseMatchesSparksRecordedAnswer() throws IOException, URISyntaxException {
    Path dir = Path.of(RegressionReplayTest.class.getResource("/regressions").toURI());
    List<Path> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(dir)) {
      listing.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    assertThat(files).as("saved regression cases").isNotEmpty();
    ObjectMapper json = new ObjectMapper();
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      RegressionCase saved = json.readValue(file.toFile(), RegressionCase.class);
                      Path data = Files.createDirectories(temp.resolve(file.getFileName().toString()));
                      saved.materialize(data);
                      Answer answer = sluice.run(saved.diffCase(), data);
                      Mismatch mismatch = AnswerComparison.compare(saved.diffCase().query(), saved.spark(), answer);
                      if (saved.open()) {
                        Assumptions.abort(
                            (mismatch == null ? "NOW AGREES, clear 'open': " : "open bug: ") + saved.title()
                                + (mismatch == null ? "" : " (" + mismatch + ")"));
                      }
                      assertThat(mismatch)
                          .as("%s: Spark %s, Sluice %s", saved.title(), FindingsLog.answerText(saved.spark()),
                              FindingsLog.answerText(answer))
                          .isNull();
                    }));
  }
}
