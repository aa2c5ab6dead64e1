package io.sluice.differential;

import io.sluice.differential.cases.ColumnSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random SQL expressions of a wanted kind ({@link Kind}) over the columns in scope, using only
 * functions Sluice's function registry has (codegen's {@code FunctionRegistry}) and Spark's SQL
 * spelling, so that the same text runs on both engines in {@code selectExpr}, {@code filter} and
 * SQL.
 */
final class ExprGenerator {

  enum Kind {
    NUMBER,
    STRING,
    BOOLEAN,
    DATE,
    TIMESTAMP
  }

  private final Random random;
  private final List<ColumnSpec> columns;
  private final ValueGenerator values;
  private final Set<String> avoid;

  ExprGenerator(Random random, List<ColumnSpec> columns, ValueGenerator values, Set<String> avoid) {
    this.random = random;
    this.columns = columns;
    this.values = values;
    this.avoid = avoid;
  }

  static Kind kindOf(String type) {
    if (type.equals("string")) {
      return Kind.STRING;
    }
    if (type.equals("boolean")) {
      return Kind.BOOLEAN;
    }
    if (type.equals("date")) {
      return Kind.DATE;
    }
    if (type.equals("timestamp")) {
      return Kind.TIMESTAMP;
    }
    return Kind.NUMBER;
  }

  Kind anyKind() {
    return Kind.values()[random.nextInt(Kind.values().length)];
  }

  String expr(Kind kind, int depth) {
    if (depth <= 0 || random.nextInt(3) == 0) {
      return leaf(kind);
    }
    switch (kind) {
      case NUMBER:
        return number(depth - 1);
      case STRING:
        return string(depth - 1);
      case BOOLEAN:
        return bool(depth - 1);
      case DATE:
        return date(depth - 1);
      default:
        return timestamp(depth - 1);
    }
  }

  /** A column of the kind if there is one (usually), else a literal. */
  String leaf(Kind kind) {
    List<String> names = columnsOf(kind);
    if (!names.isEmpty() && random.nextInt(4) != 0) {
      return names.get(random.nextInt(names.size()));
    }
    return literal(kind);
  }

  List<String> columnsOf(Kind kind) {
    List<String> names = new ArrayList<>();
    for (ColumnSpec c : columns) {
      if (kindOf(c.type()) == kind) {
        names.add(c.name());
      }
    }
    return names;
  }

  String literal(Kind kind) {
    switch (kind) {
      case NUMBER:
        switch (random.nextInt(6)) {
          case 0:
            return Long.toString(values.longValue());
          case 1:
            return "CAST(" + sqlDouble(values.doubleValue()) + " AS DOUBLE)";
          case 2:
            return values.decimal(6, 2);
          default:
            return Integer.toString(random.nextInt(21) - 10);
        }
      case STRING:
        return quote(ValueGenerator.STRINGS[random.nextInt(ValueGenerator.STRINGS.length)]);
      case BOOLEAN:
        return random.nextBoolean() ? "TRUE" : "FALSE";
      case DATE:
        return "DATE '" + values.date() + "'";
      default:
        return "TIMESTAMP '" + values.timestamp().toString().replace('T', ' ').replace("Z", "") + "'";
    }
  }

  private String number(int d) {
    switch (random.nextInt(22)) {
      case 0:
        return "(" + expr(Kind.NUMBER, d) + " + " + expr(Kind.NUMBER, d) + ")";
      case 1:
        return "(" + expr(Kind.NUMBER, d) + " - " + expr(Kind.NUMBER, d) + ")";
      case 2:
        return "(" + expr(Kind.NUMBER, d) + " * " + expr(Kind.NUMBER, d) + ")";
      case 3:
        return "(" + expr(Kind.NUMBER, d) + " / " + expr(Kind.NUMBER, d) + ")";
      case 4:
        return "(" + expr(Kind.NUMBER, d) + " % " + expr(Kind.NUMBER, d) + ")";
      case 5:
        return "(- " + expr(Kind.NUMBER, d) + ")";
      case 6:
        return "abs(" + expr(Kind.NUMBER, d) + ")";
      case 7:
        return "round(" + expr(Kind.NUMBER, d) + ", " + (random.nextInt(5) - 1) + ")";
      case 8:
        return (random.nextBoolean() ? "floor(" : "ceil(") + expr(Kind.NUMBER, d) + ")";
      case 9:
        return (random.nextBoolean() ? "greatest(" : "least(") + expr(Kind.NUMBER, d) + ", " + expr(Kind.NUMBER, d) + ")";
      case 10:
        return "CAST(" + expr(Kind.NUMBER, d) + " AS " + numericType() + ")";
      case 11:
        if (avoid.contains("string-casts")) {
          return "length(" + expr(Kind.STRING, d) + ")";
        }
        return "CAST(" + expr(Kind.STRING, d) + " AS " + numericType() + ")";
      case 12:
        return "length(" + expr(Kind.STRING, d) + ")";
      case 13:
        String[] parts = {"year", "month", "dayofmonth", "dayofweek", "dayofyear", "quarter"};
        return parts[random.nextInt(parts.length)] + "(" + expr(Kind.DATE, d) + ")";
      case 14:
        String[] clock = {"hour", "minute", "second"};
        return clock[random.nextInt(clock.length)] + "(" + expr(Kind.TIMESTAMP, d) + ")";
      case 15:
        return "datediff(" + expr(Kind.DATE, d) + ", " + expr(Kind.DATE, d) + ")";
      case 16:
        return "sqrt(" + expr(Kind.NUMBER, d) + ")";
      case 17:
        return "coalesce(" + expr(Kind.NUMBER, d) + ", " + expr(Kind.NUMBER, d) + ")";
      case 18:
        return "CASE WHEN " + expr(Kind.BOOLEAN, d) + " THEN " + expr(Kind.NUMBER, d) + " ELSE " + expr(Kind.NUMBER, d) + " END";
      case 19:
        return "pmod(" + expr(Kind.NUMBER, d) + ", " + expr(Kind.NUMBER, d) + ")";
      case 20:
        return "signum(" + expr(Kind.NUMBER, d) + ")";
      default:
        return "instr(" + expr(Kind.STRING, d) + ", " + quote(random.nextBoolean() ? "a" : "b") + ")";
    }
  }

  private String string(int d) {
    switch (random.nextInt(17)) {
      case 0:
        return (random.nextBoolean() ? "upper(" : "lower(") + expr(Kind.STRING, d) + ")";
      case 1:
        String[] trims = {"trim(", "ltrim(", "rtrim("};
        return trims[random.nextInt(3)] + expr(Kind.STRING, d) + ")";
      case 2:
        return "substring(" + expr(Kind.STRING, d) + ", " + (random.nextInt(5) - 1) + ", " + random.nextInt(4) + ")";
      case 3:
        return "concat(" + expr(Kind.STRING, d) + ", " + expr(Kind.STRING, d) + ")";
      case 4:
        return "concat_ws('-', " + expr(Kind.STRING, d) + ", " + expr(Kind.STRING, d) + ")";
      case 5:
        return (random.nextBoolean() ? "lpad(" : "rpad(") + expr(Kind.STRING, d) + ", " + random.nextInt(6) + ", '*')";
      case 6:
        return "replace(" + expr(Kind.STRING, d) + ", 'a', 'xy')";
      case 7:
        return (random.nextBoolean() ? "reverse(" : "initcap(") + expr(Kind.STRING, d) + ")";
      case 8:
        return "CAST(" + expr(Kind.NUMBER, d) + " AS STRING)";
      case 9:
        return "CAST(" + expr(Kind.DATE, d) + " AS STRING)";
      case 10:
        if (avoid.contains("timestamp-strings")) {
          return "CAST(" + expr(Kind.DATE, d) + " AS STRING)";
        }
        return "CAST(" + expr(Kind.TIMESTAMP, d) + " AS STRING)";
      case 11:
        return "CAST(" + expr(Kind.BOOLEAN, d) + " AS STRING)";
      case 12:
        return "coalesce(" + expr(Kind.STRING, d) + ", " + expr(Kind.STRING, d) + ")";
      case 13:
        return "CASE WHEN " + expr(Kind.BOOLEAN, d) + " THEN " + expr(Kind.STRING, d) + " ELSE " + expr(Kind.STRING, d) + " END";
      case 14:
        return "regexp_replace(" + expr(Kind.STRING, d) + ", '[aeiou]', '_')";
      case 15:
        if (avoid.contains("timestamp-strings")) {
          return "upper(" + expr(Kind.STRING, d) + ")";
        }
        return "date_format(" + expr(Kind.TIMESTAMP, d) + ", 'yyyy-MM-dd HH:mm')";
      default:
        return "nullif(" + expr(Kind.STRING, d) + ", " + expr(Kind.STRING, d) + ")";
    }
  }

  private String bool(int d) {
    switch (random.nextInt(12)) {
      case 0:
      case 1:
      case 2:
        Kind k = comparableKind();
        String[] ops = {"=", "<>", "<", "<=", ">", ">=", "<=>"};
        return "(" + expr(k, d) + " " + ops[random.nextInt(ops.length)] + " " + expr(k, d) + ")";
      case 3:
        return "(" + expr(anyKind(), d) + (random.nextBoolean() ? " IS NULL)" : " IS NOT NULL)");
      case 4:
        return "(NOT " + expr(Kind.BOOLEAN, d) + ")";
      case 5:
        return "(" + expr(Kind.BOOLEAN, d) + (random.nextBoolean() ? " AND " : " OR ") + expr(Kind.BOOLEAN, d) + ")";
      case 6:
        Kind b = comparableKind();
        return "(" + expr(b, d) + " BETWEEN " + literal(b) + " AND " + literal(b) + ")";
      case 7:
        Kind i = comparableKind();
        return "(" + expr(i, d) + " IN (" + literal(i) + ", " + literal(i) + "))";
      case 8:
        return "(" + expr(Kind.STRING, d) + " LIKE " + quote(random.nextBoolean() ? "a%" : "%b_") + ")";
      case 9:
        return (random.nextBoolean() ? "startswith(" : "contains(") + expr(Kind.STRING, d) + ", 'a')";
      case 10:
        return "isnan(" + expr(Kind.NUMBER, d) + ")";
      default:
        return "coalesce(" + expr(Kind.BOOLEAN, d) + ", " + expr(Kind.BOOLEAN, d) + ")";
    }
  }

  private String date(int d) {
    switch (random.nextInt(5)) {
      case 0:
        return (random.nextBoolean() ? "date_add(" : "date_sub(") + expr(Kind.DATE, d) + ", " + (random.nextInt(1000) - 500) + ")";
      case 1:
        return "CAST(" + expr(Kind.TIMESTAMP, d) + " AS DATE)";
      case 2:
        if (avoid.contains("string-casts")) {
          return leaf(Kind.DATE);
        }
        return "CAST(" + expr(Kind.STRING, d) + " AS DATE)";
      case 3:
        return (random.nextBoolean() ? "greatest(" : "least(") + expr(Kind.DATE, d) + ", " + expr(Kind.DATE, d) + ")";
      default:
        return "coalesce(" + expr(Kind.DATE, d) + ", " + expr(Kind.DATE, d) + ")";
    }
  }

  private String timestamp(int d) {
    switch (random.nextInt(4)) {
      case 0:
        return "CAST(" + expr(Kind.DATE, d) + " AS TIMESTAMP)";
      case 1:
        if (avoid.contains("string-casts") || avoid.contains("timestamp-strings")) {
          return leaf(Kind.TIMESTAMP);
        }
        return "CAST(" + expr(Kind.STRING, d) + " AS TIMESTAMP)";
      case 2:
        return (random.nextBoolean() ? "greatest(" : "least(") + expr(Kind.TIMESTAMP, d) + ", " + expr(Kind.TIMESTAMP, d) + ")";
      default:
        return "coalesce(" + expr(Kind.TIMESTAMP, d) + ", " + expr(Kind.TIMESTAMP, d) + ")";
    }
  }

  private Kind comparableKind() {
    Kind k = anyKind();
    return k == Kind.BOOLEAN ? Kind.NUMBER : k;
  }

  private String numericType() {
    String[] types = {"INT", "BIGINT", "DOUBLE", "DECIMAL(10,2)", "DECIMAL(38,6)"};
    return types[random.nextInt(types.length)];
  }

  private static String sqlDouble(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "'" + v + "'";
    }
    return Double.toString(v).replace("E", "E");
  }

  static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
