package io.sluice;

import io.sluice.sql.ConfigStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs SQL {@code SET} and {@code RESET} on a session's {@link RuntimeConfig}, with the rows
 * Spark's {@code SetCommand} and {@code ResetCommand} return. Stateless.
 */
final class ConfigCommands {

  /** Spark's {@code SetCommand} output. */
  static final String SCHEMA = "key STRING, value STRING";

  /** What Spark's {@code SET key} shows for a key that has no value. */
  static final String UNDEFINED = "<undefined>";

  /** Defaults of the keys Sluice reads, as Spark shows them for {@code SET key}. */
  private static final Map<String, String> DEFAULTS =
      Map.of(RuntimeConfig.ANSI_ENABLED, "true", RuntimeConfig.DECIMAL_PRECISION_LOSS, "true");

  private ConfigCommands() {}

  /**
   * The value {@code SET key} shows: the session's, else the default of a key Sluice reads, else
   * {@code <undefined>}. Spark shows the default of every key it registers; Sluice does not know
   * those of the {@code spark.*} keys it does not read, so it refuses to guess one.
   */
  private static String shownValue(String key, RuntimeConfig conf) {
    String value = conf.get(key, null);
    if (value != null) {
      return value;
    }
    String normalized = RuntimeConfig.normalize(key);
    if (normalized.equals(RuntimeConfig.SESSION_TIME_ZONE)) {
      return java.time.ZoneId.systemDefault().getId();
    }
    if (DEFAULTS.containsKey(normalized)) {
      return DEFAULTS.get(normalized);
    }
    if (key.trim().toLowerCase(java.util.Locale.ROOT).startsWith("spark.")) {
      throw new UnsupportedOperationException(
          "SET " + key.trim() + ": Sluice does not know the default of this Spark configuration");
    }
    return UNDEFINED;
  }

  static List<Row> run(ConfigStatement statement, RuntimeConfig conf) {
    switch (statement.kind()) {
      case SET_VALUE:
        conf.set(statement.key(), statement.value());
        return List.of(RowFactory.create(statement.key(), statement.value()));
      case SHOW_VALUE:
        return List.of(RowFactory.create(statement.key(), shownValue(statement.key(), conf)));
      case SHOW_ALL:
        {
          // Spark lists the session's values sorted by key; Sluice stores spark.* keys as sluice.*.
          List<Row> rows = new ArrayList<>();
          for (Map.Entry<String, String> e : new TreeMap<>(conf.getAll()).entrySet()) {
            rows.add(RowFactory.create(e.getKey(), e.getValue()));
          }
          return rows;
        }
      case RESET_ALL:
        conf.reset();
        return List.of();
      case RESET_KEY:
        conf.reset(statement.key());
        return List.of();
      default:
        throw new IllegalStateException("unknown configuration statement " + statement);
    }
  }
}
