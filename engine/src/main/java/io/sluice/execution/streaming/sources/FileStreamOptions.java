package io.sluice.execution.streaming.sources;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.Locale;
import java.util.Map;

/**
 * The file source's own options, Spark's {@code FileStreamOptions}: {@code maxFilesPerTrigger},
 * {@code latestFirst}, {@code maxFileAge} (default 7d), {@code pathGlobFilter}. Immutable.
 */
record FileStreamOptions(
    int maxFilesPerTrigger, boolean latestFirst, long maxFileAgeMs, PathMatcher pathGlobFilter) {

  static final long DEFAULT_MAX_FILE_AGE_MS = 7L * 24 * 3600 * 1000;

  static FileStreamOptions parse(Map<String, String> options) {
    int maxFiles = Integer.MAX_VALUE;
    String max = get(options, "maxFilesPerTrigger");
    if (max != null) {
      try {
        maxFiles = Integer.parseInt(max.trim());
      } catch (NumberFormatException e) {
        maxFiles = -1;
      }
      if (maxFiles <= 0) {
        throw new IllegalArgumentException(
            "Invalid value '" + max + "' for option 'maxFilesPerTrigger', must be a positive integer");
      }
    }
    String latest = get(options, "latestFirst");
    boolean latestFirst = false;
    if (latest != null) {
      if (!latest.equalsIgnoreCase("true") && !latest.equalsIgnoreCase("false")) {
        throw new IllegalArgumentException(
            "Invalid value '" + latest + "' for option 'latestFirst', must be 'true' or 'false'");
      }
      latestFirst = Boolean.parseBoolean(latest);
    }
    String age = get(options, "maxFileAge");
    long maxAge = age == null ? DEFAULT_MAX_FILE_AGE_MS : parseDurationMs(age);
    String glob = get(options, "pathGlobFilter");
    PathMatcher matcher = glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
    return new FileStreamOptions(maxFiles, latestFirst, maxAge, matcher);
  }

  /** Option names are case-insensitive in Spark. */
  private static String get(Map<String, String> options, String name) {
    for (Map.Entry<String, String> e : options.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Spark's time strings: {@code 500ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 7d}; a bare number is milliseconds. */
  static long parseDurationMs(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    String[][] units = {
      {"ms", "1"}, {"s", "1000"}, {"min", "60000"}, {"m", "60000"}, {"h", "3600000"}, {"d", "86400000"}
    };
    for (String[] u : units) {
      if (t.endsWith(u[0])) {
        String number = t.substring(0, t.length() - u[0].length()).trim();
        if (!number.isEmpty() && number.chars().allMatch(Character::isDigit)) {
          return Long.parseLong(number) * Long.parseLong(u[1]);
        }
      }
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Invalid time string '" + text + "' for option 'maxFileAge'", e);
    }
  }
}
