package io.sluice.golden;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a SQL {@code VALUES (1, 'a'), (2, "b")} list as Java values, typed as Spark types
 * the literals: integers INT ({@code L} suffix BIGINT), {@code 1.5} DECIMAL, quoted strings STRING.
 */
final class ValuesLiterals {
  private ValuesLiterals() {}

  static List<List<Object>> rows(String text) {
    List<List<Object>> rows = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '(') {
        i++;
        continue;
      }
      List<Object> row = new ArrayList<>();
      i++;
      while (text.charAt(i) != ')') {
        char d = text.charAt(i);
        if (d == ',' || Character.isWhitespace(d)) {
          i++;
        } else if (d == '\'' || d == '"') {
          int end = text.indexOf(d, i + 1);
          row.add(text.substring(i + 1, end));
          i = end + 1;
        } else {
          int end = i;
          while (end < text.length() && ",) \n\t".indexOf(text.charAt(end)) < 0) {
            end++;
          }
          row.add(number(text.substring(i, end)));
          i = end;
        }
      }
      rows.add(row);
      i++;
    }
    return rows;
  }

  private static Object number(String token) {
    if (token.equalsIgnoreCase("null")) {
      return null;
    }
    if (token.endsWith("L") || token.endsWith("l")) {
      return Long.parseLong(token.substring(0, token.length() - 1));
    }
    if (token.contains(".")) {
      return new BigDecimal(token);
    }
    return Integer.parseInt(token);
  }

  /** The DDL type of column {@code c}: the type of its non-null literals, INT when all are null. */
  static String type(List<List<Object>> rows, int c) {
    String type = "INT";
    int precision = 0;
    int scale = 0;
    for (List<Object> row : rows) {
      Object v = row.get(c);
      if (v instanceof String) {
        type = "STRING";
      } else if (v instanceof Long) {
        type = "BIGINT";
      } else if (v instanceof BigDecimal) {
        BigDecimal d = (BigDecimal) v;
        precision = Math.max(precision, d.precision());
        scale = Math.max(scale, d.scale());
        type = "DECIMAL(" + precision + "," + scale + ")";
      }
    }
    return type;
  }
}
