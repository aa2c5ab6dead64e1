package io.sluice.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The committed ratchet ({@code baseline.tsv}): per golden file, how many statements pass and which
 * statements are known to be WRONG or MISSING_ERROR ({@code 12:WRONG}). A run may only do better: a
 * lower pass count or an unlisted WRONG/MISSING_ERROR fails the build. Statements that read the clock
 * or a random source are left out (see {@link FileReport}), so the pass count here can be lower than
 * in {@code CONFORMANCE.md}.
 *
 * <pre>
 * # file	pass	known WRONG / MISSING_ERROR statements
 * count.sql	3	7:WRONG,9:MISSING_ERROR
 * </pre>
 */
final class Baseline {
  /** One file's committed line. */
  record Entry(int pass, Set<String> known) {}

  private static final String HEADER =
      "# Sluice's results on Spark's golden SQL tests: file, statements that pass, known WRONG / MISSING_ERROR statements.\n"
          + "# Regenerate with -Dconformance.update=true (see sql-conformance/README.md); review the diff.\n";

  private final Map<String, Entry> entries;

  private Baseline(Map<String, Entry> entries) {
    this.entries = entries;
  }

  static Baseline read(Path file) {
    Map<String, Entry> entries = new TreeMap<>();
    if (!Files.exists(file)) {
      return new Baseline(entries);
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        Set<String> known = new LinkedHashSet<>();
        if (cols.length > 2 && !cols[2].isBlank()) {
          known.addAll(List.of(cols[2].split(",")));
        }
        entries.put(cols[0], new Entry(Integer.parseInt(cols[1].trim()), known));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Baseline(entries);
  }

  static Baseline of(Collection<FileReport> reports) {
    Map<String, Entry> entries = new TreeMap<>();
    for (FileReport r : reports) {
      entries.put(r.name(), new Entry(r.ratchetedPasses(), new LinkedHashSet<>(r.ratchetedKeys())));
    }
    return new Baseline(entries);
  }

  void write(Path file) {
    StringBuilder text = new StringBuilder(HEADER);
    entries.forEach((name, e) -> text.append(name).append('\t').append(e.pass()).append('\t')
        .append(String.join(",", e.known())).append('\n'));
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every way {@code reports} do worse than this baseline, one line each; empty when none. */
  List<String> regressions(Collection<FileReport> reports) {
    List<String> problems = new ArrayList<>();
    for (FileReport r : reports) {
      Entry committed = entries.getOrDefault(r.name(), new Entry(0, Set.of()));
      int pass = r.ratchetedPasses();
      if (pass < committed.pass()) {
        problems.add(r.name() + ": " + pass + " statements pass, the baseline has " + committed.pass());
      }
      for (FileReport.Failure f : r.failures()) {
        if (f.outcome().isRatcheted() && !FileReport.isVolatile(f.expected()) && !committed.known().contains(f.key())) {
          problems.add(r.name() + " statement " + f.number() + " is " + f.outcome() + " and the baseline does not list it: "
              + f.expected().sql().replace('\n', ' '));
        }
      }
    }
    return problems;
  }

  /** Files whose pass count went up against this baseline (the baseline can be raised). */
  List<String> improvements(Collection<FileReport> reports) {
    List<String> better = new ArrayList<>();
    for (FileReport r : reports) {
      Entry committed = entries.getOrDefault(r.name(), new Entry(0, Set.of()));
      if (r.ratchetedPasses() > committed.pass()) {
        better.add(r.name() + ": " + committed.pass() + " -> " + r.ratchetedPasses());
      }
    }
    return better;
  }
}
