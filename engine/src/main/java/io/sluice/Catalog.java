package io.sluice;

import io.sluice.plan.LogicalPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The session's temporary views, Spark's {@code spark.catalog()} for them: names are
 * case-insensitive; a memory sink registers its table here under the query name. Thread-safe.
 */
public final class Catalog {

  private final Map<String, LogicalPlan> views = new ConcurrentHashMap<>();
  private final Map<String, String> displayNames = new ConcurrentHashMap<>();

  Catalog() {}

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Registers or replaces a view. */
  public void createOrReplaceTempView(String name, LogicalPlan plan) {
    views.put(key(name), plan);
    displayNames.put(key(name), name);
  }

  /** The view's plan, or null. */
  public LogicalPlan lookupView(String name) {
    return views.get(key(name));
  }

  public boolean tableExists(String name) {
    return views.containsKey(key(name));
  }

  /** Drops a view; true if it existed. */
  public boolean dropTempView(String name) {
    displayNames.remove(key(name));
    return views.remove(key(name)) != null;
  }

  /** Names of every view, as registered. */
  public List<String> listTables() {
    List<String> names = new ArrayList<>(displayNames.values());
    names.sort(String.CASE_INSENSITIVE_ORDER);
    return names;
  }
}
