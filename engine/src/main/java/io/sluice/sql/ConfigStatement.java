package io.sluice.sql;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL {@code SET} or {@code RESET} statement, read as Spark's {@code SparkSqlAstBuilder} reads
 * it (the text after the keyword matched against the same patterns):
 *
 * <pre>
 * SET key=value     SET_VALUE   (key: letters, digits, _ . : ; the value is the rest, trimmed)
 * SET key           SHOW_VALUE
 * SET               SHOW_ALL
 * SET -v            SHOW_ALL    (Spark adds each key's documentation; Sluice lists the same rows)
 * SET TIME ZONE 'z' SET_VALUE of spark.sql.session.timeZone; SET TIME ZONE LOCAL: the JVM's zone
 * RESET             RESET_ALL
 * RESET key         RESET_KEY
 * </pre>
 *
 * {@code SET VAR}/{@code SET VARIABLE} (session variables), {@code SET PATH}, {@code SET CATALOG}
 * and {@code SET SCHEMA} are not configuration and are not read here. Immutable.
 */
public final class ConfigStatement {

  /** What the statement does. */
  public enum Kind {
    SET_VALUE,
    SHOW_VALUE,
    SHOW_ALL,
    RESET_ALL,
    RESET_KEY
  }

  public static final String TIME_ZONE_KEY = "spark.sql.session.timeZone";

  private static final Pattern LEADING_COMMENTS =
      Pattern.compile("\\A(?:\\s+|--[^\\n]*(?:\\n|\\z)|/\\*(?s:.*?)\\*/)*");
  private static final Pattern COMMAND = Pattern.compile("(?is)(SET|RESET)(?:\\s+(.*))?");
  /** Spark's {@code configKeyValueDef}, {@code configKeyDef}. */
  private static final Pattern KEY_VALUE = Pattern.compile("(?s)([a-zA-Z_\\d\\\\.:]+)\\s*=([^;]*);*");
  private static final Pattern KEY = Pattern.compile("([a-zA-Z_\\d\\\\.:]+)");
  /** SET VAR (session variables), SET PATH, SET CATALOG, ...: Spark statements that are not configuration. */
  private static final Pattern NOT_CONFIGURATION =
      Pattern.compile("(?i)(VAR|VARIABLE|PATH|CATALOG|SCHEMA|ROLE)\\b(?!\\s*\\.).*", Pattern.DOTALL);
  private static final Pattern TIME_ZONE = Pattern.compile("(?is)TIME\\s+ZONE\\b\\s*(.*)");
  private static final Pattern QUOTED_ZONE = Pattern.compile("(?s)(['\"])(.*)\\1");

  private final Kind kind;
  private final String key;
  private final String value;

  private ConfigStatement(Kind kind, String key, String value) {
    this.kind = kind;
    this.key = key;
    this.value = value;
  }

  /**
   * The statement {@code sql} if it is a configuration {@code SET} or {@code RESET}, else null (a
   * query, or {@code SET VAR}). A {@code SET} that matches none of Spark's forms is a {@link
   * ParseException}.
   */
  public static ConfigStatement parse(String sql) {
    Objects.requireNonNull(sql, "sql");
    String text = LEADING_COMMENTS.matcher(sql).replaceFirst("");
    Matcher command = COMMAND.matcher(text);
    if (!command.matches()) {
      return null;
    }
    boolean set = command.group(1).equalsIgnoreCase("SET");
    String rest = stripTrailingSemicolons(command.group(2) == null ? "" : command.group(2).trim());
    if (!set) {
      return rest.isEmpty() ? new ConfigStatement(Kind.RESET_ALL, null, null) : new ConfigStatement(Kind.RESET_KEY, rest, null);
    }
    if (NOT_CONFIGURATION.matcher(rest).matches()) {
      return null;
    }
    Matcher timeZone = TIME_ZONE.matcher(rest);
    if (timeZone.matches()) {
      return timeZone(sql, timeZone.group(1).trim());
    }
    Matcher keyValue = KEY_VALUE.matcher(rest);
    if (keyValue.matches()) {
      return new ConfigStatement(Kind.SET_VALUE, keyValue.group(1), keyValue.group(2).trim());
    }
    if (KEY.matcher(rest).matches()) {
      return new ConfigStatement(Kind.SHOW_VALUE, rest, null);
    }
    if (rest.isEmpty() || rest.equals("-v")) {
      return new ConfigStatement(Kind.SHOW_ALL, null, null);
    }
    throw new SqlSourceText(sql).error(
        "INVALID_SET_SYNTAX",
        "Expected format is 'SET', 'SET key', or 'SET key=value'. If you want"
            + " to include special characters in key, or include semicolon in value, please use"
            + " backquotes, e.g., SET `key`=`value`",
        0, null);
  }

  private static ConfigStatement timeZone(String sql, String zone) {
    if (zone.equalsIgnoreCase("LOCAL")) {
      return new ConfigStatement(Kind.SET_VALUE, TIME_ZONE_KEY, java.time.ZoneId.systemDefault().getId());
    }
    Matcher quoted = QUOTED_ZONE.matcher(zone);
    if (quoted.matches()) {
      return new ConfigStatement(Kind.SET_VALUE, TIME_ZONE_KEY, quoted.group(2));
    }
    throw new SqlSourceText(sql).error(
        "The feature is not supported: SET TIME ZONE " + (zone.isEmpty() ? "without a zone" : zone)
            + " (Sluice reads SET TIME ZONE 'zone' and SET TIME ZONE LOCAL)",
        0, null);
  }

  private static String stripTrailingSemicolons(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == ';' || Character.isWhitespace(s.charAt(end - 1)))) {
      end--;
    }
    return s.substring(0, end);
  }

  public Kind kind() {
    return kind;
  }

  /** The key as written, or null for {@code SET} and {@code RESET} alone. */
  public String key() {
    return key;
  }

  /** The value of {@code SET key=value} (trimmed), else null. */
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return kind + (key == null ? "" : " " + key) + (value == null ? "" : "=" + value);
  }
}
