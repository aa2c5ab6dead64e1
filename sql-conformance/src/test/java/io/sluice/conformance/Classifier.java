package io.sluice.conformance;

import java.util.ArrayList;
import java.util.List;

/** Compares Sluice's answer to one statement with Spark's golden block. */
final class Classifier {
  private Classifier() {}

  static Outcome classify(GoldenResult expected, SluiceResult actual) {
    if (actual.cascaded()) {
      return Outcome.UNSUPPORTED; // not measured: a refusal earlier in the file decides it
    }
    if (expected.isError()) {
      if (!actual.failed()) {
        return Outcome.MISSING_ERROR;
      }
      if (expected.errorCondition() == null) {
        return actual.timedOut() ? Outcome.ERROR_MISMATCH : Outcome.PASS;
      }
      return expected.errorCondition().equals(actual.errorCondition()) ? Outcome.PASS : Outcome.ERROR_MISMATCH;
    }
    if (actual.failed()) {
      return Outcome.UNSUPPORTED;
    }
    return sameRows(expected, actual.rows()) ? Outcome.PASS : Outcome.WRONG;
  }

  /**
   * Spark's output is its rows joined by newlines with trailing whitespace removed, sorted unless
   * the plan is; Sluice's rows get the same treatment. A query the harness does not see as ordered
   * is compared as a multiset (both sides sorted), so a sort Spark found in the plan but the text
   * did not show is still compared fairly.
   */
  static boolean sameRows(GoldenResult expected, List<String> actualRows) {
    if (QueryOrder.isOrdered(expected.sql())) {
      return expected.output().equals(joined(actualRows));
    }
    List<String> actual = new ArrayList<>(actualRows);
    actual.sort(null);
    if (expected.output().equals(joined(actual))) {
      return true;
    }
    List<String> expectedSorted = stripped(expected.rows());
    expectedSorted.sort(null);
    List<String> actualSorted = stripped(actual);
    actualSorted.sort(null);
    return expectedSorted.equals(actualSorted);
  }

  static String joined(List<String> rows) {
    return String.join("\n", rows).replaceAll("\\s+$", "");
  }

  private static List<String> stripped(List<String> rows) {
    List<String> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(r.replaceAll("\\s+$", "")));
    return out;
  }
}
