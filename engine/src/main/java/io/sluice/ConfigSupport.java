package io.sluice;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Spark configurations whose value changes answers, and the values of each that Sluice
 * implements. Setting another value is refused (by {@code conf().set}, SQL {@code SET} and the
 * builder's {@code config}), so a query never runs under a configuration it silently ignores. Keys
 * not listed here are accepted and stored, as Spark accepts any key; so are the legacy flags of
 * functions Sluice does not have yet ({@code encode}, {@code decode}, {@code array_insert}, {@code
 * elt}, {@code percentile_disc}, {@code raise_error}, an empty {@code IN ()}), since a query that
 * could see them fails anyway. Stateless.
 */
final class ConfigSupport {

  /**
   * One guarded key: the values Sluice implements (upper case; compared case-insensitively, as
   * Spark reads enum and boolean values) and what Sluice does instead of the others.
   */
  record Guard(Set<String> implemented, String sluiceBehaviour) {}

  private static final Set<String> TRUE = Set.of("TRUE");
  private static final Set<String> FALSE = Set.of("FALSE");
  private static final Set<String> BOOLEAN = Set.of("TRUE", "FALSE");

  /** Keys in their {@code sluice.*} spelling ({@link RuntimeConfig#normalize}). */
  private static final Map<String, Guard> GUARDS =
      Map.ofEntries(
          Map.entry(RuntimeConfig.ANSI_ENABLED, new Guard(BOOLEAN, "ANSI mode on or off")),
          Map.entry(RuntimeConfig.DECIMAL_PRECISION_LOSS, new Guard(BOOLEAN, "either value")),
          guard("sql.legacy.timeParserPolicy", Set.of("CORRECTED"),
              "Sluice parses and formats datetimes as Spark 4's default CORRECTED policy"),
          Map.entry(RuntimeConfig.CTE_PRECEDENCE_POLICY, new Guard(Set.of("CORRECTED", "EXCEPTION"),
              "Sluice resolves a CTE name to the innermost definition (CORRECTED) or refuses the conflict"
                  + " (EXCEPTION); outer definitions never take precedence")),
          guard("sql.parser.escapedStringLiterals", FALSE,
              "Sluice reads backslash escapes in string literals, as Spark's default false"),
          Map.entry(RuntimeConfig.DOUBLE_QUOTED_IDENTIFIERS, new Guard(BOOLEAN, "either value")),
          guard("sql.timestampType", Set.of("TIMESTAMP_LTZ"),
              "Sluice types TIMESTAMP literals and casts as TIMESTAMP (local time zone), Spark's default"),
          guard("sql.caseSensitive", FALSE, "Sluice resolves names case-insensitively, as Spark's default false"),
          guard("sql.groupByOrdinal", TRUE, "Sluice reads GROUP BY 1 as a select-list position, as Spark's default true"),
          guard("sql.orderByOrdinal", TRUE, "Sluice reads ORDER BY 1 as a select-list position, as Spark's default true"),
          guard("sql.groupByAliases", TRUE, "Sluice resolves select-list aliases in GROUP BY, as Spark's default true"),
          guard("sql.crossJoin.enabled", TRUE, "Sluice runs cartesian products, as Spark's default true"),
          guard("sql.legacy.allowParameterlessCount", FALSE, "Sluice refuses count() without arguments, as Spark's default false"),
          guard("sql.legacy.allowStarWithSingleTableIdentifierInCount", FALSE,
              "Sluice reads count(t.*) as Spark's default false does"),
          guard("sql.legacy.parser.havingWithoutGroupByAsWhere", FALSE,
              "Sluice reads HAVING without GROUP BY as a global aggregate, as Spark's default false"),
          guard("sql.legacy.setopsPrecedence.enabled", FALSE,
              "Sluice gives INTERSECT precedence over UNION and EXCEPT, as Spark's default false"),
          Map.entry(RuntimeConfig.CONSECUTIVE_STRING_LITERALS, new Guard(BOOLEAN, "either value")),
          guard("sql.legacy.bangEqualsNot", FALSE, "Sluice reads ! only as NOT before an expression, as Spark's default false"),
          guard("sql.defaultPath", Set.of(), "Sluice has no SQL path: it resolves functions among its built-ins"),
          guard("sql.function.concatBinaryAsString", FALSE,
              "Sluice types concat of binary values as Spark's default false does"));

  private ConfigSupport() {}

  private static Map.Entry<String, Guard> guard(String key, Set<String> implemented, String sluiceBehaviour) {
    return Map.entry("sluice." + key, new Guard(implemented, sluiceBehaviour));
  }

  /**
   * Throws {@link UnsupportedOperationException} when {@code value} of {@code key} is one Sluice
   * does not implement; {@code key} as the user spelt it, for the message.
   */
  static void check(String key, String value) {
    Guard guard = GUARDS.get(RuntimeConfig.normalize(key));
    if (guard == null || value == null) {
      return;
    }
    if (!guard.implemented().contains(value.trim().toUpperCase(Locale.ROOT))) {
      String implemented = String.join(", ", guard.implemented().stream().sorted().toList());
      if (guard.implemented().stream().allMatch(BOOLEAN::contains)) {
        implemented = implemented.toLowerCase(Locale.ROOT);
      }
      throw new UnsupportedOperationException(
          "Sluice does not implement " + key.trim() + "=" + value.trim()
              + (implemented.isEmpty() ? "" : " (it implements: " + implemented + ")") + ": "
              + guard.sluiceBehaviour() + ".");
    }
  }

  /** Every guarded key ({@code sluice.*}) with its implemented values; for documentation tests. */
  static Map<String, Guard> guards() {
    return GUARDS;
  }
}
