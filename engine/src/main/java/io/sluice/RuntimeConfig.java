package io.sluice;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Session configuration, Spark's {@code spark.conf()}. Keys are {@code sluice.*}; Spark's {@code
 * spark.*} spelling of the same key is accepted and stored as {@code sluice.*}, so ported code
 * keeps working. Thread-safe.
 */
public final class RuntimeConfig {

  /** Session time zone for timestamps shown and parsed (Spark: spark.sql.session.timeZone). */
  public static final String SESSION_TIME_ZONE = "sluice.sql.session.timeZone";
  /**
   * Spark 4's ANSI mode (Spark: spark.sql.ansi.enabled), default "true": overflow, division by
   * zero and malformed casts raise Spark's errors; "false" gives the legacy nulls and wrapping.
   * Read when a query is planned.
   */
  public static final String ANSI_ENABLED = "sluice.sql.ansi.enabled";
  /**
   * Spark's spark.sql.decimalOperations.allowPrecisionLoss, default "true": a decimal result
   * type past 38 digits gives up scale (down to 6); "false" only caps it, so such results
   * overflow (NULL, or an error under ANSI). Read when a query is planned.
   */
  public static final String DECIMAL_PRECISION_LOSS =
      "sluice.sql.decimalOperations.allowPrecisionLoss";
  /**
   * Spark's spark.sql.ansi.doubleQuotedIdentifiers, default "false": with ANSI mode on, "true"
   * reads {@code "x"} in SQL as an identifier instead of a string. Read when SQL is parsed.
   */
  public static final String DOUBLE_QUOTED_IDENTIFIERS = "sluice.sql.ansi.doubleQuotedIdentifiers";
  /**
   * Spark's spark.sql.legacy.consecutiveStringLiterals.enabled, default "false": "true" reads
   * {@code 'S''par''k'} as three adjacent literals ({@code Spark}) instead of {@code S'par'k}.
   */
  public static final String CONSECUTIVE_STRING_LITERALS =
      "sluice.sql.legacy.consecutiveStringLiterals.enabled";
  /**
   * Spark's spark.sql.legacy.ctePrecedencePolicy, default "CORRECTED" (an inner CTE shadows an
   * outer one of the same name); "EXCEPTION" makes such a name an error. Read when SQL is parsed.
   */
  public static final String CTE_PRECEDENCE_POLICY = "sluice.sql.legacy.ctePrecedencePolicy";
  /** "true" runs the reference interpreter instead of generated code (for tests and debugging). */
  public static final String CODEGEN_INTERPRETED = "sluice.sql.codegen.interpreted";
  /** Rows per Arrow batch that file readers produce. */
  public static final String READER_BATCH_ROWS = "sluice.sql.files.batchRows";
  /** Micro-batches of metadata a streaming query keeps (Spark: minBatchesToRetain). */
  public static final String STREAMING_MIN_BATCHES_TO_RETAIN =
      "sluice.sql.streaming.minBatchesToRetain";

  private final Map<String, String> values = new ConcurrentHashMap<>();
  /** The values the session was built with: what SQL {@code RESET} goes back to, as in Spark. */
  private final Map<String, String> initial;

  RuntimeConfig(Map<String, String> initial) {
    initial.forEach(this::set);
    this.initial = Map.copyOf(values);
  }

  static String normalize(String key) {
    String k = key.trim();
    if (k.toLowerCase(Locale.ROOT).startsWith("spark.")) {
      return "sluice." + k.substring("spark.".length());
    }
    return k;
  }

  /**
   * Sets {@code key}. A Spark configuration that changes answers is refused with {@link
   * UnsupportedOperationException} when Sluice does not implement {@code value} (engine/SQL.md,
   * "Configuration"); any other key is stored, as Spark stores any key.
   */
  public void set(String key, String value) {
    ConfigSupport.check(key, value);
    values.put(normalize(key), value);
  }

  public void set(String key, long value) {
    set(key, Long.toString(value));
  }

  public void set(String key, boolean value) {
    set(key, Boolean.toString(value));
  }

  /** The value; throws {@link java.util.NoSuchElementException} if unset, as Spark does. */
  public String get(String key) {
    String v = values.get(normalize(key));
    if (v == null) {
      throw new java.util.NoSuchElementException(key);
    }
    return v;
  }

  public String get(String key, String defaultValue) {
    return values.getOrDefault(normalize(key), defaultValue);
  }

  public boolean contains(String key) {
    return values.containsKey(normalize(key));
  }

  public void unset(String key) {
    values.remove(normalize(key));
  }

  /** SQL {@code RESET}: every value back to the one the session was built with. */
  void reset() {
    values.clear();
    values.putAll(initial);
  }

  /** SQL {@code RESET key}: the value the session was built with, or unset. */
  void reset(String key) {
    String k = normalize(key);
    String v = initial.get(k);
    if (v == null) {
      values.remove(k);
    } else {
      values.put(k, v);
    }
  }

  /** A copy of every set value. */
  public Map<String, String> getAll() {
    return Map.copyOf(values);
  }
}
