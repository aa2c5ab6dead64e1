package io.sluice.codegen.function;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.ir.Arithmetic;
import io.sluice.codegen.ir.Call;
import io.sluice.codegen.ir.Cast;
import io.sluice.codegen.ir.Comparison;
import io.sluice.codegen.ir.EvalMode;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.codegen.ir.Literal;
import io.sluice.codegen.ir.TypeCheckException;
import io.sluice.codegen.runtime.Casts;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.DataType.Kind;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in scalar functions. Each resolves its arguments (implicit casts as Spark inserts
 * them), its result type, and binds to one public static Java method in {@link StringFunctions},
 * {@link MathFunctions}, {@link DateFunctions} or {@link Casts}: the interpreter invokes that
 * method reflectively and generated code calls it directly, so the two cannot diverge.
 *
 * <p>{@code coalesce}, {@code nvl}, {@code ifnull}, {@code nvl2} and {@code nullif} resolve to
 * {@code CASE} expressions; {@code current_date}, {@code current_timestamp}, {@code now} and
 * {@code unix_timestamp()} to literals of the time the query was analysed. {@code greatest} and
 * {@code least} are {@link Binding#special} calls that both evaluators implement directly.
 */
public final class FunctionRegistry {

  /** How a resolved call runs. */
  public static final class Binding {
    /** The Java method; null for special functions. */
    public final Method method;
    /** Null if any argument is null, the method never sees a null. */
    public final boolean strict;
    /** Arguments from this index on are passed as one {@code String[]}; -1 for none. */
    public final int varargsFrom;
    /** {@code greatest} or {@code least}, evaluated by the evaluator itself; else null. */
    public final String special;
    /**
     * The method with ANSI mode on where it differs ({@code abs} overflow, {@code pmod} by zero
     * raise Spark's errors); null when {@link #method} serves both.
     */
    public final Method ansiMethod;
    /**
     * The method takes the session time zone ({@link java.time.ZoneId}) after the call's
     * arguments: datetime functions that read or print wall-clock times.
     */
    public final boolean zoned;

    Binding(Method method, boolean strict, int varargsFrom, String special) {
      this(method, strict, varargsFrom, special, null);
    }

    Binding(Method method, boolean strict, int varargsFrom, String special, Method ansiMethod) {
      this(method, strict, varargsFrom, special, ansiMethod, false);
    }

    Binding(Method method, boolean strict, int varargsFrom, String special, Method ansiMethod, boolean zoned) {
      this.method = method;
      this.strict = strict;
      this.varargsFrom = varargsFrom;
      this.special = special;
      this.ansiMethod = ansiMethod;
      this.zoned = zoned;
    }

    /** The method to call with ANSI mode {@code ansi}. */
    public Method method(boolean ansi) {
      return ansi && ansiMethod != null ? ansiMethod : method;
    }

    /** Whether the method may return null for non-null arguments (it returns a boxed or reference type that can). */
    public boolean mayReturnNull() {
      return method != null && !method.getReturnType().isPrimitive();
    }
  }

  /** A resolution: coerced arguments, the call's type, how it runs, and an optional cast of the result. */
  private static final class Resolution {
    final List<Expr> args;
    final DataType type;
    final Binding binding;
    final boolean resultMayBeNull;
    final DataType castResultTo;

    Resolution(List<Expr> args, DataType type, Binding binding, boolean resultMayBeNull, DataType castResultTo) {
      this.args = args;
      this.type = type;
      this.binding = binding;
      this.resultMayBeNull = resultMayBeNull;
      this.castResultTo = castResultTo;
    }
  }

  @FunctionalInterface
  private interface Resolver {
    /** Either a {@link Resolution} or a complete rewritten {@link Expr}. */
    Object resolve(String name, List<Expr> args, CallSite at);
  }

  /** The typing of callers that pass no options: strings meet numbers as with ANSI off. */
  private static final EvalOptions LEGACY_TYPING = EvalOptions.LEGACY;

  private static final Binding GREATEST = new Binding(null, false, -1, "greatest");
  private static final Binding LEAST = new Binding(null, false, -1, "least");
  private static final Map<String, Resolver> FUNCTIONS = new HashMap<>();
  private static final ConcurrentHashMap<String, Binding> BINDINGS = new ConcurrentHashMap<>();

  private FunctionRegistry() {}

  /**
   * The instant of the query being analysed on this thread, so that every {@code
   * current_timestamp()} in one query is the same value (Spark computes it once per query); null
   * outside {@link #atQueryTime}. A thread-local because calls are resolved deep inside the
   * analyser, which runs a query's analysis on one thread.
   */
  private static final ThreadLocal<Instant> QUERY_TIME = new ThreadLocal<>();

  /** Runs {@code analysis} with {@code now} as the current time of every call it resolves. */
  public static <T> T atQueryTime(Instant now, java.util.function.Supplier<T> analysis) {
    Instant outer = QUERY_TIME.get();
    QUERY_TIME.set(now);
    try {
      return analysis.get();
    } finally {
      if (outer == null) {
        QUERY_TIME.remove();
      } else {
        QUERY_TIME.set(outer);
      }
    }
  }

  /**
   * Resolves a call at the current query's time ({@link #atQueryTime}), else now, with the legacy
   * (ANSI off) coercion of string arguments; the engine passes the session's options instead.
   */
  public static Expr resolve(String functionName, List<Expr> args) {
    return resolve(functionName, args, LEGACY_TYPING);
  }

  /** Resolves a call at the current query's time ({@link #atQueryTime}), else now, under {@code options}. */
  public static Expr resolve(String functionName, List<Expr> args, EvalOptions options) {
    Instant queryTime = QUERY_TIME.get();
    return resolve(functionName, args, new CallSite(queryTime != null ? queryTime : Instant.now(), options));
  }

  public static Expr resolve(String functionName, List<Expr> args, Instant now) {
    return resolve(functionName, args, new CallSite(now, LEGACY_TYPING));
  }

  public static Expr resolve(String functionName, List<Expr> args, CallSite at) {
    String name = functionName.toLowerCase(Locale.ROOT);
    Resolver r = FUNCTIONS.get(name);
    if (r == null) {
      if (Exprs.isAggregateFunction(name)) {
        throw new TypeCheckException(
            "aggregate function '" + name + "' is not allowed in a scalar expression here");
      }
      throw new TypeCheckException(
          "[UNRESOLVED_ROUTINE] Cannot resolve routine `" + functionName + "` on search path"
              + " [`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`].");
    }
    Object o = r.resolve(name, args, at);
    if (o instanceof Expr) {
      return (Expr) o;
    }
    Resolution res = (Resolution) o;
    boolean nullable = res.resultMayBeNull;
    if (res.binding.strict || res.binding.special != null) {
      for (Expr a : res.args) {
        nullable |= a.nullable();
      }
    } else {
      nullable = true;
    }
    Expr call = new Call(name, res.args, res.type, nullable);
    return res.castResultTo == null ? call : Exprs.coerce(call, res.castResultTo);
  }

  /** How a resolved {@link Call} runs. */
  public static Binding bind(Call call) {
    if (call.function().equals("greatest") || call.function().equals("least")) {
      return call.function().equals("greatest") ? GREATEST : LEAST;
    }
    StringBuilder key = new StringBuilder(call.function());
    for (Expr a : call.args()) {
      key.append(',').append(a.type());
    }
    return BINDINGS.computeIfAbsent(
        key.toString(),
        k -> {
          Object o =
              FUNCTIONS.get(call.function())
                  .resolve(call.function(), call.args(), new CallSite(Instant.EPOCH, EvalOptions.DEFAULT));
          if (!(o instanceof Resolution)) {
            throw new IllegalStateException("not a direct call: " + call);
          }
          return ((Resolution) o).binding;
        });
  }

  public static boolean isFunction(String name) {
    return FUNCTIONS.containsKey(name.toLowerCase(Locale.ROOT));
  }

  // ---------------------------------------------------------------- registration

  private static void register(Resolver r, String... names) {
    for (String n : names) {
      FUNCTIONS.put(n, r);
    }
  }

  /** A fixed signature: arguments are implicitly cast to {@code params}; trailing ones may default. */
  private static Resolver fixed(
      Class<?> owner, String method, DataType result, boolean resultMayBeNull, DataType[] params, Object... defaults) {
    Binding binding = new Binding(find(owner, method, params, false), true, -1, null);
    return (name, args, at) -> {
      int required = params.length - defaults.length;
      checkArity(name, args, required, params.length);
      List<Expr> coerced = new ArrayList<>(params.length);
      for (int i = 0; i < params.length; i++) {
        Expr a = i < args.size() ? args.get(i) : new Literal(defaults[i - required], params[i]);
        coerced.add(implicit(name, i, a, params[i]));
      }
      return new Resolution(coerced, result, binding, resultMayBeNull, null);
    };
  }

  /**
   * Spark's input types of {@code date_add}/{@code date_sub}: the day count is an INT, SMALLINT
   * or TINYINT (or a string cast to one); a BIGINT, decimal or double is a type error, not narrowed.
   */
  private static Resolver dayCount(Resolver r) {
    return (name, args, at) -> {
      if (args.size() == 2) {
        Kind k = args.get(1).type().kind();
        if (k != Kind.INT && k != Kind.SMALLINT && k != Kind.TINYINT && k != Kind.STRING && k != Kind.NULL) {
          StringBuilder sql = new StringBuilder(name).append('(');
          for (int i = 0; i < args.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(shown(args.get(i)));
          }
          throw new TypeCheckException(
              "[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve \"" + sql + ")\" due to data"
                  + " type mismatch: The second parameter requires the (\"INT\" or \"SMALLINT\" or"
                  + " \"TINYINT\") type, however \"" + shown(args.get(1))
                  + "\" has the type \"" + args.get(1).type().sqlName() + "\".");
        }
        if (k == Kind.STRING && !at.options().ansi() && args.get(1) instanceof Literal) {
          args = List.of(args.get(0), dayCountOfLiteral(name, (Literal) args.get(1)));
        }
      }
      return r.resolve(name, args, at);
    };
  }

  /**
   * A string literal day count with ANSI off, as Spark's {@code TypeCoercion.StringLiteralCoercion}:
   * cast to INT with ANSI rules while the query is analysed, so {@code date_add(d, '1.2')} is an
   * error rather than the null the legacy cast would give. With ANSI on the argument is cast like
   * any other (and a malformed one raises CAST_INVALID_INPUT when the query runs).
   */
  private static Literal dayCountOfLiteral(String name, Literal days) {
    if (days.value() == null) {
      return new Literal(null, I);
    }
    try {
      return new Literal(io.sluice.codegen.runtime.AnsiCasts.stringToInt((String) days.value()), I);
    } catch (RuntimeException malformed) {
      throw new TypeCheckException(
          "[SECOND_FUNCTION_ARGUMENT_NOT_INTEGER] The second argument of " + name
              + " function needs to be an integer.");
    }
  }

  /**
   * Spark's three-argument {@code date_add(unit, n, ts)} and {@code datediff(unit, a, b)}
   * ({@code timestampadd}, {@code timestampdiff}, not supported here) take the unit as a bare
   * word: a quoted one is {@code INVALID_PARAMETER_VALUE.DATETIME_UNIT}, as Spark's parser says.
   */
  private static Resolver quotedUnit(Resolver r) {
    return (name, args, at) -> {
      if (args.size() == 3 && args.get(0) instanceof Literal && args.get(0).type().kind() == Kind.STRING) {
        throw new TypeCheckException(
            "[INVALID_PARAMETER_VALUE.DATETIME_UNIT] The value of parameter(s) `unit` in `" + name
                + "` is invalid: expects one of the units without quotes YEAR, QUARTER, MONTH, WEEK,"
                + " DAY, DAYOFYEAR, HOUR, MINUTE, SECOND, MILLISECOND, MICROSECOND, but got the"
                + " string literal '" + ((Literal) args.get(0)).value() + "'.");
      }
      return r.resolve(name, args, at);
    };
  }

  /** An argument as Spark's messages show it: a string or number literal by its value. */
  private static String shown(Expr e) {
    if (e instanceof Literal && ((Literal) e).value() != null
        && (e.type().isNumeric() || e.type().kind() == Kind.STRING)) {
      return String.valueOf(((Literal) e).value());
    }
    return io.sluice.codegen.ir.ExprSql.of(e);
  }

  /**
   * A fixed signature whose method takes the session time zone last; {@code ansiMethod}, if not
   * null, is the variant that raises Spark's error where the other returns null.
   */
  private static Resolver zoned(
      Class<?> owner, String method, String ansiMethod, DataType result, boolean resultMayBeNull,
      DataType[] params, Object... defaults) {
    Binding binding =
        new Binding(
            findZoned(owner, method, params),
            true,
            -1,
            null,
            ansiMethod == null ? null : findZoned(owner, ansiMethod, params),
            true);
    return (name, args, at) -> {
      int required = params.length - defaults.length;
      checkArity(name, args, required, params.length);
      List<Expr> coerced = new ArrayList<>(params.length);
      for (int i = 0; i < params.length; i++) {
        Expr a = i < args.size() ? args.get(i) : new Literal(defaults[i - required], params[i]);
        coerced.add(implicit(name, i, a, params[i]));
      }
      return new Resolution(coerced, result, binding, resultMayBeNull, null);
    };
  }

  private static Method findZoned(Class<?> owner, String name, DataType[] params) {
    Class<?>[] classes = new Class<?>[params.length + 1];
    for (int i = 0; i < params.length; i++) {
      classes[i] = javaClass(params[i]);
    }
    classes[params.length] = java.time.ZoneId.class;
    try {
      return owner.getMethod(name, classes);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no " + owner.getSimpleName() + "." + name + Arrays.toString(classes), e);
    }
  }

  private static DataType[] t(DataType... types) {
    return types;
  }

  private static Method find(Class<?> owner, String name, DataType[] params, boolean varargs) {
    Class<?>[] classes = new Class<?>[params.length];
    for (int i = 0; i < params.length; i++) {
      classes[i] = varargs && i == params.length - 1 ? String[].class : javaClass(params[i]);
    }
    try {
      Method m = owner.getMethod(name, classes);
      if (!Modifier.isStatic(m.getModifiers())) {
        throw new IllegalStateException(m + " is not static");
      }
      return m;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no " + owner.getSimpleName() + "." + name + Arrays.toString(classes), e);
    }
  }

  /** The Java type a value of {@code t} has in generated code and in function parameters. */
  public static Class<?> javaClass(DataType t) {
    switch (t.kind()) {
      case BOOLEAN:
        return boolean.class;
      case TINYINT:
        return byte.class;
      case SMALLINT:
        return short.class;
      case INT:
      case DATE:
        return int.class;
      case BIGINT:
      case TIMESTAMP:
        return long.class;
      case FLOAT:
        return float.class;
      case DOUBLE:
        return double.class;
      case DECIMAL:
        return BigDecimal.class;
      case STRING:
        return String.class;
      case BINARY:
        return byte[].class;
      default:
        return boolean.class;
    }
  }

  /**
   * Spark's {@code WRONG_NUM_ARGS.WITHOUT_SUGGESTION}: the expected count is {@code 2}, {@code [1,
   * 2]} for a range or {@code > 0} for at least one, as Spark prints them.
   */
  private static void checkArity(String name, List<Expr> args, int min, int max) {
    if (args.size() < min || args.size() > max) {
      String expected;
      if (min == max) {
        expected = String.valueOf(min);
      } else if (max == Integer.MAX_VALUE) {
        expected = "> " + (min - 1);
      } else {
        StringBuilder counts = new StringBuilder("[");
        for (int n = min; n <= max; n++) {
          counts.append(n == min ? "" : ", ").append(n);
        }
        expected = counts.append(']').toString();
      }
      throw new TypeCheckException(
          "[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `" + name + "` requires " + expected
              + " parameters but the actual number is " + args.size() + ". Please, refer to"
              + " 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a fix.");
    }
  }

  /** Spark's ImplicitTypeCasts for a function argument. */
  private static Expr implicit(String name, int index, Expr a, DataType to) {
    DataType from = a.type();
    if (from.equals(to) || (to.kind() == Kind.DECIMAL && from.kind() == Kind.DECIMAL)) {
      return a;
    }
    Kind f = from.kind();
    Kind t = to.kind();
    boolean ok =
        f == Kind.NULL
            || (from.isNumeric() && to.isNumeric())
            || (f == Kind.STRING && (to.isNumeric() || t == Kind.DATE || t == Kind.TIMESTAMP || t == Kind.BINARY))
            || (t == Kind.STRING && f != Kind.BINARY)
            || (f == Kind.DATE && t == Kind.TIMESTAMP)
            || (f == Kind.TIMESTAMP && t == Kind.DATE);
    if (!ok) {
      String sql = io.sluice.codegen.ir.ExprSql.of(a);
      throw new TypeCheckException(
          "cannot resolve '" + name + "(...)' due to data type mismatch: argument " + (index + 1)
              + " requires " + to.simpleString() + " type, however, '" + sql + "' is of "
              + from.simpleString() + " type.");
    }
    return Exprs.coerce(a, to);
  }

  private static TypeCheckException mismatch(String name, List<Expr> args, String reason) {
    StringBuilder s = new StringBuilder(name).append('(');
    for (int i = 0; i < args.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(io.sluice.codegen.ir.ExprSql.of(args.get(i)));
    }
    return new TypeCheckException(
        "cannot resolve '" + s + ")' due to data type mismatch: " + reason);
  }

  private static Literal intLiteralArg(String name, List<Expr> args, int i) {
    Expr e = args.get(i);
    if (!(e instanceof Literal) || !e.type().isIntegral() || ((Literal) e).value() == null) {
      throw mismatch(name, args, "argument " + (i + 1) + " must be an integer literal");
    }
    return (Literal) e;
  }

  // ---------------------------------------------------------------- the functions

  private static final DataType S = DataType.STRING;
  private static final DataType I = DataType.INT;
  private static final DataType L = DataType.BIGINT;
  private static final DataType D = DataType.DOUBLE;
  private static final DataType DT = DataType.DATE;
  private static final DataType TS = DataType.TIMESTAMP;
  private static final DataType B = DataType.BOOLEAN;

  static {
    Class<StringFunctions> sf = StringFunctions.class;
    register(fixed(sf, "upper", S, false, t(S)), "upper", "ucase");
    register(fixed(sf, "lower", S, false, t(S)), "lower", "lcase");
    register(fixed(sf, "length", I, false, t(S)), "length", "char_length", "character_length");
    register(fixed(sf, "substring", S, false, t(S, I, I), Integer.MAX_VALUE), "substring", "substr");
    register(fixed(sf, "trim", S, false, t(S)), "trim");
    register(fixed(sf, "ltrim", S, false, t(S)), "ltrim");
    register(fixed(sf, "rtrim", S, false, t(S)), "rtrim");
    register(fixed(sf, "lpad", S, false, t(S, I, S), " "), "lpad");
    register(fixed(sf, "rpad", S, false, t(S, I, S), " "), "rpad");
    register(fixed(sf, "replace", S, false, t(S, S, S), ""), "replace");
    Resolver regexpReplace = fixed(sf, "regexpReplace", S, false, t(S, S, S, I), 1);
    register((name, args, at) -> regexpReplace.resolve(name, checkedPosition(name, args), at), "regexp_replace");
    register(fixed(sf, "regexpExtract", S, false, t(S, S, I), 1), "regexp_extract");
    register(fixed(sf, "rlike", B, false, t(S, S)), "rlike", "regexp");
    Resolver like = fixed(sf, "like", B, false, t(S, S));
    Resolver likeEscape = fixed(sf, "likeEscape", B, false, t(S, S, S));
    register(
        (name, args, at) -> args.size() == 3 ? likeEscape.resolve(name, checkedEscape(name, args), at)
            : like.resolve(name, args, at),
        "like");
    register(FunctionRegistry::ilike, "ilike");
    register(fixed(sf, "instr", I, false, t(S, S)), "instr");
    register(fixed(sf, "reverse", S, false, t(S)), "reverse");
    register(fixed(sf, "splitPart", S, false, t(S, S, I)), "split_part");
    register(fixed(sf, "initcap", S, false, t(S)), "initcap");
    register(fixed(sf, "contains", B, false, t(S, S)), "contains");
    register(fixed(sf, "startsWith", B, false, t(S, S)), "startswith");
    register(fixed(sf, "endsWith", B, false, t(S, S)), "endswith");
    register(stringVarargs(find(sf, "concat", t(S), true), true, 0), "concat");
    register(stringVarargs(find(sf, "concatWs", t(S, S), true), false, 1), "concat_ws");

    Class<MathFunctions> mf = MathFunctions.class;
    register(FunctionRegistry::abs, "abs");
    register(FunctionRegistry::round, "round", "bround");
    register(FunctionRegistry::floorCeil, "floor", "ceil", "ceiling");
    register(fixed(mf, "sqrt", D, false, t(D)), "sqrt");
    register(fixed(mf, "exp", D, false, t(D)), "exp");
    register(FunctionRegistry::log, "log");
    register(fixed(mf, "ln", D, true, t(D)), "ln");
    register(fixed(mf, "log10", D, true, t(D)), "log10");
    register(fixed(mf, "log2", D, true, t(D)), "log2");
    register(fixed(mf, "pow", D, false, t(D, D)), "pow", "power");
    register(fixed(mf, "signum", D, false, t(D)), "signum", "sign");
    register(FunctionRegistry::isnan, "isnan");
    register(FunctionRegistry::bitCount, "bit_count");
    register(FunctionRegistry::positive, "positive");
    register(FunctionRegistry::pmod, "pmod");
    register(tryArithmetic(Arithmetic.Op.ADD), "try_add");
    register(tryArithmetic(Arithmetic.Op.SUBTRACT), "try_subtract");
    register(tryArithmetic(Arithmetic.Op.MULTIPLY), "try_multiply");
    register(tryArithmetic(Arithmetic.Op.DIVIDE), "try_divide");
    register(tryArithmetic(Arithmetic.Op.REMAINDER), "try_mod");
    register(FunctionRegistry::tryCast, "try_cast");
    register(FunctionRegistry::greatestLeast, "greatest", "least");
    for (String type : new String[] {"boolean", "tinyint", "smallint", "int", "bigint", "float",
        "double", "decimal", "date", "timestamp", "binary", "string"}) {
      DataType target = type.equals("decimal")
          ? DataType.decimal(10, 0) // Spark's DecimalType.USER_DEFAULT
          : io.sluice.columnar.types.Ddl.parseType(type);
      register((name, args, at) -> castAlias(name, args, target, at), type);
    }

    register(FunctionRegistry::coalesce, "coalesce", "nvl", "ifnull");
    register(FunctionRegistry::nvl2, "nvl2");
    register(FunctionRegistry::nullif, "nullif");

    Class<DateFunctions> df = DateFunctions.class;
    for (String f : new String[] {"year", "month", "dayofmonth", "dayofweek", "dayofyear", "quarter", "weekofyear"}) {
      register(fixed(df, f, I, false, t(DT)), f);
    }
    FUNCTIONS.put("day", FUNCTIONS.get("dayofmonth"));
    for (String f : new String[] {"hour", "minute", "second"}) {
      register(zoned(df, f, null, I, false, t(TS)), f);
    }
    register(quotedUnit(dayCount(fixed(df, "dateAdd", DT, false, t(DT, I)))), "date_add");
    register(dayCount(fixed(df, "dateSub", DT, false, t(DT, I))), "date_sub");
    register(quotedUnit(fixed(df, "datediff", I, false, t(DT, DT))), "datediff");
    register(zoned(df, "dateFormat", null, S, false, t(TS, S)), "date_format");
    register(zoned(df, "fromUnixtime", null, S, false, t(L, S), DateFunctions.DEFAULT_TIMESTAMP_FORMAT), "from_unixtime");
    Resolver toDate = zoned(df, "toDate", "toDateAnsi", DT, true, t(S, S));
    register((name, args, at) -> args.size() == 1 ? castCall(name, args, DT) : toDate.resolve(name, args, at), "to_date");
    Resolver toTs = zoned(df, "toTimestamp", "toTimestampAnsi", TS, true, t(S, S));
    register((name, args, at) -> args.size() == 1 ? castCall(name, args, TS) : toTs.resolve(name, args, at), "to_timestamp");
    Resolver unixOfString =
        zoned(df, "unixTimestamp", "unixTimestampAnsi", L, true, t(S, S), DateFunctions.DEFAULT_TIMESTAMP_FORMAT);
    Resolver unixOfTs = fixed(df, "unixTimestamp", L, false, t(TS));
    register(
        (name, args, at) -> {
          if (args.isEmpty()) {
            return new Literal(at.now().getEpochSecond(), L);
          }
          Kind k = args.get(0).type().kind();
          return k == Kind.TIMESTAMP || k == Kind.DATE ? unixOfTs.resolve(name, args, at) : unixOfString.resolve(name, args, at);
        },
        "unix_timestamp", "to_unix_timestamp");
    register(
        (name, args, at) -> {
          checkArity(name, args, 0, 0);
          // The date of the query's instant in the session time zone, which the kernel applies.
          return new Cast(new Literal(at.nowMicros(), TS), DT);
        },
        "current_date");
    register(
        (name, args, at) -> {
          checkArity(name, args, 0, 0);
          return new Literal(at.nowMicros(), TS);
        },
        "current_timestamp", "now");
  }

  /**
   * {@code regexp_replace(s, r, rep, position)}: a constant position below 1 is Spark's {@code
   * DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE} when the query is analysed.
   */
  private static List<Expr> checkedPosition(String name, List<Expr> args) {
    if (args.size() == 4 && args.get(3) instanceof Literal && args.get(3).type().isIntegral()
        && ((Literal) args.get(3)).value() != null) {
      long position = ((Number) ((Literal) args.get(3)).value()).longValue();
      if (position <= 0) {
        StringBuilder sql = new StringBuilder(name).append('(');
        for (int i = 0; i < args.size(); i++) {
          sql.append(i == 0 ? "" : ", ").append(shown(args.get(i)));
        }
        throw TypeCheckException.datatypeMismatch("VALUE_OUT_OF_RANGE", sql + ")",
            "The `position` must be between (0, 2147483647] (current value = " + position + ").");
      }
    }
    return args;
  }

  /**
   * {@code s LIKE p ESCAPE e}: Spark takes only a one-character string literal as the escape
   * ({@code Like.checkInputDataTypes}).
   */
  private static List<Expr> checkedEscape(String name, List<Expr> args) {
    Expr escape = args.get(2);
    if (!(escape instanceof Literal) || escape.type().kind() != Kind.STRING
        || ((Literal) escape).value() == null || ((String) ((Literal) escape).value()).length() != 1) {
      throw mismatch(name, args, "the escape character must be a one-character string literal");
    }
    return args;
  }

  /** {@code s ILIKE p [ESCAPE e]}: {@code lower(s) LIKE lower(p)}, as Spark's {@code ILike}. */
  private static Object ilike(String name, List<Expr> args, CallSite at) {
    checkArity(name, args, 2, 3);
    List<Expr> lowered = new ArrayList<>(args);
    lowered.set(0, resolve("lower", List.of(args.get(0)), at));
    lowered.set(1, resolve("lower", List.of(args.get(1)), at));
    return resolve("like", lowered, at);
  }

  /**
   * {@code try_add(a, b)} etc.: the operator with Spark's coercion in {@link EvalMode#TRY}, so
   * overflow and division by zero give null whatever the ANSI setting. The arguments keep their
   * own mode: {@code try_add(1, 2147483647 + 1)} still raises under ANSI, as in Spark.
   */
  private static Resolver tryArithmetic(Arithmetic.Op op) {
    return (name, args, at) -> {
      checkArity(name, args, 2, 2);
      EvalOptions options = at.options();
      Expr e =
          Exprs.arithmetic(
              op, args.get(0), args.get(1), options.decimalPrecisionLoss(), options.ansi());
      return e instanceof Arithmetic ? ((Arithmetic) e).withMode(EvalMode.TRY) : e;
    };
  }

  /**
   * {@code double(x)}, {@code int(x)}, ...: Spark's cast aliases, {@code CAST(x AS type)} under the
   * session's ANSI setting.
   */
  private static Object castAlias(String name, List<Expr> args, DataType target, CallSite at) {
    checkArity(name, args, 1, 1);
    return Exprs.cast(args.get(0), target, at.options().ansi());
  }

  /**
   * {@code try_cast(value, 'type')}: how {@code Column.try_cast} reaches the registry (SQL's
   * {@code TRY_CAST(x AS t)} is parsed to it too). The type is a string literal in DDL form.
   */
  private static Object tryCast(String name, List<Expr> args, CallSite at) {
    checkArity(name, args, 2, 2);
    Expr type = args.get(1);
    if (!(type instanceof Literal) || type.type().kind() != Kind.STRING) {
      throw mismatch(name, args, "argument 2 must be a type name string literal");
    }
    return Exprs.tryCast(
        args.get(0), io.sluice.columnar.types.Ddl.parseType((String) ((Literal) type).value()));
  }

  private static Object castCall(String name, List<Expr> args, DataType to) {
    Expr a = args.get(0);
    Kind k = a.type().kind();
    // to_timestamp(n) also takes a number of seconds since the epoch, as Spark's ParseToTimestamp.
    boolean numericSeconds = to.kind() == Kind.TIMESTAMP && a.type().isNumeric();
    if (k != Kind.STRING && k != Kind.DATE && k != Kind.TIMESTAMP && k != Kind.NULL && !numericSeconds) {
      throw mismatch(name, args, "argument 1 requires (string or date or timestamp) type, however, it is of " + a.type().simpleString() + " type.");
    }
    return Exprs.cast(a, to);
  }

  private static Resolver stringVarargs(Method method, boolean strict, int fixedCount) {
    Binding binding = new Binding(method, strict, fixedCount, null);
    return (name, args, at) -> {
      checkArity(name, args, fixedCount, Integer.MAX_VALUE);
      List<Expr> coerced = new ArrayList<>(args.size());
      for (int i = 0; i < args.size(); i++) {
        coerced.add(implicit(name, i, args.get(i), S));
      }
      return new Resolution(coerced, S, binding, !strict, null);
    };
  }

  private static Object abs(String name, List<Expr> args, CallSite at) {
    checkArity(name, args, 1, 1);
    Expr a = args.get(0);
    if (a.type().kind() == Kind.STRING || a.type().kind() == Kind.NULL) {
      a = Exprs.coerce(a, D);
    }
    DataType ty = a.type();
    if (!ty.isNumeric()) {
      throw mismatch(name, args, "argument 1 requires numeric type, however, it is of " + ty.simpleString() + " type.");
    }
    Method exact = ty.isIntegral() ? find(MathFunctions.class, "absExact", t(ty), false) : null;
    Binding b = new Binding(find(MathFunctions.class, "abs", t(ty), false), true, -1, null, exact);
    return new Resolution(List.of(a), ty, b, false, null);
  }

  private static Object round(String name, List<Expr> args, CallSite at) {
    checkArity(name, args, 1, 2);
    Expr a = args.get(0);
    if (a.type().kind() == Kind.STRING || a.type().kind() == Kind.NULL || a.type().kind() == Kind.FLOAT) {
      a = Exprs.coerce(a, D);
    }
    DataType ty = a.type();
    if (!ty.isNumeric()) {
      throw mismatch(name, args, "argument 1 requires numeric type, however, it is of " + ty.simpleString() + " type.");
    }
    Expr scale = args.size() == 2 ? implicit(name, 1, args.get(1), I) : new Literal(0, I);
    String method = name.equals("bround") ? "bround" : "round";
    if (ty.kind() == Kind.DOUBLE) {
      return new Resolution(List.of(a, scale), D, new Binding(find(MathFunctions.class, method, t(D, I), false), true, -1, null), false, null);
    }
    if (ty.isIntegral()) {
      Binding b = new Binding(find(MathFunctions.class, method, t(ty, I), false), true, -1, null,
          find(MathFunctions.class, method + "Exact", t(ty, I), false));
      return new Resolution(List.of(a, scale), ty, b, false, null);
    }
    // Spark needs the scale to be a constant to type the decimal result.
    int s = ((Number) intLiteralArg(name, List.of(a, scale), 1).value()).intValue();
    // Spark's RoundBase.dataType: one more integral digit; a negative scale rounds to tens,
    // hundreds, ... and needs at least -scale + 1 digits, with scale 0.
    int intDigits = ty.precision() - ty.scale() + 1;
    int newScale = Math.max(0, Math.min(s, ty.scale()));
    DataType r =
        s < 0
            ? io.sluice.codegen.ir.DecimalTypes.bounded(Math.max(intDigits, -s + 1), 0)
            : io.sluice.codegen.ir.DecimalTypes.bounded(intDigits + newScale, newScale);
    return new Resolution(List.of(a, new Literal(s < 0 ? s : newScale, I)), r,
        new Binding(find(MathFunctions.class, method, t(ty, I), false), true, -1, null), false, null);
  }

  /**
   * {@code positive(x)}: {@code x} itself, a string or NULL cast to DOUBLE as Spark's {@code
   * UnaryPositive} takes it (so {@code positive('invalid')} fails the cast with ANSI on).
   */
  private static Object positive(String name, List<Expr> args, CallSite at) {
    checkArity(name, args, 1, 1);
    Expr a = args.get(0);
    Kind k = a.type().kind();
    if (k == Kind.STRING || k == Kind.NULL) {
      return Exprs.coerce(a, D);
    }
    if (!a.type().isNumeric()) {
      throw TypeCheckException.datatypeMismatch("UNEXPECTED_INPUT_TYPE", "(+ " + shown(a) + ")",
          "The first parameter requires the (\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL"
              + " YEAR TO MONTH\" or \"INTERVAL\") type, however \"" + shown(a) + "\" has the type \""
              + a.type().sqlName() + "\".");
    }
    return a;
  }

  /**
   * {@code bit_count(x)} of an integral (sign-extended to BIGINT, as Spark counts) or BOOLEAN; any
   * other type is Spark's {@code DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE}.
   */
  private static Object bitCount(String name, List<Expr> args, CallSite at) {
    checkArity(name, args, 1, 1);
    Expr a = args.get(0);
    Kind k = a.type().kind();
    if (k == Kind.BOOLEAN) {
      return new Resolution(List.of(a), I,
          new Binding(find(MathFunctions.class, "bitCount", t(B), false), true, -1, null), false, null);
    }
    if (!a.type().isIntegral() && k != Kind.NULL) {
      throw TypeCheckException.datatypeMismatch("UNEXPECTED_INPUT_TYPE", name + "(" + shown(a) + ")",
          "The first parameter requires the (\"INTEGRAL\" or \"BOOLEAN\") type, however \""
              + shown(a) + "\" has the type \"" + a.type().sqlName() + "\".");
    }
    return new Resolution(List.of(Exprs.coerce(a, L)), I,
        new Binding(find(MathFunctions.class, "bitCount", t(L), false), true, -1, null), false, null);
  }

  /** {@code isnan(x)}: a null-tolerant call, so a null argument gives false rather than null. */
  private static Object isnan(String name, List<Expr> args, CallSite at) {
    checkArity(name, args, 1, 1);
    Method m;
    try {
      m = MathFunctions.class.getMethod("isnan", Double.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    return new Resolution(List.of(implicit(name, 0, args.get(0), D)), B,
        new Binding(m, false, -1, null), false, null);
  }

  private static Object floorCeil(String name, List<Expr> args, CallSite at) {
    checkArity(name, args, 1, 1);
    String method = name.equals("floor") ? "floor" : "ceil";
    Expr a = args.get(0);
    DataType ty = a.type();
    if (ty.isIntegral()) {
      return Exprs.coerce(a, L);
    }
    if (ty.kind() == Kind.DECIMAL) {
      DataType r = io.sluice.codegen.ir.DecimalTypes.bounded(ty.precision() - ty.scale() + 1, 0);
      return new Resolution(List.of(a), r, new Binding(find(MathFunctions.class, method, t(ty), false), true, -1, null), false, null);
    }
    Expr d = implicit(name, 0, a, D);
    return new Resolution(List.of(d), L, new Binding(find(MathFunctions.class, method, t(D), false), true, -1, null), false, null);
  }

  private static Object log(String name, List<Expr> args, CallSite at) {
    checkArity(name, args, 1, 2);
    if (args.size() == 1) {
      return FUNCTIONS.get("ln").resolve("ln", args, at);
    }
    Binding b = new Binding(find(MathFunctions.class, "log", t(D, D), false), true, -1, null);
    return new Resolution(List.of(implicit(name, 0, args.get(0), D), implicit(name, 1, args.get(1), D)), D, b, true, null);
  }

  private static Object pmod(String name, List<Expr> args, CallSite at) {
    checkArity(name, args, 2, 2);
    DataType common = Exprs.commonType(args.get(0).type(), args.get(1).type());
    if (common == null || !(common.isNumeric() || common.kind() == Kind.NULL)) {
      throw mismatch(name, args, "pmod needs two numeric arguments, got " + args.get(0).type().simpleString() + " and " + args.get(1).type().simpleString());
    }
    if (common.kind() == Kind.DECIMAL) {
      // Spark's DecimalPrecision types pmod as the remainder; an integral side widens to its
      // decimal (int: DECIMAL(10,0)), an integral literal to its digits (-7: DECIMAL(1,0)).
      DataType ld = pmodOperand(args.get(0), args.get(1), common);
      DataType rd = pmodOperand(args.get(1), args.get(0), common);
      DataType r = io.sluice.codegen.ir.DecimalTypes.arithmetic(Arithmetic.Op.REMAINDER, ld, rd);
      Binding b = new Binding(find(MathFunctions.class, "pmod", t(ld, rd), false), true, -1, null,
          find(MathFunctions.class, "pmodExact", t(ld, rd), false));
      // The remainder is computed exactly and then cast to Spark's type, which it may not fit:
      // pmod(-10, 33932163.59) is 33932153.59, past DECIMAL(4,2) ([NUMERIC_VALUE_OUT_OF_RANGE]
      // with ANSI on, NULL with it off, as in Spark).
      DataType exact = DataType.decimal(DataType.MAX_DECIMAL_PRECISION, r.scale());
      return new Resolution(List.of(Exprs.coerce(args.get(0), ld), Exprs.coerce(args.get(1), rd)),
          exact, b, true, r);
    }
    boolean integral = common.isIntegral();
    DataType wide = integral ? L : D;
    Binding b = new Binding(find(MathFunctions.class, "pmod", t(wide, wide), false), true, -1, null,
        find(MathFunctions.class, "pmodExact", t(wide, wide), false));
    return new Resolution(
        List.of(implicit(name, 0, args.get(0), wide), implicit(name, 1, args.get(1), wide)),
        wide, b, true, integral && !common.equals(L) ? common : null);
  }

  private static DataType pmodOperand(Expr e, Expr other, DataType common) {
    if (e.type().kind() == Kind.NULL) {
      return common;
    }
    return Exprs.decimalOperand(e, nonNull(other.type(), common));
  }

  /** {@code t}, or {@code common} for an untyped NULL. */
  private static DataType nonNull(DataType t, DataType common) {
    return t.kind() == Kind.NULL ? common : t;
  }

  private static Object greatestLeast(String name, List<Expr> args, CallSite at) {
    checkArity(name, args, 2, Integer.MAX_VALUE);
    DataType common = Exprs.commonTypeOf(args);
    if (common == null) {
      throw mismatch(name, args, "The expressions should all have the same type, got " + name + typeNames(args) + ".");
    }
    List<Expr> coerced = new ArrayList<>(args.size());
    for (Expr a : args) {
      coerced.add(Exprs.coerce(a, common));
    }
    // Nullable only when every argument is: nulls are skipped.
    boolean allNullable = true;
    for (Expr a : coerced) {
      allNullable &= a.nullable();
    }
    return new Call(name, coerced, common, allNullable);
  }

  private static String typeNames(List<Expr> args) {
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < args.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(args.get(i).type().simpleString());
    }
    return s.append(')').toString();
  }

  private static Object coalesce(String name, List<Expr> args, CallSite at) {
    if (name.equals("coalesce")) {
      checkArity(name, args, 1, Integer.MAX_VALUE);
    } else {
      checkArity(name, args, 2, 2);
    }
    DataType common = Exprs.commonTypeOf(args);
    if (common == null) {
      throw mismatch(name, args, "input to function " + name + " should all be the same type, but it's " + typeNames(args));
    }
    // Spark tests the arguments cast to the common type, and (NullPropagation) drops every argument
    // after the first non-nullable one: it is never reached, so it is never evaluated.
    List<Expr> coerced = new ArrayList<>(args.size());
    for (Expr a : args) {
      Expr c = Exprs.coerce(a, common);
      coerced.add(c);
      if (!c.nullable()) {
        break;
      }
    }
    if (coerced.size() == 1) {
      return coerced.get(0);
    }
    List<Expr> conds = new ArrayList<>();
    List<Expr> vals = new ArrayList<>();
    for (int i = 0; i < coerced.size() - 1; i++) {
      conds.add(Exprs.isNotNull(coerced.get(i)));
      vals.add(coerced.get(i));
    }
    return Exprs.caseWhen(conds, vals, coerced.get(coerced.size() - 1));
  }

  private static Object nvl2(String name, List<Expr> args, CallSite at) {
    checkArity(name, args, 3, 3);
    return Exprs.caseWhen(List.of(Exprs.isNotNull(args.get(0))), List.of(args.get(1)), args.get(2));
  }

  private static Object nullif(String name, List<Expr> args, CallSite at) {
    checkArity(name, args, 2, 2);
    Expr eq = Exprs.comparison(Comparison.Op.EQ, args.get(0), args.get(1));
    return Exprs.caseWhen(List.of(eq), List.of(Literal.nullOf(args.get(0).type())), args.get(0));
  }

}
