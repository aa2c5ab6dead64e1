package io.sluice.conformance;

import java.util.Locale;

/**
 * Whether Spark keeps a query's row order in the golden output. SQLQueryTestSuite decides it from
 * the analyzed plan ({@code isSemanticallySorted}: a global Sort reachable through projections and
 * filters, not below a join, aggregate or distinct); without Spark's analyzer the harness decides it
 * from the text: an {@code ORDER BY} at parenthesis depth 0, outside strings, quoted names and
 * comments, i.e. the outermost query's. A window's or subquery's {@code ORDER BY} is inside
 * parentheses and does not count, nor does {@code SORT BY} (a per-partition sort).
 */
final class QueryOrder {
  private QueryOrder() {}

  static boolean isOrdered(String sql) {
    String text = blankedOutsideDepthZero(sql).toUpperCase(Locale.ROOT);
    return text.matches("(?s).*\\bORDER\\s+BY\\b.*");
  }

  /** The text with strings, quoted names, comments and everything inside parentheses blanked. */
  private static String blankedOutsideDepthZero(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    int depth = 0;
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int end = closing(sql, i, c);
        out.append(" ".repeat(end - i));
        i = end;
      } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? sql.length() : end;
        out.append(" ".repeat(end - i));
        i = end;
      } else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? sql.length() : end + 2;
        out.append(" ".repeat(end - i));
        i = end;
      } else {
        if (c == '(') {
          depth++;
        }
        out.append(depth == 0 ? c : ' ');
        if (c == ')' && depth > 0) {
          depth--;
        }
        i++;
      }
    }
    return out.toString();
  }

  private static int closing(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\\' && quote != '`') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return sql.length();
  }
}
