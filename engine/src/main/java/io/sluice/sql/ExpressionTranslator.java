package io.sluice.sql;

import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import io.sluice.plan.expr.BinaryOperator;
import io.sluice.plan.expr.CaseExpr;
import io.sluice.plan.expr.CastTo;
import io.sluice.plan.expr.ColumnName;
import io.sluice.plan.expr.FunctionCall;
import io.sluice.plan.expr.InList;
import io.sluice.plan.expr.LiteralValue;
import io.sluice.plan.expr.Star;
import io.sluice.plan.expr.UnaryOperator;
import io.sluice.plan.expr.UnresolvedExpr;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlBinaryStringLiteral;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlSelectKeyword;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlUnknownLiteral;
import org.apache.calcite.sql.fun.SqlBetweenOperator;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlLikeOperator;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite expression trees ({@link SqlNode}) to Sluice's {@link UnresolvedExpr}s, with Spark's
 * meaning: literals typed as Spark types them, BETWEEN as two comparisons, LIKE and {@code ||} as
 * function calls, the simple CASE as the searched one. Constructs without a Sluice counterpart
 * (subqueries, window functions, intervals, ...) fail with a {@link ParseException} at their
 * position. Stateless apart from the source text; one per parse.
 */
final class ExpressionTranslator {

  /** Names Spark resolves to aggregate functions: a SELECT that calls one aggregates. */
  static final Set<String> AGGREGATE_FUNCTIONS =
      Set.of(
          "count", "sum", "avg", "mean", "min", "max", "first", "last", "first_value",
          "last_value", "any_value", "collect_list", "collect_set", "array_agg", "stddev",
          "stddev_samp", "stddev_pop", "std", "variance", "var_samp", "var_pop", "corr",
          "covar_pop", "covar_samp", "skewness", "kurtosis", "approx_count_distinct",
          "count_if", "bool_and", "bool_or", "every", "some", "any", "max_by", "min_by",
          "percentile", "percentile_approx", "approx_percentile", "median", "mode", "bit_and",
          "bit_or", "bit_xor", "product", "grouping", "grouping_id", "try_sum", "try_avg");

  /**
   * Functions Spark lets you call without parentheses, which Calcite parses as identifiers. (Spark
   * prefers a column of that name when there is one; Sluice reads them as the function.)
   */
  private static final Set<String> NILADIC_FUNCTIONS =
      Set.of("current_date", "current_timestamp", "localtimestamp", "current_user");

  private final SqlSourceText source;
  /** The session time zone: TIMESTAMP literals without an offset are local time there. */
  private final ZoneId sessionZone;

  ExpressionTranslator(SqlSourceText source, ZoneId sessionZone) {
    this.source = source;
    this.sessionZone = sessionZone;
  }

  UnresolvedExpr translate(SqlNode node) {
    if (node instanceof SqlIdentifier) {
      return identifier((SqlIdentifier) node);
    }
    if (node instanceof SqlLiteral) {
      return literal((SqlLiteral) node);
    }
    if (node instanceof SqlCall) {
      return call((SqlCall) node);
    }
    if (node instanceof SqlNodeList) {
      throw unsupported(node, "a parenthesized list of expressions outside IN");
    }
    throw unsupported(node, "the expression '" + node + "'");
  }

  List<UnresolvedExpr> translateAll(List<SqlNode> nodes) {
    List<UnresolvedExpr> out = new ArrayList<>(nodes.size());
    for (SqlNode n : nodes) {
      out.add(translate(n));
    }
    return out;
  }

  ParseException unsupported(SqlNode node, String what) {
    return source.error(
        "The feature is not supported: " + what, node == null ? null : node.getParserPosition());
  }

  // ---- names -------------------------------------------------------------------------------

  private UnresolvedExpr identifier(SqlIdentifier id) {
    if (id.isStar()) {
      List<String> names = id.names;
      return new Star(names.size() > 1 ? String.join(".", names.subList(0, names.size() - 1)) : null);
    }
    if (id.names.size() == 1 && !id.isComponentQuoted(0)) {
      String lower = id.names.get(0).toLowerCase(Locale.ROOT);
      if (NILADIC_FUNCTIONS.contains(lower)) {
        return new FunctionCall(lower, List.of(), false);
      }
    }
    return new ColumnName(id.names);
  }

  // ---- literals ----------------------------------------------------------------------------

  private UnresolvedExpr literal(SqlLiteral lit) {
    if (lit instanceof SqlNumericLiteral) {
      return numeric((SqlNumericLiteral) lit);
    }
    if (lit instanceof SqlCharStringLiteral) {
      return new LiteralValue(stringValue(lit));
    }
    if (lit instanceof SqlBinaryStringLiteral) {
      return new LiteralValue(((SqlBinaryStringLiteral) lit).getValueAs(org.apache.calcite.util.BitString.class).getAsByteArray(), DataType.BINARY);
    }
    if (lit instanceof SqlUnknownLiteral) {
      SqlUnknownLiteral typed = (SqlUnknownLiteral) lit;
      return typedLiteral(typed.tag, stringValue(lit), lit);
    }
    SqlTypeName type = lit.getTypeName();
    switch (type) {
      case NULL:
        return new LiteralValue(null);
      case BOOLEAN:
        return new LiteralValue(lit.booleanValue());
      case DATE:
      case TIMESTAMP:
        return typedLiteral(type.getName(), stringValue(lit), lit);
      default:
        throw unsupported(lit, "the literal " + lit);
    }
  }

  /**
   * The value of the string literal at (or, for {@code DATE '...'}, after) a node, unescaped as
   * Spark does; the source text keeps it, because Calcite's escape rules differ.
   */
  private String stringValue(SqlLiteral lit) {
    String value = source.stringValueFrom(source.originalOffset(lit.getParserPosition()));
    return value != null ? value : lit.toValue();
  }

  private UnresolvedExpr numeric(SqlNumericLiteral lit) {
    BigDecimal value = lit.getValueAs(BigDecimal.class);
    int offset = source.originalOffset(lit.getParserPosition());
    String suffix = source.numericSuffixAt(offset);
    if (suffix == null && offset >= 0 && offset < source.original().length() && source.original().charAt(offset) == '-') {
      // Calcite folds "-1" into one literal; the suffix is recorded at the digits.
      suffix = source.numericSuffixAt(offset + 1);
    }
    if (suffix != null) {
      return suffixed(lit, value, suffix);
    }
    if (!lit.isExact()) {
      double d = value.doubleValue();
      if (Double.isInfinite(d)) {
        throw outOfRange(lit, "double", "-1.7976931348623157E+308", "1.7976931348623157E+308");
      }
      return new LiteralValue(d);
    }
    if (value.scale() <= 0 || lit.isInteger()) {
      BigDecimal integral = value.setScale(0);
      if (integral.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
          && integral.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
        return new LiteralValue(integral.intValueExact());
      }
      if (integral.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
          && integral.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
        return new LiteralValue(integral.longValueExact());
      }
      return decimal(lit, integral);
    }
    return decimal(lit, value);
  }

  /** Spark's decimal literal type: {@code DECIMAL(max(precision, scale), scale)}. */
  private UnresolvedExpr decimal(SqlNode at, BigDecimal value) {
    int scale = Math.max(value.scale(), 0);
    BigDecimal normalized = value.setScale(scale);
    int precision = Math.max(normalized.precision(), scale);
    if (precision > DataType.MAX_DECIMAL_PRECISION) {
      throw source.error(
          "The decimal literal " + value.toPlainString() + " exceeds the maximum precision of "
              + DataType.MAX_DECIMAL_PRECISION,
          at.getParserPosition());
    }
    return new LiteralValue(normalized, DataType.decimal(precision, scale));
  }

  private UnresolvedExpr suffixed(SqlNumericLiteral lit, BigDecimal value, String suffix) {
    try {
      switch (suffix) {
        case "L":
          return new LiteralValue(value.longValueExact());
        case "S":
          return new LiteralValue(value.shortValueExact());
        case "Y":
          return new LiteralValue(value.byteValueExact());
        case "D":
          if (Double.isInfinite(value.doubleValue())) {
            throw outOfRange(lit, "double", "-1.7976931348623157E+308", "1.7976931348623157E+308");
          }
          return new LiteralValue(value.doubleValue());
        case "F":
          if (Float.isInfinite(value.floatValue())) {
            throw outOfRange(lit, "float", "-3.4028234663852886E+38", "3.4028234663852886E+38");
          }
          return new LiteralValue(value.floatValue());
        default: // BD
          return decimal(lit, value);
      }
    } catch (ArithmeticException e) {
      switch (suffix) {
        case "L":
          throw outOfRange(lit, "bigint", String.valueOf(Long.MIN_VALUE), String.valueOf(Long.MAX_VALUE));
        case "S":
          throw outOfRange(lit, "smallint", String.valueOf(Short.MIN_VALUE), String.valueOf(Short.MAX_VALUE));
        default:
          throw outOfRange(lit, "tinyint", String.valueOf(Byte.MIN_VALUE), String.valueOf(Byte.MAX_VALUE));
      }
    }
  }

  /** Spark's {@code INVALID_NUMERIC_LITERAL_RANGE} for the literal as written, without its suffix. */
  private ParseException outOfRange(SqlNumericLiteral lit, String typeName, String min, String max) {
    int offset = source.originalOffset(lit.getParserPosition());
    String raw = source.tokenAt(offset);
    String suffix = source.numericSuffixAt(offset);
    if (raw != null && suffix != null && raw.toUpperCase(Locale.ROOT).endsWith(suffix)) {
      raw = raw.substring(0, raw.length() - suffix.length());
    }
    return source.error(
        "INVALID_NUMERIC_LITERAL_RANGE",
        "Numeric literal " + raw + " is outside the valid range for " + typeName
            + " with minimum value of " + min + " and maximum value of " + max
            + ". Please adjust the value accordingly.",
        offset,
        null);
  }

  private UnresolvedExpr typedLiteral(String tag, String text, SqlLiteral at) {
    String kind = tag.toUpperCase(Locale.ROOT);
    String value = text.trim();
    try {
      switch (kind) {
        case "DATE":
          return new LiteralValue((int) parseDate(value).toEpochDay(), DataType.DATE);
        case "TIMESTAMP":
        case "TIMESTAMP_LTZ":
        case "TIMESTAMP WITH LOCAL TIME ZONE":
          {
            long micros = parseTimestampMicros(value, sessionZone);
            return new LiteralValue(micros, DataType.TIMESTAMP, "TIMESTAMP '" + timestampText(micros, sessionZone) + "'");
          }
        default:
          throw unsupported(at, "the typed literal " + kind + " '" + text + "'");
      }
    } catch (ArithmeticException | java.time.DateTimeException e) {
      throw source.error(
          "INVALID_TYPED_LITERAL",
          "The value of the typed literal \"" + (kind.equals("DATE") ? "DATE" : "TIMESTAMP")
              + "\" is invalid: '" + text + "'.",
          source.originalOffset(at.getParserPosition()),
          e);
    }
  }

  /** Spark's text of a timestamp in a zone: {@code yyyy-MM-dd HH:mm:ss[.ffffff]}, fraction trimmed. */
  static String timestampText(long micros, ZoneId zone) {
    LocalDateTime t =
        LocalDateTime.ofInstant(
            java.time.Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L),
            zone);
    String text = String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d",
        t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
    int fraction = t.getNano() / 1000;
    if (fraction == 0) {
      return text;
    }
    String digits = String.format(Locale.ROOT, "%06d", fraction).replaceAll("0+$", "");
    return text + "." + digits;
  }

  /** Spark's date literal forms: {@code yyyy}, {@code yyyy-[m]m}, {@code yyyy-[m]m-[d]d[ ...]}. */
  static LocalDate parseDate(String text) {
    String s = text;
    int cut = indexOfAny(s, " T");
    if (cut > 0) {
      s = s.substring(0, cut);
    }
    String[] parts = s.split("-", -1);
    // A year alone must be the whole text, as in Spark's stringToDate ("1999 Jan 08" is invalid).
    if (parts.length > 3 || parts[0].length() != 4 || (parts.length == 1 && cut > 0)) {
      throw new DateTimeParseException("bad date", text, 0);
    }
    try {
      int year = Integer.parseInt(parts[0]);
      int month = parts.length > 1 ? Integer.parseInt(parts[1]) : 1;
      int day = parts.length > 2 ? Integer.parseInt(parts[2]) : 1;
      return LocalDate.of(year, month, day);
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new DateTimeParseException("bad date", text, 0, e);
    }
  }

  /**
   * Microseconds since the epoch of a timestamp literal: {@code yyyy-mm-dd[ |T]hh:mm[:ss[.f]]}
   * with an optional zone ({@code Z}, {@code +hh:mm}); without one, local time in {@code zone}.
   */
  static long parseTimestampMicros(String text, ZoneId zone) {
    String s = text.replace(' ', 'T');
    if (s.indexOf('T') < 0) {
      java.time.Instant midnight = parseDate(text).atStartOfDay(zone).toInstant();
      return Math.multiplyExact(midnight.getEpochSecond(), 1_000_000L);
    }
    java.time.Instant instant;
    try {
      instant = OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      String[] halves = s.split("T", 2);
      boolean utc = halves[1].endsWith("Z");
      String time = utc ? halves[1].substring(0, halves[1].length() - 1) : halves[1];
      if (time.length() > 1 && time.charAt(1) == ':') {
        time = "0" + time;
      }
      LocalDateTime local = LocalDateTime.of(parseDate(halves[0]), java.time.LocalTime.parse(time));
      instant = utc ? local.toInstant(ZoneOffset.UTC) : local.atZone(zone).toInstant();
    }
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  // ---- calls -------------------------------------------------------------------------------

  private UnresolvedExpr call(SqlCall call) {
    List<SqlNode> ops = call.getOperandList();
    SqlKind kind = call.getKind();
    String operator = call.getOperator().getName().toUpperCase(Locale.ROOT);
    if (operator.equals("TRY_CAST")) {
      return new CastTo(translate(ops.get(0)), dataType((SqlDataTypeSpec) ops.get(1)), true);
    }
    if (operator.equals("RLIKE") || operator.equals("NOT RLIKE")) {
      UnresolvedExpr rlike = new FunctionCall("rlike", translateAll(ops), false);
      return operator.startsWith("NOT") ? new UnaryOperator(UnaryOperator.Op.NOT, rlike) : rlike;
    }
    switch (kind) {
      case PLUS:
        return binary(BinaryOperator.Op.ADD, ops);
      case MINUS:
        return binary(BinaryOperator.Op.SUBTRACT, ops);
      case TIMES:
        return binary(BinaryOperator.Op.MULTIPLY, ops);
      case DIVIDE:
        return binary(BinaryOperator.Op.DIVIDE, ops);
      case MOD:
        if (call.getOperator().getSyntax() == SqlSyntax.FUNCTION) {
          return new FunctionCall("mod", translateAll(ops), false);
        }
        return binary(BinaryOperator.Op.REMAINDER, ops);
      case EQUALS:
        return binary(BinaryOperator.Op.EQ, ops);
      case NOT_EQUALS:
        return binary(BinaryOperator.Op.NE, ops);
      case LESS_THAN:
        return binary(BinaryOperator.Op.LT, ops);
      case LESS_THAN_OR_EQUAL:
        return binary(BinaryOperator.Op.LE, ops);
      case GREATER_THAN:
        return binary(BinaryOperator.Op.GT, ops);
      case GREATER_THAN_OR_EQUAL:
        return binary(BinaryOperator.Op.GE, ops);
      case IS_NOT_DISTINCT_FROM:
        return binary(BinaryOperator.Op.NULL_SAFE_EQ, ops);
      case IS_DISTINCT_FROM:
        return new UnaryOperator(UnaryOperator.Op.NOT, binary(BinaryOperator.Op.NULL_SAFE_EQ, ops));
      case AND:
        return chain(BinaryOperator.Op.AND, ops);
      case OR:
        return chain(BinaryOperator.Op.OR, ops);
      case NOT:
        return new UnaryOperator(UnaryOperator.Op.NOT, translate(ops.get(0)));
      case MINUS_PREFIX:
        return negate(ops.get(0));
      case PLUS_PREFIX:
        return new UnaryOperator(UnaryOperator.Op.POSITIVE, translate(ops.get(0)));
      case IS_NULL:
        return new UnaryOperator(UnaryOperator.Op.IS_NULL, translate(ops.get(0)));
      case IS_NOT_NULL:
        return new UnaryOperator(UnaryOperator.Op.IS_NOT_NULL, translate(ops.get(0)));
      case IN:
      case NOT_IN:
        return in(call, kind == SqlKind.NOT_IN);
      case BETWEEN:
        return between(call);
      case LIKE:
        return like(call);
      case CASE:
        return caseWhen((SqlCase) call);
      case CAST:
        return new CastTo(translate(ops.get(0)), dataType((SqlDataTypeSpec) ops.get(1)));
      case TRIM:
        return trim(call);
      case EXTRACT:
        return extract(call);
      case OTHER:
        if ("||".equals(call.getOperator().getName())) {
          return new FunctionCall("concat", translateAll(ops), false);
        }
        break;
      case SELECT:
      case ORDER_BY:
      case UNION:
      case INTERSECT:
      case EXCEPT:
      case SCALAR_QUERY:
      case EXISTS:
      case WITH:
        throw unsupported(call, "subqueries in expressions");
      case OVER:
        throw unsupported(call, "window functions (OVER)");
      case FILTER:
        throw unsupported(call, "aggregate FILTER (WHERE ...)");
      default:
        break;
    }
    if (call.getOperator() instanceof SqlFunction
        && call.getOperator().getSyntax() != SqlSyntax.SPECIAL) {
      return function(call);
    }
    throw unsupported(call, "the operator " + call.getOperator().getName() + " in '" + call + "'");
  }

  private UnresolvedExpr binary(BinaryOperator.Op op, List<SqlNode> ops) {
    return new BinaryOperator(op, translate(ops.get(0)), translate(ops.get(1)));
  }

  private UnresolvedExpr chain(BinaryOperator.Op op, List<SqlNode> ops) {
    UnresolvedExpr out = translate(ops.get(0));
    for (int i = 1; i < ops.size(); i++) {
      out = new BinaryOperator(op, out, translate(ops.get(i)));
    }
    return out;
  }

  private UnresolvedExpr negate(SqlNode operand) {
    UnresolvedExpr inner = translate(operand);
    if (inner instanceof LiteralValue
        && ((LiteralValue) inner).value() instanceof Number
        && (((LiteralValue) inner).type() == null || ((LiteralValue) inner).type().isNumeric())) {
      LiteralValue lit = (LiteralValue) inner;
      Object v = lit.value();
      // Spark reads "-5" as the literal -5, not a negation.
      if (v instanceof Integer && (Integer) v != Integer.MIN_VALUE) {
        return new LiteralValue(-(Integer) v, lit.type());
      } else if (v instanceof Long && (Long) v != Long.MIN_VALUE) {
        return new LiteralValue(-(Long) v, lit.type());
      } else if (v instanceof Double) {
        return new LiteralValue(-(Double) v, lit.type());
      } else if (v instanceof Float) {
        return new LiteralValue(-(Float) v, lit.type());
      } else if (v instanceof BigDecimal) {
        return new LiteralValue(((BigDecimal) v).negate(), lit.type());
      }
    }
    return new UnaryOperator(UnaryOperator.Op.NEGATE, inner);
  }

  private UnresolvedExpr in(SqlCall call, boolean negated) {
    SqlNode values = call.operand(1);
    if (!(values instanceof SqlNodeList)) {
      throw unsupported(values, "IN with a subquery");
    }
    UnresolvedExpr in = new InList(translate(call.operand(0)), translateAll(((SqlNodeList) values).getList()));
    return negated ? new UnaryOperator(UnaryOperator.Op.NOT, in) : in;
  }

  private UnresolvedExpr between(SqlCall call) {
    SqlBetweenOperator op = (SqlBetweenOperator) call.getOperator();
    if (op.flag == SqlBetweenOperator.Flag.SYMMETRIC) {
      throw unsupported(call, "BETWEEN SYMMETRIC");
    }
    UnresolvedExpr value = translate(call.operand(SqlBetweenOperator.VALUE_OPERAND));
    UnresolvedExpr range =
        new BinaryOperator(
            BinaryOperator.Op.AND,
            new BinaryOperator(
                BinaryOperator.Op.GE, value, translate(call.operand(SqlBetweenOperator.LOWER_OPERAND))),
            new BinaryOperator(
                BinaryOperator.Op.LE, value, translate(call.operand(SqlBetweenOperator.UPPER_OPERAND))));
    return op.isNegated() ? new UnaryOperator(UnaryOperator.Op.NOT, range) : range;
  }

  private UnresolvedExpr like(SqlCall call) {
    SqlLikeOperator op = (SqlLikeOperator) call.getOperator();
    String name = op.isCaseSensitive() ? "like" : "ilike";
    UnresolvedExpr like = new FunctionCall(name, translateAll(call.getOperandList()), false);
    return op.isNegated() ? new UnaryOperator(UnaryOperator.Op.NOT, like) : like;
  }

  private UnresolvedExpr caseWhen(SqlCase c) {
    SqlNode valueOperand = c.getValueOperand();
    UnresolvedExpr value = valueOperand == null ? null : translate(valueOperand);
    List<UnresolvedExpr> conditions = new ArrayList<>();
    for (SqlNode when : c.getWhenOperands()) {
      UnresolvedExpr w = translate(when);
      conditions.add(value == null ? w : new BinaryOperator(BinaryOperator.Op.EQ, value, w));
    }
    List<UnresolvedExpr> values = translateAll(c.getThenOperands().getList());
    SqlNode elseOperand = c.getElseOperand();
    UnresolvedExpr otherwise = null;
    // Calcite fills a missing ELSE with a NULL literal placed at the CASE keyword.
    if (elseOperand != null
        && !((elseOperand instanceof SqlLiteral && ((SqlLiteral) elseOperand).getTypeName() == SqlTypeName.NULL)
            && samePosition(elseOperand.getParserPosition(), c.getParserPosition()))) {
      otherwise = translate(elseOperand);
    }
    return new CaseExpr(conditions, values, otherwise);
  }

  private static boolean samePosition(SqlParserPos a, SqlParserPos b) {
    return a.getLineNum() == b.getLineNum() && a.getColumnNum() == b.getColumnNum();
  }

  private UnresolvedExpr trim(SqlCall call) {
    // Calcite: TRIM(flag, characters, string); Spark: trim / ltrim / rtrim (string[, characters]).
    SqlLiteral flag = call.operand(0);
    SqlTrimFunction.Flag where = flag.getValueAs(SqlTrimFunction.Flag.class);
    String name = where == SqlTrimFunction.Flag.LEADING ? "ltrim" : where == SqlTrimFunction.Flag.TRAILING ? "rtrim" : "trim";
    UnresolvedExpr string = translate(call.operand(2));
    SqlNode chars = call.operand(1);
    if (chars instanceof SqlCharStringLiteral && " ".equals(((SqlLiteral) chars).getValueAs(String.class))) {
      return new FunctionCall(name, string);
    }
    return new FunctionCall(name, string, translate(chars));
  }

  private UnresolvedExpr extract(SqlCall call) {
    SqlIntervalQualifier unit = call.operand(0);
    String field = unit.timeUnitRange.name();
    String fn;
    switch (field) {
      case "YEAR":
        fn = "year";
        break;
      case "QUARTER":
        fn = "quarter";
        break;
      case "MONTH":
        fn = "month";
        break;
      case "WEEK":
        fn = "weekofyear";
        break;
      case "DAY":
        fn = "dayofmonth";
        break;
      case "DOW":
        fn = "dayofweek";
        break;
      case "DOY":
        fn = "dayofyear";
        break;
      case "HOUR":
        fn = "hour";
        break;
      case "MINUTE":
        fn = "minute";
        break;
      case "SECOND":
        fn = "second";
        break;
      default:
        throw unsupported(call, "EXTRACT(" + field + " FROM ...)");
    }
    return new FunctionCall(fn, translate(call.operand(1)));
  }

  private UnresolvedExpr function(SqlCall call) {
    SqlFunction fn = (SqlFunction) call.getOperator();
    SqlIdentifier id = fn.getSqlIdentifier();
    if (id != null && id.names.size() > 1) {
      throw unsupported(call, "qualified function names (" + id + ")");
    }
    String name = id != null ? id.getSimple() : fn.getName();
    if (name.equalsIgnoreCase("TRANSLATE3")) {
      name = "translate"; // Calcite's name for the three-argument TRANSLATE
    }
    boolean distinct =
        call.getFunctionQuantifier() != null
            && call.getFunctionQuantifier().getValue() == SqlSelectKeyword.DISTINCT;
    List<UnresolvedExpr> args = new ArrayList<>();
    for (SqlNode operand : call.getOperandList()) {
      if (operand instanceof SqlIntervalQualifier) {
        throw unsupported(operand, "the time unit argument of " + name.toUpperCase(Locale.ROOT));
      }
      args.add(translate(operand));
    }
    return new FunctionCall(name, args, distinct);
  }

  // ---- types -------------------------------------------------------------------------------

  /** Calcite's type names to Sluice's (Spark's): {@code VARCHAR(n)} is STRING, {@code REAL} FLOAT, ... */
  DataType dataType(SqlDataTypeSpec spec) {
    if (spec.getCollectionsTypeName() != null) {
      throw unsupported(spec, "the data type " + spec);
    }
    SqlTypeNameSpec nameSpec = spec.getTypeNameSpec();
    String name = nameSpec.getTypeName().getSimple().toUpperCase(Locale.ROOT);
    int precision = -1;
    int scale = -1;
    if (nameSpec instanceof SqlBasicTypeNameSpec) {
      precision = ((SqlBasicTypeNameSpec) nameSpec).getPrecision();
      scale = ((SqlBasicTypeNameSpec) nameSpec).getScale();
    }
    String ddl;
    switch (name) {
      case "DECIMAL":
      case "DEC":
      case "NUMERIC":
        ddl = precision < 0 ? "DECIMAL" : "DECIMAL(" + precision + "," + Math.max(scale, 0) + ")";
        break;
      case "VARCHAR":
      case "CHAR":
      case "CHARACTER":
      case "TEXT":
        ddl = "STRING";
        break;
      case "VARBINARY":
        ddl = "BINARY";
        break;
      case "TIMESTAMP_WITH_LOCAL_TIME_ZONE":
        ddl = "TIMESTAMP";
        break;
      default:
        ddl = name;
        break;
    }
    try {
      return Ddl.parseType(ddl);
    } catch (IllegalArgumentException e) {
      throw source.error(
          "Unsupported data type \"" + spec.getTypeName() + "\"",
          source.originalOffset(spec.getParserPosition()),
          e);
    }
  }
}
