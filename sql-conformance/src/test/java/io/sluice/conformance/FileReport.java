package io.sluice.conformance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The outcome of every statement of one golden file, and the details of those that did not pass. */
final class FileReport {
  /**
   * One statement that did not pass.
   *
   * @param number the statement's 1-based position in the file (as its {@code -- !query} block)
   */
  record Failure(int number, Outcome outcome, GoldenResult expected, SluiceResult actual) {
    /** The key the baseline lists a ratcheted failure under: {@code 12:WRONG}. */
    String key() {
      return number + ":" + outcome;
    }
  }

  /**
   * Statements whose answer depends on the clock or a random source: {@code current_timestamp =
   * current_timestamp} passes when both calls land in the same microsecond. They are counted in the
   * report but left out of the ratchet, which must give the same verdict on every run.
   */
  private static final Pattern VOLATILE = Pattern.compile(
      "(?i)\\b(current_timestamp|current_time|localtimestamp|now|rand|randn|random|uuid|shuffle)\\b");

  private final String name;
  private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
  private final List<Failure> failures = new ArrayList<>();
  private String leak;
  private int ratchetedPasses;
  private int cascaded;
  private long elapsedMillis;

  FileReport(String name) {
    this.name = name;
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
  }

  void add(int number, Outcome outcome, GoldenResult expected, SluiceResult actual) {
    counts.merge(outcome, 1, Integer::sum);
    if (actual.cascaded()) {
      cascaded++;
    }
    if (outcome == Outcome.PASS && !isVolatile(expected)) {
      ratchetedPasses++;
    }
    if (outcome != Outcome.PASS) {
      failures.add(new Failure(number, outcome, expected, actual));
    }
  }

  void leaked(String description) {
    this.leak = description;
  }

  void elapsed(long millis) {
    this.elapsedMillis = millis;
  }

  long elapsedMillis() {
    return elapsedMillis;
  }

  String name() {
    return name;
  }

  int count(Outcome outcome) {
    return counts.get(outcome);
  }

  int queries() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** UNSUPPORTED statements that were not run: an earlier refused configuration or view governs them. */
  int cascaded() {
    return cascaded;
  }

  List<Failure> failures() {
    return failures;
  }

  static boolean isVolatile(GoldenResult expected) {
    return VOLATILE.matcher(expected.sql()).find();
  }

  /** Passing statements the ratchet holds: all but the volatile ones. */
  int ratchetedPasses() {
    return ratchetedPasses;
  }

  /** The WRONG and MISSING_ERROR statements the ratchet holds, by {@link Failure#key()}. */
  List<String> ratchetedKeys() {
    List<String> keys = new ArrayList<>();
    for (Failure f : failures) {
      if (f.outcome().isRatcheted() && !isVolatile(f.expected())) {
        keys.add(f.key());
      }
    }
    return keys;
  }

  /** What closing the file's session reported (memory still allocated), or null. */
  String leak() {
    return leak;
  }
}
