package io.sluice.differential;

import io.sluice.differential.cases.DiffCase;

/**
 * Mismatches that are Spark 4.2.0's own bugs, counted as explained rather than reduced and saved
 * (each is a line of the README's "Explained differences").
 */
final class KnownSparkBugs {

  private KnownSparkBugs() {}

  /**
   * The bug {@code o} shows, or null. One is known: Spark's CSV reader fails on a file it wrote
   * itself when the pushed-down filter has no column it can order by ({@code
   * ArrayIndexOutOfBoundsException} in {@code OrderedFilters}, reported as {@code
   * FAILED_READ_FILE}), e.g. a constant {@code WHERE} over a CSV stream; Sluice answers.
   */
  static String explain(DiffCase c, Outcome o) {
    if (o.mismatch() != null
        && o.spark().erred()
        && !o.sluice().erred()
        && c.format().equals("csv")
        && "runtime".equals(o.spark().error())
        && o.spark().message() != null
        && o.spark().message().contains("FAILED_READ_FILE")) {
      return "Spark's CSV reader fails on its own file (OrderedFilters)";
    }
    return null;
  }
}
