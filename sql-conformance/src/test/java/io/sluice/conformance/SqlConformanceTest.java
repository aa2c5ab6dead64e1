package io.sluice.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every golden file of Spark's SQLQueryTestSuite through Sluice, writes {@code CONFORMANCE.md}
 * and holds the results to {@code baseline.tsv} (see the module's README).
 */
final class SqlConformanceTest {
  static final String SPARK_VERSION = "4.2.0";
  private static final long STATEMENT_TIMEOUT_MILLIS = Long.getLong("conformance.statementTimeoutMillis", 10_000);

  @TempDir Path dataDir;

  @Test
  void goldenFilesDoNotFallBelowTheBaseline() throws Exception {
    Path root = Path.of(System.getProperty("conformance.repositoryRoot", "..")).toAbsolutePath().normalize();
    Path module = root.resolve("sql-conformance");
    String only = System.getProperty("conformance.files", "");
    boolean everyFile = only.isBlank();
    boolean update = Boolean.getBoolean("conformance.update") && everyFile;

    List<FileReport> reports = new ArrayList<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    Map<String, String> tablesNotLoaded;
    List<String> leaks = new ArrayList<>();
    try (GoldenJar jar = GoldenJar.open()) {
      SuiteTables tables = new SuiteTables(jar, dataDir);
      GoldenFileRun runner = new GoldenFileRun(tables, STATEMENT_TIMEOUT_MILLIS);
      List<String> names = jar.inputNames();
      for (String name : names) {
        if (!everyFile && !name.matches(only)) {
          continue;
        }
        String reason = SkippedFiles.reason(name);
        String resultText = reason == null ? jar.result(name) : null;
        if (reason == null && resultText == null) {
          reason = "no result file in sql-tests/results";
        }
        if (reason != null) {
          skipped.put(name, reason);
          continue;
        }
        // As SQLQueryTestSuite, "--IMPORT x.sql" names a file by its path under inputs/.
        GoldenInput input = GoldenInput.parse(jar.input(name), imported -> names.contains(imported) ? jar.input(imported) : null);
        List<GoldenResult> expected = GoldenResult.parseFile(resultText);
        if (expected.size() != input.statements().size()) {
          skipped.put(name, "the harness splits it into " + input.statements().size() + " statements, the result file has "
              + expected.size() + " (a harness bug)");
          continue;
        }
        FileReport report = runner.run(name, input, expected);
        reports.add(report);
        boolean timedOut = report.failures().stream().anyMatch(f -> f.actual().timedOut());
        if (report.leak() != null && !timedOut) {
          leaks.add(name + ": " + report.leak());
        }
      }
      try (io.sluice.Session probe = io.sluice.Session.builder().master("local[1]").getOrCreate()) {
        tablesNotLoaded = tables.load(probe);
      }
    }

    if (everyFile) {
      ConformanceReport.writeSummary(root.resolve("CONFORMANCE.md"), SPARK_VERSION, reports, skipped, tablesNotLoaded);
    }
    ConformanceReport.writeFailures(module.resolve("target/conformance/failures.md"), reports);
    ConformanceReport.writeStatements(module.resolve("target/conformance/statements.tsv"), reports);
    Path baselineFile = module.resolve("baseline.tsv");
    Baseline baseline = Baseline.read(baselineFile);
    if (update) {
      Baseline.of(reports).write(baselineFile);
    } else {
      assertThat(baseline.regressions(reports))
          .as("statements that did worse than sql-conformance/baseline.tsv (details: sql-conformance/target/conformance/failures.md)")
          .isEmpty();
    }
    assertThat(leaks).as("sessions that still held Arrow memory after their file").isEmpty();
    if (everyFile) {
      assertThat(reports).as("golden files run").hasSizeGreaterThan(250);
    }
  }
}
