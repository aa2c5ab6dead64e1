package io.sluice.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BaselineTest {
  @TempDir Path dir;

  private static FileReport report(String name, Outcome... outcomes) {
    FileReport report = new FileReport(name);
    GoldenResult golden = new GoldenResult("SELECT 1", "struct<1:int>", "1", null, null);
    for (int i = 0; i < outcomes.length; i++) {
      report.add(i + 1, outcomes[i], golden, SluiceResult.rows(List.of("2")));
    }
    return report;
  }

  @Test
  void aRunThatMatchesItsOwnBaselinePasses() {
    List<FileReport> run = List.of(report("a.sql", Outcome.PASS, Outcome.WRONG, Outcome.UNSUPPORTED));
    Path file = dir.resolve("baseline.tsv");
    Baseline.of(run).write(file);

    assertThat(Baseline.read(file).regressions(run)).isEmpty();
  }

  @Test
  void fewerPassesOrAnUnlistedWrongResultFail() {
    Path file = dir.resolve("baseline.tsv");
    Baseline.of(List.of(report("a.sql", Outcome.PASS, Outcome.PASS, Outcome.WRONG))).write(file);
    Baseline baseline = Baseline.read(file);

    assertThat(baseline.regressions(List.of(report("a.sql", Outcome.PASS, Outcome.UNSUPPORTED, Outcome.WRONG))))
        .containsExactly("a.sql: 1 statements pass, the baseline has 2");
    assertThat(baseline.regressions(List.of(report("a.sql", Outcome.PASS, Outcome.PASS, Outcome.MISSING_ERROR))))
        .singleElement().asString().startsWith("a.sql statement 3 is MISSING_ERROR");
    assertThat(baseline.regressions(List.of(report("new.sql", Outcome.WRONG)))).hasSize(1);
  }

  @Test
  void statementsThatReadTheClockAreNotRatcheted() {
    Path file = dir.resolve("baseline.tsv");
    FileReport lucky = new FileReport("t.sql");
    GoldenResult clock = new GoldenResult("select current_timestamp = current_timestamp", "struct<x:boolean>", "true", null, null);
    lucky.add(1, Outcome.PASS, clock, SluiceResult.rows(List.of("true")));
    Baseline.of(List.of(lucky)).write(file);
    FileReport unlucky = new FileReport("t.sql");
    unlucky.add(1, Outcome.WRONG, clock, SluiceResult.rows(List.of("false")));

    assertThat(Baseline.read(file).regressions(List.of(unlucky))).isEmpty();
  }

  @Test
  void moreThanTheBaselineIsAnImprovementNotARegression() {
    Path file = dir.resolve("baseline.tsv");
    Baseline.of(List.of(report("a.sql", Outcome.PASS, Outcome.WRONG))).write(file);
    List<FileReport> better = List.of(report("a.sql", Outcome.PASS, Outcome.PASS));

    assertThat(Baseline.read(file).regressions(better)).isEmpty();
    assertThat(Baseline.read(file).improvements(better)).containsExactly("a.sql: 1 -> 2");
  }
}
