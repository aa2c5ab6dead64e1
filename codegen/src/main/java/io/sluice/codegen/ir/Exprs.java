package io.sluice.codegen.ir;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.function.FunctionRegistry;
import io.sluice.codegen.errors.SluiceThrowable;
import io.sluice.codegen.runtime.AnsiCasts;
import io.sluice.codegen.runtime.Casts;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.DataType.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typed constructors of the IR that apply Spark's implicit type coercion (ANSI mode off) and
 * reject what Spark rejects, with Spark-like messages. The analyzer builds every expression
 * through these; the IR constructors themselves check nothing.
 */
public final class Exprs {

  private Exprs() {}

  // ---------------------------------------------------------------- leaves

  public static Expr column(int ordinal, String name, DataType type, boolean nullable) {
    return new ColumnRef(ordinal, name, type, nullable);
  }

  public static Literal literal(Object internalValue, DataType type) {
    return new Literal(internalValue, type);
  }

  /** A literal of a plain Java value, with the type Spark's {@code lit} would give it. */
  public static Literal literalOf(Object v) {
    if (v == null) {
      return Literal.nullOf(DataType.NULL);
    }
    if (v instanceof Integer) {
      return new Literal(v, DataType.INT);
    }
    if (v instanceof Long) {
      return new Literal(v, DataType.BIGINT);
    }
    if (v instanceof Short) {
      return new Literal(v, DataType.SMALLINT);
    }
    if (v instanceof Byte) {
      return new Literal(v, DataType.TINYINT);
    }
    if (v instanceof Float) {
      return new Literal(v, DataType.FLOAT);
    }
    if (v instanceof Double) {
      return new Literal(v, DataType.DOUBLE);
    }
    if (v instanceof String) {
      return new Literal(v, DataType.STRING);
    }
    if (v instanceof Boolean) {
      return new Literal(v, DataType.BOOLEAN);
    }
    if (v instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) v;
      if (d.scale() < 0) {
        d = d.setScale(0);
      }
      int precision = Math.max(d.precision(), d.scale());
      if (precision > DataType.MAX_DECIMAL_PRECISION) {
        throw new TypeCheckException(
            "decimal literal " + d.toPlainString() + " has more than 38 digits");
      }
      return new Literal(d, DataType.decimal(Math.max(precision, 1), d.scale()));
    }
    if (v instanceof byte[]) {
      return new Literal(((byte[]) v).clone(), DataType.BINARY);
    }
    if (v instanceof java.sql.Date) {
      return new Literal((int) ((java.sql.Date) v).toLocalDate().toEpochDay(), DataType.DATE);
    }
    if (v instanceof LocalDate) {
      return new Literal((int) ((LocalDate) v).toEpochDay(), DataType.DATE);
    }
    if (v instanceof java.sql.Timestamp) {
      return new Literal(micros(((java.sql.Timestamp) v).toInstant()), DataType.TIMESTAMP);
    }
    if (v instanceof Instant) {
      return new Literal(micros((Instant) v), DataType.TIMESTAMP);
    }
    if (v instanceof LocalDateTime) {
      return new Literal(
          micros(((LocalDateTime) v).toInstant(ZoneOffset.UTC)), DataType.TIMESTAMP);
    }
    throw new TypeCheckException(
        "Unsupported literal type " + v.getClass().getName() + " " + v);
  }

  private static long micros(Instant i) {
    return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1000);
  }

  // ---------------------------------------------------------------- arithmetic

  public static Expr arithmetic(Arithmetic.Op op, Expr left, Expr right) {
    return arithmetic(op, left, right, true, false);
  }

  /**
   * {@code left op right} with Spark's coercion; {@code decimalPrecisionLoss} is {@code
   * spark.sql.decimalOperations.allowPrecisionLoss} (see {@link DecimalTypes#arithmetic}), {@code
   * ansi} picks how a string operand is cast ({@link #stringOperand}).
   */
  public static Expr arithmetic(
      Arithmetic.Op op, Expr left, Expr right, boolean decimalPrecisionLoss, boolean ansi) {
    String sql = "(" + ExprSql.of(left) + " " + op.symbol + " " + ExprSql.of(right) + ")";
    Expr l = stringOrNullToNumber(left, right, ansi);
    Expr r = stringOrNullToNumber(right, left, ansi);
    DataType lt = l.type();
    DataType rt = r.type();
    if (!lt.isNumeric() || !rt.isNumeric()) {
      Expr dated = dateArithmetic(op, left, right, l, r, decimalPrecisionLoss, ansi);
      if (dated != null) {
        return dated;
      }
      throw operandMismatch(op, sql, left, right, l, r);
    }
    boolean decimal = lt.kind() == Kind.DECIMAL || rt.kind() == Kind.DECIMAL;
    boolean floating = isFloating(lt) || isFloating(rt);
    if (decimal && !floating) {
      DataType ld = decimalOperand(l, rt);
      DataType rd = decimalOperand(r, lt);
      return new Arithmetic(op, coerce(l, ld), coerce(r, rd),
          DecimalTypes.arithmetic(op, ld, rd, decimalPrecisionLoss));
    }
    DataType t = op == Arithmetic.Op.DIVIDE ? DataType.DOUBLE : numericWider(lt, rt);
    return new Arithmetic(op, coerce(l, t), coerce(r, t), t);
  }

  /**
   * {@code date + n}, {@code n + date} and {@code date - n} as Spark's DateTimeOperations rewrite
   * them: {@code date_add(date, n)} and {@code date_sub(date, n)}, whose check of {@code n} (INT,
   * SMALLINT or TINYINT) then gives Spark's error for {@code date + 1.5}. Null when neither side
   * is a DATE, or for {@code date - date} (an interval in Spark, which Sluice does not have).
   */
  private static Expr dateArithmetic(
      Arithmetic.Op op, Expr left, Expr right, Expr l, Expr r, boolean decimalPrecisionLoss,
      boolean ansi) {
    boolean leftDate = l.type().kind() == Kind.DATE;
    boolean rightDate = r.type().kind() == Kind.DATE;
    String function;
    Expr date;
    Expr days;
    if (op == Arithmetic.Op.ADD && (leftDate || rightDate)) {
      function = "date_add";
      date = leftDate ? l : r;
      days = leftDate ? dayCount(right, r) : dayCount(left, l);
    } else if (op == Arithmetic.Op.SUBTRACT && leftDate && !rightDate
        && r.type().kind() != Kind.TIMESTAMP) {
      function = "date_sub";
      date = l;
      days = dayCount(right, r);
    } else {
      return null;
    }
    EvalOptions options =
        EvalOptions.of(ansi, ZoneOffset.UTC).withDecimalPrecisionLoss(decimalPrecisionLoss);
    return FunctionRegistry.resolve(function, List.of(date, days), options);
  }

  /** The day count of date arithmetic: an untyped NULL stays a NULL (of INT), else the operand. */
  private static Expr dayCount(Expr original, Expr coerced) {
    return original.type().kind() == Kind.NULL ? new Literal(null, DataType.INT) : coerced;
  }

  /**
   * Operands that are no numbers, as Spark's {@code BinaryArithmetic.checkInputDataTypes} reports
   * them: operands of different types are {@code BINARY_OP_DIFF_TYPES}, of one type that the
   * operator does not take {@code BINARY_OP_WRONG_TYPE}; {@code timestamp - 'string'} is Spark's
   * timestamp subtraction with a string operand ({@code UNEXPECTED_INPUT_TYPE}).
   */
  private static TypeCheckException operandMismatch(
      Arithmetic.Op op, String sql, Expr left, Expr right, Expr l, Expr r) {
    Kind lk = left.type().kind();
    Kind rk = right.type().kind();
    if (op == Arithmetic.Op.SUBTRACT
        && ((lk == Kind.TIMESTAMP && rk == Kind.STRING) || (lk == Kind.STRING && rk == Kind.TIMESTAMP))) {
      Expr string = rk == Kind.STRING ? right : left;
      return TypeCheckException.datatypeMismatch("UNEXPECTED_INPUT_TYPE", sql,
          "The " + (rk == Kind.STRING ? "second" : "first") + " parameter requires the \"(TIMESTAMP"
              + " OR TIMESTAMP WITHOUT TIME ZONE)\" type, however \"" + ExprSql.of(string)
              + "\" has the type \"STRING\".");
    }
    if (!l.type().equals(r.type())) {
      return TypeCheckException.datatypeMismatch("BINARY_OP_DIFF_TYPES", sql,
          "the left and right operands of the binary operator have incompatible types (\""
              + l.type().sqlName() + "\" and \"" + r.type().sqlName() + "\").");
    }
    String accepted;
    switch (op) {
      case ADD:
      case SUBTRACT:
        accepted = "(\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\" or"
            + " \"INTERVAL\")";
        break;
      case DIVIDE:
        accepted = "(\"DOUBLE\" or \"DECIMAL\")";
        break;
      default:
        accepted = "\"NUMERIC\"";
    }
    return TypeCheckException.datatypeMismatch("BINARY_OP_WRONG_TYPE", sql,
        "the binary operator requires the input type " + accepted + ", not \""
            + l.type().sqlName() + "\".");
  }

  /**
   * The decimal an operand of decimal arithmetic becomes. An integral literal next to a decimal
   * takes only the digits it has ({@code 70} is DECIMAL(2,0), not the INT's DECIMAL(10,0)), as
   * Spark's DecimalPrecision with {@code spark.sql.legacy.literal.pickMinimumPrecision} (default
   * true): {@code 70.0 / 70} is DECIMAL(8,6), not DECIMAL(16,12).
   */
  public static DataType decimalOperand(Expr e, DataType other) {
    DataType t = e.type();
    if (e instanceof Literal && t.isIntegral() && other.kind() == Kind.DECIMAL
        && ((Literal) e).value() != null) {
      return DecimalTypes.ofLiteral(((Number) ((Literal) e).value()).longValue());
    }
    return DecimalTypes.ofIntegral(t);
  }

  /**
   * A string operand is cast to a number ({@link #stringOperand}); a NULL literal takes the other
   * type.
   */
  private static Expr stringOrNullToNumber(Expr e, Expr other, boolean ansi) {
    Kind k = e.type().kind();
    if (k == Kind.STRING) {
      return coerce(e, ansi ? stringOperand(other.type()) : DataType.DOUBLE);
    }
    if (k == Kind.NULL) {
      Kind o = other.type().kind();
      return coerce(e, o == Kind.NULL || o == Kind.STRING || !other.type().isNumeric()
          ? DataType.DOUBLE
          : other.type());
    }
    return e;
  }

  private static boolean isFloating(DataType t) {
    return t.kind() == Kind.FLOAT || t.kind() == Kind.DOUBLE;
  }

  public static Expr negate(Expr e) {
    Expr c = e.type().kind() == Kind.STRING || e.type().kind() == Kind.NULL
        ? coerce(e, DataType.DOUBLE)
        : e;
    if (!c.type().isNumeric()) {
      String sql = "(- " + ExprSql.of(e) + ")";
      throw TypeCheckException.mismatch(
          sql,
          "argument 1 requires numeric type, however, '"
              + ExprSql.of(e)
              + "' is of "
              + e.type().simpleString()
              + " type.");
    }
    return new Negate(c);
  }

  // ---------------------------------------------------------------- comparison and logic

  public static Expr comparison(Comparison.Op op, Expr left, Expr right) {
    return comparison(op, left, right, false);
  }

  /** {@code left op right}; with {@code ansi} a string meets a number as {@link #stringOperand}. */
  public static Expr comparison(Comparison.Op op, Expr left, Expr right, boolean ansi) {
    DataType t = ansi ? ansiComparisonType(left.type(), right.type())
        : comparisonType(left.type(), right.type());
    if (t == null) {
      String sql = "(" + ExprSql.of(left) + " " + op.symbol + " " + ExprSql.of(right) + ")";
      throw TypeCheckException.datatypeMismatch("BINARY_OP_DIFF_TYPES", sql,
          "the left and right operands of the binary operator have incompatible types (\""
              + left.type().sqlName() + "\" and \"" + right.type().sqlName() + "\").");
    }
    return new Comparison(op, coerce(left, t), coerce(right, t));
  }

  /** Spark's findCommonTypeForBinaryComparison (non-ANSI), null if the two do not compare. */
  static DataType comparisonType(DataType a, DataType b) {
    if (a.equals(b)) {
      return a;
    }
    Kind ka = a.kind();
    Kind kb = b.kind();
    if (ka == Kind.STRING && kb != Kind.NULL) {
      return stringComparedWith(b);
    }
    if (kb == Kind.STRING && ka != Kind.NULL) {
      return stringComparedWith(a);
    }
    return commonType(a, b);
  }

  /**
   * Spark's AnsiTypeCoercion ({@code findWiderTypeForString}): a string next to an integral type
   * is read as BIGINT, next to a fractional one (float, double, decimal) as DOUBLE, so {@code
   * 2 > '1.0'} fails to cast '1.0' to BIGINT and {@code '1' + 1} is a BIGINT; any other type
   * (numeric or not) is kept.
   */
  static DataType stringOperand(DataType other) {
    if (other.isIntegral()) {
      return DataType.BIGINT;
    }
    if (other.isNumeric() || other.kind() == Kind.STRING || other.kind() == Kind.NULL) {
      return DataType.DOUBLE;
    }
    return other;
  }

  private static DataType ansiComparisonType(DataType a, DataType b) {
    Kind ka = a.kind();
    Kind kb = b.kind();
    if (ka == Kind.STRING && kb != Kind.STRING && kb != Kind.NULL && b.isNumeric()) {
      return stringOperand(b);
    }
    if (kb == Kind.STRING && ka != Kind.STRING && ka != Kind.NULL && a.isNumeric()) {
      return stringOperand(a);
    }
    return comparisonType(a, b);
  }

  private static DataType stringComparedWith(DataType other) {
    // Spark: no decimal can hold every string, so both sides compare as double.
    return other.kind() == Kind.DECIMAL ? DataType.DOUBLE : other;
  }

  public static Expr and(Expr l, Expr r) {
    String sql = "(" + ExprSql.of(l) + " AND " + ExprSql.of(r) + ")";
    return new And(requireBoolean(sql, 1, l), requireBoolean(sql, 2, r));
  }

  public static Expr or(Expr l, Expr r) {
    String sql = "(" + ExprSql.of(l) + " OR " + ExprSql.of(r) + ")";
    return new Or(requireBoolean(sql, 1, l), requireBoolean(sql, 2, r));
  }

  public static Expr not(Expr e) {
    return new Not(requireBoolean("(NOT " + ExprSql.of(e) + ")", 1, e));
  }

  private static Expr requireBoolean(String sql, int position, Expr e) {
    Kind k = e.type().kind();
    if (k == Kind.BOOLEAN) {
      return e;
    }
    if (k == Kind.NULL) {
      return coerce(e, DataType.BOOLEAN);
    }
    throw TypeCheckException.mismatch(
        sql,
        "argument "
            + position
            + " requires boolean type, however, '"
            + ExprSql.of(e)
            + "' is of "
            + e.type().simpleString()
            + " type.");
  }

  public static Expr isNull(Expr e) {
    return new IsNull(e, false);
  }

  public static Expr isNotNull(Expr e) {
    return new IsNull(e, true);
  }

  // ---------------------------------------------------------------- casts, CASE, IN

  /** {@code CAST(e AS target)}, its type check reported as Spark reports it with ANSI on. */
  public static Expr cast(Expr e, DataType target) {
    return cast(e, target, true);
  }

  /** {@code CAST(e AS target)}; {@code ansi} picks the error Spark gives for a cast it refuses. */
  public static Expr cast(Expr e, DataType target, boolean ansi) {
    if (!Casts.canCast(e.type(), target)) {
      throw castMismatch("CAST", e, target, ansi);
    }
    if (e.type().equals(target)) {
      return e;
    }
    return new Cast(e, target);
  }

  /**
   * A cast Sluice cannot do, as Spark's {@code Cast.typeCheckFailureMessage} words it: between DATE
   * and numbers it names the functions that convert ({@code CAST_WITH_FUNC_SUGGESTION}); a cast
   * that only ANSI mode forbids ({@code INT} to {@code BINARY}, {@code DATE} to {@code BOOLEAN})
   * names the setting ({@code CAST_WITH_CONF_SUGGESTION}); any other is {@code
   * CAST_WITHOUT_SUGGESTION}. With ANSI off Spark does the casts of the middle group (and DATE to
   * a number) and Sluice does not, so those say so instead.
   */
  private static TypeCheckException castMismatch(
      String keyword, Expr e, DataType target, boolean ansi) {
    DataType from = e.type();
    String sql = keyword + "(" + ExprSql.of(e) + " AS " + target.sqlName() + ")";
    String src = "\"" + from.sqlName() + "\"";
    String to = "\"" + target.sqlName() + "\"";
    boolean dateToNumber = from.kind() == Kind.DATE && target.isNumeric();
    boolean onlyAnsiRefuses =
        (from.isIntegral() && target.kind() == Kind.BINARY)
            || (from.kind() == Kind.DATE && target.kind() == Kind.BOOLEAN);
    if (!ansi && (dateToNumber || onlyAnsiRefuses)) {
      return TypeCheckException.mismatch(
          sql, "cannot cast " + from.simpleString() + " to " + target.simpleString()
              + ": Spark casts it with ANSI mode off, Sluice does not support it");
    }
    String cannot = "cannot cast " + src + " to " + to;
    if (dateToNumber || (from.isNumeric() && target.kind() == Kind.DATE)) {
      String function = dateToNumber ? "`UNIX_DATE`" : "`DATE_FROM_UNIX_DATE`";
      return TypeCheckException.datatypeMismatch("CAST_WITH_FUNC_SUGGESTION", sql,
          cannot + ". To convert values from " + src + " to " + to + ", you can use the functions "
              + function + " instead.");
    }
    if (onlyAnsiRefuses) {
      return TypeCheckException.datatypeMismatch("CAST_WITH_CONF_SUGGESTION", sql,
          cannot + " with ANSI mode on. If you have to cast " + src + " to " + to
              + ", you can set \"spark.sql.ansi.enabled\" as 'false'.");
    }
    return TypeCheckException.datatypeMismatch("CAST_WITHOUT_SUGGESTION", sql, cannot + ".");
  }

  /** {@code try_cast(e AS target)}: null where the cast fails, with ANSI on or off. */
  public static Expr tryCast(Expr e, DataType target) {
    if (!Casts.canCast(e.type(), target)) {
      throw castMismatch("TRY_CAST", e, target, true);
    }
    if (e.type().equals(target)) {
      return e;
    }
    return new Cast(e, target, EvalMode.TRY);
  }

  /**
   * {@code e} as {@code to}: itself when the types match, a folded literal for literals, else a
   * {@link Cast}. For coercions this module decided on; the caller has checked they are legal.
   */
  public static Expr coerce(Expr e, DataType to) {
    if (e.type().equals(to)) {
      return e;
    }
    if (e instanceof Literal) {
      Object v = ((Literal) e).value();
      if (v == null) {
        return new Literal(null, to);
      }
      // Folded only where ANSI and legacy agree and no time zone is involved; else the kernel
      // casts, so that 'abc' + 1 fails with ANSI on and is null with it off.
      // A timestamp's date or text, and a date's midnight, depend on the session time zone.
      boolean zoned = e.type().kind() == Kind.TIMESTAMP
          || (e.type().kind() == Kind.DATE && to.kind() == Kind.TIMESTAMP);
      if (e.type().kind() != Kind.STRING && !zoned) {
        return new Literal(Casts.cast(v, e.type(), to), to);
      }
      if (to.kind() != Kind.TIMESTAMP) {
        try {
          return new Literal(AnsiCasts.cast(v, e.type(), to, ZoneOffset.UTC), to);
        } catch (RuntimeException ex) {
          if (!(ex instanceof SluiceThrowable)) {
            throw ex;
          }
        }
      }
    }
    return new Cast(e, to);
  }

  public static Expr caseWhen(List<Expr> conditions, List<Expr> values, Expr otherwiseOrNull) {
    if (conditions.isEmpty() || conditions.size() != values.size()) {
      throw new TypeCheckException("CASE needs at least one WHEN and a THEN for every WHEN");
    }
    String sql = caseSql(conditions, values, otherwiseOrNull);
    List<Expr> conds = new ArrayList<>(conditions.size());
    for (int i = 0; i < conditions.size(); i++) {
      Expr c = conditions.get(i);
      Kind k = c.type().kind();
      if (k != Kind.BOOLEAN && k != Kind.NULL) {
        throw TypeCheckException.mismatch(
            sql,
            "WHEN expressions in CaseWhen should all be boolean type, but the "
                + ordinal(i + 1)
                + " when expression's type is "
                + c.type().simpleString());
      }
      conds.add(coerce(c, DataType.BOOLEAN));
    }
    List<Expr> branches = new ArrayList<>(values);
    if (otherwiseOrNull != null) {
      branches.add(otherwiseOrNull);
    }
    DataType t = commonTypeOf(branches);
    if (t == null) {
      throw TypeCheckException.mismatch(
          sql,
          "THEN and ELSE expressions should all be same type or coercible to a common type, got "
              + typeList(branches));
    }
    List<Expr> vals = new ArrayList<>(values.size());
    for (Expr v : values) {
      vals.add(coerce(v, t));
    }
    Expr otherwise = otherwiseOrNull == null ? null : coerce(otherwiseOrNull, t);
    return new CaseWhen(conds, vals, otherwise, t);
  }

  private static String caseSql(List<Expr> conditions, List<Expr> values, Expr otherwise) {
    StringBuilder s = new StringBuilder("CASE");
    for (int i = 0; i < conditions.size() && i < values.size(); i++) {
      s.append(" WHEN ").append(ExprSql.of(conditions.get(i)));
      s.append(" THEN ").append(ExprSql.of(values.get(i)));
    }
    if (otherwise != null) {
      s.append(" ELSE ").append(ExprSql.of(otherwise));
    }
    return s.append(" END").toString();
  }

  private static String ordinal(int n) {
    return n == 1 ? "1st" : n == 2 ? "2nd" : n == 3 ? "3rd" : n + "th";
  }

  public static Expr in(Expr e, List<Expr> values) {
    if (values.isEmpty()) {
      throw new TypeCheckException("IN needs at least one value: " + ExprSql.of(e) + " IN ()");
    }
    List<Expr> all = new ArrayList<>(values.size() + 1);
    all.add(e);
    all.addAll(values);
    DataType t = commonTypeOf(all);
    if (t == null) {
      String sql = ExprSql.of(new In(e, values));
      throw TypeCheckException.mismatch(
          sql, "Arguments must be same type but were: " + typeList(all));
    }
    List<Expr> list = new ArrayList<>(values.size());
    for (Expr v : values) {
      list.add(coerce(v, t));
    }
    return new In(coerce(e, t), list);
  }

  private static String typeList(List<Expr> es) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < es.size(); i++) {
      s.append(i == 0 ? "" : " != ").append(es.get(i).type().simpleString());
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- functions

  /** A built-in scalar function, case-insensitive; see {@link FunctionRegistry}. */
  public static Expr call(String functionName, List<Expr> args) {
    return FunctionRegistry.resolve(functionName, args);
  }

  /** A built-in scalar function whose arguments are coerced under the session's {@code options}. */
  public static Expr call(String functionName, List<Expr> args, EvalOptions options) {
    return FunctionRegistry.resolve(functionName, args, options);
  }

  public static boolean isAggregateFunction(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "count":
      case "sum":
      case "avg":
      case "mean":
      case "min":
      case "max":
      case "try_sum":
      case "try_avg":
        return true;
      default:
        return false;
    }
  }

  public static AggregateCall aggregate(String functionName, Expr argumentOrNull, boolean distinct) {
    String name = functionName.toLowerCase(Locale.ROOT);
    Expr arg = argumentOrNull;
    String sql = name + "(" + (distinct ? "DISTINCT " : "")
        + (arg == null ? "*" : ExprSql.of(arg)) + ")";
    if (!isAggregateFunction(name)) {
      throw new TypeCheckException(
          "[UNRESOLVED_ROUTINE] Cannot resolve routine `" + functionName + "` on search path"
              + " [`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`].");
    }
    if (arg == null && !name.equals("count")) {
      throw new TypeCheckException("cannot resolve '" + sql + "': " + name + " needs an argument");
    }
    switch (name) {
      case "count":
        return arg == null
            ? new AggregateCall(AggregateCall.Function.COUNT_STAR, null, false, DataType.BIGINT)
            : new AggregateCall(AggregateCall.Function.COUNT, arg, distinct, DataType.BIGINT);
      case "sum":
      case "avg":
      case "mean":
      case "try_sum":
      case "try_avg":
        {
          // try_sum / try_avg: Spark's Sum and Average in EvalMode.TRY, the same types.
          EvalMode mode = name.startsWith("try_") ? EvalMode.TRY : EvalMode.DEFAULT;
          Kind k = arg.type().kind();
          if (k == Kind.STRING || k == Kind.NULL) {
            arg = coerce(arg, DataType.DOUBLE);
          }
          DataType t = arg.type();
          if (!t.isNumeric()) {
            throw TypeCheckException.mismatch(
                sql,
                "function " + name + " requires numeric types, not " + t.simpleString());
          }
          if (name.endsWith("sum")) {
            DataType r = t.isIntegral()
                ? DataType.BIGINT
                : t.kind() == Kind.DECIMAL ? DecimalTypes.sum(t) : DataType.DOUBLE;
            return new AggregateCall(AggregateCall.Function.SUM, arg, distinct, r, mode);
          }
          DataType r = t.kind() == Kind.DECIMAL ? DecimalTypes.avg(t) : DataType.DOUBLE;
          return new AggregateCall(AggregateCall.Function.AVG, arg, distinct, r, mode);
        }
      case "min":
      case "max":
        return new AggregateCall(
            name.equals("min") ? AggregateCall.Function.MIN : AggregateCall.Function.MAX,
            arg,
            distinct,
            arg.type());
      default:
        throw new AssertionError(name);
    }
  }

  // ---------------------------------------------------------------- widening

  /**
   * Spark's findWiderTypeForTwo: numeric widening (decimals by their digits, decimal with
   * float/double gives double), NULL to anything, DATE with TIMESTAMP gives TIMESTAMP, and a
   * STRING with any atomic type but BINARY and BOOLEAN gives STRING. Null when there is none.
   */
  public static DataType commonType(DataType a, DataType b) {
    if (a.equals(b)) {
      return a;
    }
    Kind ka = a.kind();
    Kind kb = b.kind();
    if (ka == Kind.NULL) {
      return b;
    }
    if (kb == Kind.NULL) {
      return a;
    }
    if (a.isNumeric() && b.isNumeric()) {
      return numericWider(a, b);
    }
    if ((ka == Kind.DATE && kb == Kind.TIMESTAMP) || (ka == Kind.TIMESTAMP && kb == Kind.DATE)) {
      return DataType.TIMESTAMP;
    }
    if (ka == Kind.STRING && kb != Kind.BINARY && kb != Kind.BOOLEAN) {
      return DataType.STRING;
    }
    if (kb == Kind.STRING && ka != Kind.BINARY && ka != Kind.BOOLEAN) {
      return DataType.STRING;
    }
    return null;
  }

  /**
   * {@link #commonType(DataType, DataType)} with {@code ansi} off; with it on, Spark's {@code
   * AnsiTypeCoercion.findWiderTypeForTwo}: an integral type with FLOAT is DOUBLE, and a STRING is
   * cast to the other side's type instead of the other way round (next to an integral type to
   * BIGINT, next to FLOAT/DOUBLE/DECIMAL to DOUBLE, next to DATE/TIMESTAMP/BOOLEAN/BINARY to it),
   * so {@code SELECT 1.0BD UNION SELECT 'foo'} casts {@code 'foo'} to DOUBLE and fails, as in Spark.
   */
  public static DataType commonType(DataType a, DataType b, boolean ansi) {
    if (!ansi || a.equals(b)) {
      return commonType(a, b);
    }
    Kind ka = a.kind();
    Kind kb = b.kind();
    if (ka == Kind.NULL || kb == Kind.NULL) {
      return commonType(a, b);
    }
    if (a.isNumeric() && b.isNumeric()) {
      boolean integralWithFloat =
          (ka == Kind.FLOAT && b.isIntegral()) || (kb == Kind.FLOAT && a.isIntegral());
      return integralWithFloat ? DataType.DOUBLE : numericWider(a, b);
    }
    if (ka == Kind.STRING) {
      return ansiStringPromotion(b);
    }
    if (kb == Kind.STRING) {
      return ansiStringPromotion(a);
    }
    return commonType(a, b);
  }

  /** The type a STRING widens to next to {@code other} under ANSI ({@code findWiderTypeForString}). */
  private static DataType ansiStringPromotion(DataType other) {
    if (other.isIntegral()) {
      return DataType.BIGINT;
    }
    if (other.isNumeric()) {
      return DataType.DOUBLE;
    }
    switch (other.kind()) {
      case DATE:
      case TIMESTAMP:
      case BOOLEAN:
      case BINARY:
        return other;
      default:
        return null;
    }
  }

  /** Common type of every expression's type, or null. */
  public static DataType commonTypeOf(List<Expr> es) {
    DataType t = DataType.NULL;
    for (Expr e : es) {
      t = commonType(t, e.type());
      if (t == null) {
        return null;
      }
    }
    return t;
  }

  private static DataType numericWider(DataType a, DataType b) {
    if (a.equals(b)) {
      return a;
    }
    if (a.kind() == Kind.DECIMAL || b.kind() == Kind.DECIMAL) {
      if (isFloating(a) || isFloating(b)) {
        return DataType.DOUBLE;
      }
      return DecimalTypes.wider(DecimalTypes.ofIntegral(a), DecimalTypes.ofIntegral(b));
    }
    return a.kind().ordinal() >= b.kind().ordinal() ? a : b;
  }
}
