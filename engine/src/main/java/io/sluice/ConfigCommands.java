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

  private ConfigCommands() {}

  static List<Row> run(ConfigStatement statement, RuntimeConfig conf) {
    switch (statement.kind()) {
      case SET_VALUE:
        conf.set(statement.key(), statement.value());
        return List.of(RowFactory.create(statement.key(), statement.value()));
      case SHOW_VALUE:
        return List.of(RowFactory.create(statement.key(), conf.get(statement.key(), UNDEFINED)));
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
