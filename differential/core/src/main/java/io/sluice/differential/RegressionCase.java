package io.sluice.differential;

import io.sluice.differential.cases.Answer;
import io.sluice.differential.cases.DiffCase;
import io.sluice.differential.cases.Mismatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reduced mismatch saved as a JSON resource under {@code src/test/resources/regressions}: the
 * case, the data files Spark wrote for it (base64, per table), Spark's recorded answer, the
 * mismatch seen when it was saved, and whether the bug is still {@code open}. {@code
 * RegressionReplayTest} replays every saved case on Sluice against the recorded answer, without
 * Spark; an open case is reported as skipped until its bug is fixed and the flag is cleared.
 */
public record RegressionCase(
    String title, boolean open, DiffCase diffCase, Map<String, List<DataFile>> files, Answer spark, Mismatch mismatch) {

  /** One data file of a table, as Spark wrote it. */
  public record DataFile(String name, String base64) {}

  /** Reads the data files (not Spark's {@code _SUCCESS} or checksum files) of every table under {@code dir}. */
  static Map<String, List<DataFile>> filesOf(DiffCase c, Path dir) throws IOException {
    Map<String, List<DataFile>> out = new LinkedHashMap<>();
    for (var t : c.tables()) {
      List<DataFile> files = new ArrayList<>();
      try (var listing = Files.list(dir.resolve(t.name()))) {
        for (Path p : listing.sorted().toList()) {
          String name = p.getFileName().toString();
          if (!name.startsWith("_") && !name.startsWith(".")) {
            files.add(new DataFile(name, Base64.getEncoder().encodeToString(Files.readAllBytes(p))));
          }
        }
      }
      out.put(t.name(), files);
    }
    return out;
  }

  /** Writes the saved data files under {@code dir/<table>/}, as Spark laid them out. */
  public void materialize(Path dir) throws IOException {
    for (var e : files.entrySet()) {
      Path tableDir = Files.createDirectories(dir.resolve(e.getKey()));
      for (DataFile f : e.getValue()) {
        Files.write(tableDir.resolve(f.name()), Base64.getDecoder().decode(f.base64()));
      }
    }
  }
}
