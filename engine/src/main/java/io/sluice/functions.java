package io.sluice;

import io.sluice.plan.expr.CaseExpr;
import io.sluice.plan.expr.FunctionCall;
import io.sluice.plan.expr.LiteralValue;
import io.sluice.plan.expr.SortKey;
import io.sluice.plan.expr.Star;
import io.sluice.plan.expr.UnaryOperator;
import io.sluice.plan.expr.UnresolvedExpr;
import io.sluice.sql.SqlFrontEnd;
import java.util.ArrayList;
import java.util.List;

/**
 * Spark's {@code functions}: column constructors, aggregates and built-in scalar functions. Each
 * builds an unresolved call; the analyzer checks names and types when the query is analyzed.
 */
@SuppressWarnings("checkstyle:TypeName")
public final class functions {

  private functions() {}

  private static Column call(String name, Column... args) {
    List<UnresolvedExpr> list = new ArrayList<>(args.length);
    for (Column c : args) {
      list.add(c.expr());
    }
    return new Column(new FunctionCall(name, list, false));
  }

  private static Column callDistinct(String name, Column... args) {
    List<UnresolvedExpr> list = new ArrayList<>(args.length);
    for (Column c : args) {
      list.add(c.expr());
    }
    return new Column(new FunctionCall(name, list, true));
  }

  // ---- column constructors

  public static Column col(String name) {
    return new Column(name);
  }

  public static Column column(String name) {
    return new Column(name);
  }

  /** A literal; a {@link Column} is returned as is, as in Spark. */
  public static Column lit(Object value) {
    if (value instanceof Column) {
      return (Column) value;
    }
    return new Column(new LiteralValue(value));
  }

  /** Parses a SQL expression: {@code expr("age + 1")}. */
  public static Column expr(String expression) {
    return new Column(SqlFrontEnd.parseExpression(expression));
  }

  public static Column asc(String columnName) {
    return new Column(SortKey.of(col(columnName).expr(), true));
  }

  public static Column desc(String columnName) {
    return new Column(SortKey.of(col(columnName).expr(), false));
  }

  public static Column not(Column e) {
    return new Column(new UnaryOperator(UnaryOperator.Op.NOT, e.expr()));
  }

  public static Column negate(Column e) {
    return new Column(new UnaryOperator(UnaryOperator.Op.NEGATE, e.expr()));
  }

  public static Column isnull(Column e) {
    return e.isNull();
  }

  /** Starts a CASE expression; add branches with {@link Column#when} and {@link Column#otherwise}. */
  public static Column when(Column condition, Object value) {
    return new Column(
        new CaseExpr(List.of(condition.expr()), List.of(Column.toExpr(value)), null));
  }

  // ---- aggregates

  public static Column count(Column e) {
    if (e.expr() instanceof Star) {
      return new Column(new FunctionCall("count", e.expr()));
    }
    return call("count", e);
  }

  /** {@code count("*")} counts rows, as in Spark. */
  public static Column count(String columnName) {
    return count(columnName.equals("*") ? new Column(new Star(null)) : col(columnName));
  }

  public static Column countDistinct(Column first, Column... rest) {
    Column[] all = new Column[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return callDistinct("count", all);
  }

  public static Column countDistinct(String first, String... rest) {
    return countDistinct(col(first), restCols(rest));
  }

  private static Column[] restCols(String... names) {
    Column[] out = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = col(names[i]);
    }
    return out;
  }

  public static Column count_distinct(Column first, Column... rest) {
    return countDistinct(first, rest);
  }

  public static Column sum(Column e) {
    return call("sum", e);
  }

  public static Column sum(String columnName) {
    return sum(col(columnName));
  }

  /**
   * Spark's {@code try_sum}: {@code sum}, but null instead of an overflow (a decimal sum past its
   * DECIMAL(p + 10, s), a long sum past BIGINT) whatever the ANSI setting.
   */
  public static Column try_sum(Column e) {
    return call("try_sum", e);
  }

  /** Spark's {@code try_avg}: {@code avg}, but null instead of an overflow. */
  public static Column try_avg(Column e) {
    return call("try_avg", e);
  }

  public static Column sumDistinct(Column e) {
    return callDistinct("sum", e);
  }

  public static Column sum_distinct(Column e) {
    return callDistinct("sum", e);
  }

  public static Column avg(Column e) {
    return call("avg", e);
  }

  public static Column avg(String columnName) {
    return avg(col(columnName));
  }

  public static Column mean(Column e) {
    return call("mean", e);
  }

  public static Column mean(String columnName) {
    return mean(col(columnName));
  }

  public static Column min(Column e) {
    return call("min", e);
  }

  public static Column min(String columnName) {
    return min(col(columnName));
  }

  public static Column max(Column e) {
    return call("max", e);
  }

  public static Column max(String columnName) {
    return max(col(columnName));
  }

  // ---- scalar functions with several arguments

  public static Column coalesce(Column... e) {
    return call("coalesce", e);
  }

  public static Column greatest(Column... e) {
    return call("greatest", e);
  }

  public static Column least(Column... e) {
    return call("least", e);
  }

  public static Column concat(Column... e) {
    return call("concat", e);
  }

  public static Column concat_ws(String sep, Column... e) {
    Column[] all = new Column[e.length + 1];
    all[0] = lit(sep);
    System.arraycopy(e, 0, all, 1, e.length);
    return call("concat_ws", all);
  }

  public static Column substring(Column str, int pos, int len) {
    return call("substring", str, lit(pos), lit(len));
  }

  public static Column lpad(Column str, int len, String pad) {
    return call("lpad", str, lit(len), lit(pad));
  }

  public static Column rpad(Column str, int len, String pad) {
    return call("rpad", str, lit(len), lit(pad));
  }

  public static Column regexp_replace(Column e, String pattern, String replacement) {
    return call("regexp_replace", e, lit(pattern), lit(replacement));
  }

  public static Column regexp_extract(Column e, String exp, int groupIdx) {
    return call("regexp_extract", e, lit(exp), lit(groupIdx));
  }

  public static Column instr(Column str, String substring) {
    return call("instr", str, lit(substring));
  }

  public static Column round(Column e) {
    return call("round", e);
  }

  public static Column round(Column e, int scale) {
    return call("round", e, lit(scale));
  }

  public static Column bround(Column e, int scale) {
    return call("bround", e, lit(scale));
  }

  public static Column pow(Column l, Column r) {
    return call("pow", l, r);
  }

  public static Column pow(Column l, double r) {
    return call("pow", l, lit(r));
  }

  /** Spark's {@code try_add}: {@code left + right}, null on overflow whatever the ANSI setting. */
  public static Column try_add(Column left, Column right) {
    return call("try_add", left, right);
  }

  /** Spark's {@code try_subtract}: {@code left - right}, null on overflow. */
  public static Column try_subtract(Column left, Column right) {
    return call("try_subtract", left, right);
  }

  /** Spark's {@code try_multiply}: {@code left * right}, null on overflow. */
  public static Column try_multiply(Column left, Column right) {
    return call("try_multiply", left, right);
  }

  /** Spark's {@code try_divide}: {@code left / right}, null when {@code right} is 0. */
  public static Column try_divide(Column left, Column right) {
    return call("try_divide", left, right);
  }

  /** Spark's {@code try_mod}: {@code left % right}, null when {@code right} is 0. */
  public static Column try_mod(Column left, Column right) {
    return call("try_mod", left, right);
  }

  public static Column pmod(Column dividend, Column divisor) {
    return call("pmod", dividend, divisor);
  }

  public static Column log(Column e) {
    return call("ln", e);
  }

  public static Column log(double base, Column e) {
    return call("log", lit(base), e);
  }

  public static Column nanvl(Column col1, Column col2) {
    return call("nanvl", col1, col2);
  }

  public static Column to_date(Column e, String fmt) {
    return call("to_date", e, lit(fmt));
  }

  public static Column to_timestamp(Column e, String fmt) {
    return call("to_timestamp", e, lit(fmt));
  }

  public static Column date_format(Column dateExpr, String format) {
    return call("date_format", dateExpr, lit(format));
  }

  public static Column date_add(Column start, int days) {
    return call("date_add", start, lit(days));
  }

  public static Column date_sub(Column start, int days) {
    return call("date_sub", start, lit(days));
  }

  public static Column datediff(Column end, Column start) {
    return call("datediff", end, start);
  }

  public static Column add_months(Column start, int months) {
    return call("add_months", start, lit(months));
  }

  public static Column months_between(Column end, Column start) {
    return call("months_between", end, start);
  }

  public static Column current_date() {
    return call("current_date");
  }

  public static Column current_timestamp() {
    return call("current_timestamp");
  }

  public static Column unix_timestamp(Column s) {
    return call("unix_timestamp", s);
  }

  public static Column unix_timestamp(Column s, String p) {
    return call("unix_timestamp", s, lit(p));
  }

  public static Column from_unixtime(Column ut) {
    return call("from_unixtime", ut);
  }

  public static Column from_unixtime(Column ut, String f) {
    return call("from_unixtime", ut, lit(f));
  }

  public static Column trunc(Column date, String format) {
    return call("trunc", date, lit(format));
  }

  public static Column date_trunc(String format, Column timestamp) {
    return call("date_trunc", lit(format), timestamp);
  }

  /** Calls a function by name, as Spark's {@code call_function}. */
  public static Column call_function(String funcName, Column... cols) {
    return call(funcName, cols);
  }

  public static Column upper(Column e) {
    return call("upper", e);
  }
  public static Column lower(Column e) {
    return call("lower", e);
  }
  public static Column length(Column e) {
    return call("length", e);
  }
  public static Column trim(Column e) {
    return call("trim", e);
  }
  public static Column ltrim(Column e) {
    return call("ltrim", e);
  }
  public static Column rtrim(Column e) {
    return call("rtrim", e);
  }
  public static Column reverse(Column e) {
    return call("reverse", e);
  }
  public static Column initcap(Column e) {
    return call("initcap", e);
  }
  public static Column abs(Column e) {
    return call("abs", e);
  }
  public static Column floor(Column e) {
    return call("floor", e);
  }
  public static Column ceil(Column e) {
    return call("ceil", e);
  }
  public static Column sqrt(Column e) {
    return call("sqrt", e);
  }
  public static Column exp(Column e) {
    return call("exp", e);
  }
  public static Column log10(Column e) {
    return call("log10", e);
  }
  public static Column year(Column e) {
    return call("year", e);
  }
  public static Column month(Column e) {
    return call("month", e);
  }
  public static Column dayofmonth(Column e) {
    return call("dayofmonth", e);
  }
  public static Column dayofweek(Column e) {
    return call("dayofweek", e);
  }
  public static Column dayofyear(Column e) {
    return call("dayofyear", e);
  }
  public static Column hour(Column e) {
    return call("hour", e);
  }
  public static Column minute(Column e) {
    return call("minute", e);
  }
  public static Column second(Column e) {
    return call("second", e);
  }
  public static Column to_date(Column e) {
    return call("to_date", e);
  }
  public static Column to_timestamp(Column e) {
    return call("to_timestamp", e);
  }
  public static Column isnan(Column e) {
    return call("isnan", e);
  }
  public static Column signum(Column e) {
    return call("signum", e);
  }
  public static Column quarter(Column e) {
    return call("quarter", e);
  }
  public static Column weekofyear(Column e) {
    return call("weekofyear", e);
  }
  public static Column ascii(Column e) {
    return call("ascii", e);
  }
  public static Column base64(Column e) {
    return call("base64", e);
  }
  public static Column unbase64(Column e) {
    return call("unbase64", e);
  }
  public static Column md5(Column e) {
    return call("md5", e);
  }
  public static Column sha1(Column e) {
    return call("sha1", e);
  }
  public static Column hex(Column e) {
    return call("hex", e);
  }
  public static Column cbrt(Column e) {
    return call("cbrt", e);
  }
  public static Column sin(Column e) {
    return call("sin", e);
  }
  public static Column cos(Column e) {
    return call("cos", e);
  }
  public static Column tan(Column e) {
    return call("tan", e);
  }
  public static Column asin(Column e) {
    return call("asin", e);
  }
  public static Column acos(Column e) {
    return call("acos", e);
  }
  public static Column atan(Column e) {
    return call("atan", e);
  }
  public static Column degrees(Column e) {
    return call("degrees", e);
  }
  public static Column radians(Column e) {
    return call("radians", e);
  }
  public static Column last_day(Column e) {
    return call("last_day", e);
  }
  public static Column log2(Column e) {
    return call("log2", e);
  }
  public static Column log1p(Column e) {
    return call("log1p", e);
  }
  public static Column expm1(Column e) {
    return call("expm1", e);
  }
  public static Column bin(Column e) {
    return call("bin", e);
  }
  public static Column floor(String columnName) {
    return floor(col(columnName));
  }
  public static Column ceil(String columnName) {
    return ceil(col(columnName));
  }
  public static Column sqrt(String columnName) {
    return sqrt(col(columnName));
  }
  public static Column exp(String columnName) {
    return exp(col(columnName));
  }
  public static Column log10(String columnName) {
    return log10(col(columnName));
  }
  public static Column signum(String columnName) {
    return signum(col(columnName));
  }
  public static Column cbrt(String columnName) {
    return cbrt(col(columnName));
  }
  public static Column sin(String columnName) {
    return sin(col(columnName));
  }
  public static Column cos(String columnName) {
    return cos(col(columnName));
  }
  public static Column tan(String columnName) {
    return tan(col(columnName));
  }
  public static Column asin(String columnName) {
    return asin(col(columnName));
  }
  public static Column acos(String columnName) {
    return acos(col(columnName));
  }
  public static Column atan(String columnName) {
    return atan(col(columnName));
  }
  public static Column degrees(String columnName) {
    return degrees(col(columnName));
  }
  public static Column radians(String columnName) {
    return radians(col(columnName));
  }
  public static Column log2(String columnName) {
    return log2(col(columnName));
  }
  public static Column log1p(String columnName) {
    return log1p(col(columnName));
  }
  public static Column expm1(String columnName) {
    return expm1(col(columnName));
  }
}
