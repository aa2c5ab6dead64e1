package io.sluice.columnar.io;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Spark's reader (and writer) options for files: an immutable map whose keys are
 * case-insensitive, as in Spark's {@code CaseInsensitiveMap}, with typed getters that apply
 * Spark's defaults. Unknown keys are kept (the engine's file source reads its own, such as
 * {@code maxFilesPerTrigger}) and ignored here.
 */
public final class ReadOptions {

  public static final String HEADER = "header";
  public static final String SEP = "sep";
  public static final String DELIMITER = "delimiter";
  public static final String QUOTE = "quote";
  public static final String ESCAPE = "escape";
  public static final String NULL_VALUE = "nullValue";
  public static final String INFER_SCHEMA = "inferSchema";
  public static final String ENFORCE_SCHEMA = "enforceSchema";
  public static final String MERGE_SCHEMA = "mergeSchema";
  public static final String DATE_FORMAT = "dateFormat";
  public static final String TIMESTAMP_FORMAT = "timestampFormat";
  public static final String TIME_ZONE = "timeZone";
  public static final String MODE = "mode";
  public static final String CORRUPT_RECORD_COLUMN = "columnNameOfCorruptRecord";
  public static final String ENCODING = "encoding";
  public static final String CHARSET = "charset";

  /** Spark's {@code spark.sql.columnNameOfCorruptRecord} default. */
  public static final String DEFAULT_CORRUPT_RECORD_COLUMN = "_corrupt_record";

  private static final ReadOptions EMPTY = new ReadOptions(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

  private final Map<String, String> options;

  private ReadOptions(TreeMap<String, String> options) {
    this.options = Collections.unmodifiableMap(options);
  }

  public static ReadOptions empty() {
    return EMPTY;
  }

  /** A copy of {@code options}; later keys that differ only in case win. */
  public static ReadOptions of(Map<String, String> options) {
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(options);
    return new ReadOptions(copy);
  }

  /** Options from key, value pairs: {@code of("header", "true", "sep", ";")}. */
  public static ReadOptions of(String... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("options need key, value pairs");
    }
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < keyValues.length; i += 2) {
      copy.put(keyValues[i], keyValues[i + 1]);
    }
    return new ReadOptions(copy);
  }

  /** A copy with one more option. */
  public ReadOptions with(String key, String value) {
    TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(options);
    copy.put(key, value);
    return new ReadOptions(copy);
  }

  /** The raw value, or null. */
  public String get(String key) {
    return options.get(key);
  }

  public String get(String key, String defaultValue) {
    String value = options.get(key);
    return value == null ? defaultValue : value;
  }

  public boolean contains(String key) {
    return options.containsKey(key);
  }

  /** Every option, keys case-insensitive. */
  public Map<String, String> asMap() {
    return options;
  }

  public boolean getBoolean(String key, boolean defaultValue) {
    String value = options.get(key);
    if (value == null) {
      return defaultValue;
    }
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw new IllegalArgumentException(
            "option '" + key + "' must be true or false, not '" + value + "'");
    }
  }

  /** A single character option; Spark accepts one character or a backslash escape like "\t". */
  public char getChar(String key, char defaultValue) {
    String value = options.get(key);
    if (value == null) {
      return defaultValue;
    }
    if (value.length() == 1) {
      return value.charAt(0);
    }
    if (value.isEmpty()) {
      return '\u0000'; // Spark: an empty quote or escape turns the feature off
    }
    switch (value) {
      case "\\t":
        return '\t';
      case "\\r":
        return '\r';
      case "\\n":
        return '\n';
      case "\\\\":
        return '\\';
      case "\\'":
        return '\'';
      case "\\\"":
        return '"';
      case "\\u0000":
        return '\u0000';
      default:
        throw new IllegalArgumentException(
            "option '" + key + "' must be a single character, not '" + value + "'");
    }
  }

  public boolean header() {
    return getBoolean(HEADER, false);
  }

  /** {@code sep}, or its alias {@code delimiter}; default comma. */
  public char separator() {
    return contains(SEP) ? getChar(SEP, ',') : getChar(DELIMITER, ',');
  }

  public char quote() {
    return getChar(QUOTE, '"');
  }

  public char escape() {
    return getChar(ESCAPE, '\\');
  }

  /** The string that reads as null (and is written for null); default empty. */
  public String nullValue() {
    return get(NULL_VALUE, "");
  }

  public boolean inferSchema() {
    return getBoolean(INFER_SCHEMA, false);
  }

  /** Spark's default: the given or inferred schema is applied by position, ignoring the header. */
  public boolean enforceSchema() {
    return getBoolean(ENFORCE_SCHEMA, true);
  }

  public boolean mergeSchema() {
    return getBoolean(MERGE_SCHEMA, false);
  }

  /** The date pattern; null when the user gave none (then {@code yyyy-MM-dd}). */
  public String dateFormat() {
    return get(DATE_FORMAT);
  }

  /** The timestamp pattern; null when the user gave none (then lenient ISO-8601). */
  public String timestampFormat() {
    return get(TIMESTAMP_FORMAT);
  }

  /** Zone for timestamps without an offset; Spark uses the session zone, Sluice defaults to UTC. */
  public ZoneId timeZone() {
    String zone = get(TIME_ZONE);
    return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
  }

  public ParseMode mode() {
    return ParseMode.fromOption(get(MODE));
  }

  public String corruptRecordColumn() {
    return get(CORRUPT_RECORD_COLUMN, DEFAULT_CORRUPT_RECORD_COLUMN);
  }

  /** {@code encoding} or its alias {@code charset}; default UTF-8. */
  public Charset encoding() {
    String name = contains(ENCODING) ? get(ENCODING) : get(CHARSET, "UTF-8");
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("option 'encoding' names an unknown charset '" + name + "'", e);
    }
  }

  @Override
  public String toString() {
    return options.toString();
  }
}
