package io.sluice.differential;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts of a run, and its {@code summary.md}. */
final class Tally {

  private int cases;
  private int agreedOnRows;
  private int agreedOnError;
  private final Map<String, Integer> byKind = new TreeMap<>();
  private final Map<String, Integer> byKindFormatMode = new TreeMap<>();
  private final Map<String, Integer> errorsAgreed = new TreeMap<>();
  private final Set<String> signatures = new java.util.LinkedHashSet<>();
  private final Map<String, Integer> explained = new TreeMap<>();

  void add(Outcome o) {
    cases++;
    if (o.mismatch() == null) {
      if (o.spark().erred()) {
        agreedOnError++;
        errorsAgreed.merge(o.spark().error(), 1, Integer::sum);
      } else {
        agreedOnRows++;
      }
    } else {
      byKind.merge(o.mismatch().kind(), 1, Integer::sum);
    }
  }

  /** A case whose difference is a known Spark bug ({@link KnownSparkBugs}): not a mismatch. */
  void addExplained(String bug) {
    cases++;
    explained.merge(bug, 1, Integer::sum);
  }

  void addMismatch(String kindFormatMode) {
    byKindFormatMode.merge(kindFormatMode, 1, Integer::sum);
  }

  void addSignature(String signature) {
    signatures.add(signature);
  }

  String summary(long seed, Set<String> avoid, String timeZone, double seconds) {
    StringBuilder s = new StringBuilder("# Differential run against Spark 4.2.0\n\n");
    int explainedCases = explained.values().stream().mapToInt(Integer::intValue).sum();
    int mismatched = cases - agreedOnRows - agreedOnError - explainedCases;
    s.append(String.format("- seed %d, avoid %s, session time zone %s%n", seed, avoid, timeZone));
    s.append(String.format("- cases run: %d in %.0f s%n", cases, seconds));
    s.append(String.format("- agreed: %d (%d on rows, %d on the error kind: %s)%n", agreedOnRows + agreedOnError, agreedOnRows, agreedOnError, errorsAgreed));
    s.append(String.format("- explained by known Spark bugs: %d %s%n", explainedCases, explained));
    s.append(String.format("- mismatched: %d%n%n", mismatched));
    s.append("| mismatch kind | cases |\n|---|---|\n");
    byKind.forEach((k, v) -> s.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    s.append("\n| kind, format, mode | cases |\n|---|---|\n");
    byKindFormatMode.forEach((k, v) -> s.append("| ").append(k).append(" | ").append(v).append(" |\n"));
    s.append("\nDistinct reduced mismatches saved as regression cases:\n\n");
    for (String sig : signatures) {
      s.append("- ").append(sig).append('\n');
    }
    return s.toString();
  }
}
