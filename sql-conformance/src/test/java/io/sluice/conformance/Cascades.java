package io.sluice.conformance;

import io.sluice.Session;
import io.sluice.sql.ConfigStatement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which statements of a file are not run because an earlier refusal decides their answer (the
 * module's README, "Cascades"):
 *
 * <ul>
 *   <li>a {@code SET k=v} that Spark ran and Sluice refused: every later statement would run under
 *       another configuration than Spark's;
 *   <li>a {@code CREATE [OR REPLACE] TEMPORARY VIEW v} (or {@code DECLARE v}, a session variable)
 *       that Spark ran and Sluice refused: the suite's table {@code v}, if any, is dropped, and
 *       later statements that name {@code v} are not run, so no query reads the harness's table
 *       where Spark read the file's view, or a variable Sluice never declared.
 * </ul>
 *
 * One per file run; single-threaded.
 */
final class Cascades {
  private static final Pattern CREATE_VIEW = Pattern.compile(
      "(?is)\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:GLOBAL\\s+)?TEMP(?:ORARY)?\\s+VIEW\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?([A-Za-z_][A-Za-z0-9_]*)`?.*");
  /** {@code DECLARE [OR REPLACE] [VARIABLE|VAR] name}: a session variable, named by later statements as a view is. */
  private static final Pattern DECLARE = Pattern.compile(
      "(?is)\\s*DECLARE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:VARIABLE|VAR)\\s+)?`?([A-Za-z_][A-Za-z0-9_]*)`?.*");

  /** Set by a refused SET statement: the rest of the file is not run. */
  private String refusedSetting;
  /** Refused views, lower-case name to the pattern that finds the name in a statement. */
  private final Map<String, Pattern> refusedViews = new LinkedHashMap<>();

  /** Why {@code sql} is not run, or null to run it. */
  String reasonNotToRun(String sql) {
    if (refusedSetting != null) {
      return refusedSetting;
    }
    String defined = viewDefinedBy(sql);
    for (Map.Entry<String, Pattern> view : refusedViews.entrySet()) {
      if (view.getKey().equals(defined)) {
        continue; // a new definition of the view is run: it may succeed
      }
      if (view.getValue().matcher(sql).find() && !definesLocally(sql, view.getKey())) {
        return "it names " + view.getKey() + ", whose definition (CREATE VIEW, DECLARE) Sluice refused";
      }
    }
    return null;
  }

  /** Records what refusing (or running) {@code sql} means for the statements after it. */
  void after(String sql, GoldenResult golden, SluiceResult actual, Session session) {
    boolean refused = actual.failed() && !actual.timedOut() && !golden.isError();
    ConfigStatement setting = configStatement(sql);
    if (setting != null && setting.kind() == ConfigStatement.Kind.SET_VALUE && refused) {
      refusedSetting = "an earlier SET is refused: " + String.valueOf(actual.error().getMessage()).split("\n", 2)[0];
      return;
    }
    String view = viewDefinedBy(sql);
    if (view == null) {
      return;
    }
    if (!refused) {
      refusedViews.remove(view);
      return;
    }
    // A session variable may be named qualified (system.session.v), so a dot before the name counts.
    refusedViews.put(view, Pattern.compile("(?i)(?<![A-Za-z0-9_])`?" + Pattern.quote(view) + "`?(?![A-Za-z0-9_])"));
    if (session.catalog().tableExists(view)) {
      session.catalog().dropTempView(view);
    }
  }

  /**
   * Whether {@code sql} gives {@code name} its own meaning, a CTE ({@code WITH t AS}, {@code , t(x)
   * AS}) or an alias ({@code AS t}, {@code ) t}), so that the name does not reach the refused view.
   */
  private static boolean definesLocally(String sql, String name) {
    String n = Pattern.quote(name);
    return Pattern.compile("(?is)(\\bWITH\\s+(RECURSIVE\\s+)?|,\\s*)`?" + n + "`?\\s*(\\([^()]*\\)\\s*)?AS\\s*\\(")
            .matcher(sql).find()
        || Pattern.compile("(?is)(\\bAS\\s+|\\)\\s*)`?" + n + "`?(?![A-Za-z0-9_])").matcher(sql).find();
  }

  private static ConfigStatement configStatement(String sql) {
    try {
      return ConfigStatement.parse(sql);
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  /**
   * The lower-case name of the temporary view or session variable {@code sql} defines, or null
   * ({@code CREATE VIEW IDENTIFIER('v')} names its view by an expression the harness does not read).
   */
  static String viewDefinedBy(String sql) {
    for (Pattern definition : new Pattern[] {CREATE_VIEW, DECLARE}) {
      Matcher m = definition.matcher(sql);
      if (m.matches()) {
        String name = m.group(1).toLowerCase(Locale.ROOT);
        return name.equals("identifier") && sql.substring(m.end(1)).trim().startsWith("(") ? null : name;
      }
    }
    return null;
  }
}
