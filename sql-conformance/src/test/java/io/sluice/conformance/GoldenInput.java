package io.sluice.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A golden input file split as Spark's {@code SQLQueryTestHelper} splits it: lines whose trimmed
 * text starts with {@code --} are comments (and carry the {@code --SET}, {@code --CONFIG_DIM} and
 * {@code --IMPORT} directives), the rest is code split at every {@code ;} not preceded by a
 * backslash, with {@code --QUERY-DELIMITER-START/END} bracketing statements that contain {@code ;}.
 *
 * @param statements the statements in order, trimmed, comment lines removed
 * @param settings the {@code --SET k=v[,k=v]} configuration
 * @param configDimensions one configuration set from each {@code --CONFIG_DIMn} (the first one;
 *     Spark runs the whole product and expects the same output from each)
 */
record GoldenInput(List<String> statements, Map<String, String> settings, Map<String, String> configDimensions) {
  private static final Pattern SEMICOLON = Pattern.compile("(?<=[^\\\\]);");

  /** {@code importer} returns the text of an {@code --IMPORT}ed file (by its file name), or null. */
  static GoldenInput parse(String text, Function<String, String> importer) {
    List<String> comments = new ArrayList<>();
    List<String> code = new ArrayList<>();
    splitCommentsAndCode(text, comments, code);

    List<String> all = new ArrayList<>();
    for (String comment : comments) {
      if (comment.startsWith("--IMPORT ")) {
        String imported = importer.apply(comment.substring("--IMPORT ".length()));
        if (imported != null) {
          splitCommentsAndCode(imported, new ArrayList<>(), all);
        }
      }
    }
    all.addAll(code);

    Map<String, String> settings = new LinkedHashMap<>();
    Map<String, String> dimensions = new LinkedHashMap<>();
    Map<String, Boolean> dimensionSeen = new LinkedHashMap<>();
    for (String comment : comments) {
      if (comment.startsWith("--SET ")) {
        putAll(settings, comment.substring("--SET ".length()));
      } else if (comment.startsWith("--CONFIG_DIM")) {
        String rest = comment.substring("--CONFIG_DIM".length());
        int space = rest.indexOf(' ');
        String dimension = rest.substring(0, space);
        if (dimensionSeen.putIfAbsent(dimension, true) == null) {
          putAll(dimensions, rest.substring(space + 1));
        }
      }
    }
    return new GoldenInput(statements(all), settings, dimensions);
  }

  private static void splitCommentsAndCode(String text, List<String> comments, List<String> code) {
    for (String line : text.split("\n", -1)) {
      String trimmed = line.trim();
      if (trimmed.startsWith("--") && !trimmed.startsWith("--QUERY-DELIMITER")) {
        comments.add(line);
      } else {
        code.add(line);
      }
    }
  }

  private static List<String> statements(List<String> code) {
    List<String> pieces = new ArrayList<>();
    if (code.stream().anyMatch(c -> c.trim().startsWith("--QUERY-DELIMITER"))) {
      List<String> other = new ArrayList<>();
      StringBuilder bracketed = new StringBuilder();
      boolean inside = false;
      for (String c : code) {
        if (c.trim().startsWith("--QUERY-DELIMITER-START")) {
          inside = true;
          pieces.addAll(splitAtSemicolons(other));
          other.clear();
        } else if (c.trim().startsWith("--QUERY-DELIMITER-END")) {
          inside = false;
          String statement = bracketed.toString();
          pieces.add("\n" + (statement.endsWith(";") ? statement.substring(0, statement.length() - 1) : statement));
          bracketed.setLength(0);
        } else if (inside) {
          bracketed.append('\n').append(c);
        } else {
          other.add(c);
        }
      }
      pieces.addAll(splitAtSemicolons(other));
    } else {
      pieces.addAll(splitAtSemicolons(code));
    }
    List<String> statements = new ArrayList<>();
    for (String piece : pieces) {
      // A comment after the last statement's ';' lands in the next piece: drop such lines.
      StringBuilder kept = new StringBuilder();
      for (String line : piece.trim().split("\n", -1)) {
        if (!line.startsWith("--")) {
          kept.append(kept.length() == 0 ? "" : "\n").append(line);
        }
      }
      String statement = kept.toString().trim();
      if (!statement.isEmpty()) {
        statements.add(statement);
      }
    }
    return statements;
  }

  private static List<String> splitAtSemicolons(List<String> lines) {
    return Arrays.asList(SEMICOLON.split(String.join("\n", lines), -1));
  }

  private static void putAll(Map<String, String> into, String keyValues) {
    for (String kv : keyValues.split(",")) {
      int eq = kv.indexOf('=');
      into.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
    }
  }
}
