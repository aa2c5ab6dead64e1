package io.sluice.conformance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Golden inputs the harness does not run, each with the reason. A file is never skipped because
 * Sluice gets it wrong: those are measured and counted.
 */
final class SkippedFiles {
  /** Path prefix under {@code sql-tests/inputs/} (a folder ends with '/') to the reason. */
  static final Map<String, String> REASONS = new LinkedHashMap<>();

  static {
    REASONS.put("udf/", "Python and Scala UDFs that SQLQueryTestSuite registers (Sluice runs no Python; the Scala test UDFs are Spark classes)");
    REASONS.put("udaf/", "Python and Scala UDAFs that SQLQueryTestSuite registers");
    REASONS.put("udtf/", "Python UDTFs that SQLQueryTestSuite registers");
    REASONS.put("scripting/", "SQL scripting (BEGIN ... END compound statements), a separate Spark feature");
    REASONS.put("transform.sql", "Hive-style TRANSFORM ... USING a shell script (Hive)");
    REASONS.put("ignored.sql", "SQLQueryTestSuite's own ignore-list self-test; Spark never runs it either");
    REASONS.put("pipe-operators.sql", "needs the TPC-DS tables SQLQueryTestSuite creates for it alone");
  }

  private SkippedFiles() {}

  /** Why {@code name} is skipped, or null when it runs. */
  static String reason(String name) {
    for (Map.Entry<String, String> e : REASONS.entrySet()) {
      String prefix = e.getKey();
      if (prefix.endsWith("/") ? name.startsWith(prefix) : name.equals(prefix)) {
        return e.getValue();
      }
    }
    return null;
  }
}
