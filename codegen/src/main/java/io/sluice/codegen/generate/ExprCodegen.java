package io.sluice.codegen.generate;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.function.FunctionRegistry;
import io.sluice.codegen.function.StringFunctions;
import io.sluice.codegen.ir.And;
import io.sluice.codegen.ir.Arithmetic;
import io.sluice.codegen.ir.Call;
import io.sluice.codegen.ir.CaseWhen;
import io.sluice.codegen.ir.Cast;
import io.sluice.codegen.ir.ColumnRef;
import io.sluice.codegen.ir.Comparison;
import io.sluice.codegen.ir.EvalMode;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.ExprVisitor;
import io.sluice.codegen.ir.In;
import io.sluice.codegen.ir.IsNull;
import io.sluice.codegen.ir.Literal;
import io.sluice.codegen.ir.Negate;
import io.sluice.codegen.ir.Not;
import io.sluice.codegen.ir.Or;
import io.sluice.codegen.runtime.AnsiCasts;
import io.sluice.codegen.runtime.DecimalOps;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.DataType.Kind;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Emits the statements that evaluate one expression for the current row ({@code row}) into two
 * locals: {@code <name>Null} and {@code <name>}. Null checks are explicit, nothing is boxed
 * except where a function returns a boxed value, and no lambda or iterator runs per row.
 */
public final class ExprCodegen implements ExprVisitor<ExprCodegen.Value> {

  /** The locals that hold an evaluated expression. */
  public static final class Value {
    public final String isNull;
    public final String value;
    public final JavaType type;

    Value(String isNull, String value, JavaType type) {
      this.isNull = isNull;
      this.value = value;
      this.type = type;
    }
  }

  static final String RUNTIME = "io.sluice.codegen.runtime.";
  static final String MEMORY = RUNTIME + "ArrowMemory";
  private static final String ORDER = RUNTIME + "Orderings";
  private static final String DECIMALS = RUNTIME + "DecimalOps";

  private static final String EXACT = RUNTIME + "ExactMath";
  private static final String ANSI_CASTS = RUNTIME + "AnsiCasts";
  /** Caught around a {@code try_} operation: Spark's errors become null, anything else is a bug. */
  private static final String SLUICE_THROWABLE = "io.sluice.codegen.errors.SluiceThrowable";

  private final JavaEmitter out;
  private final ClassContext context;
  private final String row;
  private final EvalOptions options;
  private String zone;

  public ExprCodegen(JavaEmitter out, ClassContext context, String row, EvalOptions options) {
    this.out = out;
    this.context = context;
    this.row = row;
    this.options = options;
  }

  /** The field holding the session time zone (declared on first use). */
  private String zone() {
    if (zone == null) {
      zone = context.reference("java.time.ZoneId", options.zone());
    }
    return zone;
  }

  /**
   * Opens a {@code try} block around a {@code try_} operation of {@code v}; {@link #endTry}
   * closes it with a catch that makes {@code v} null on Spark's errors only.
   */
  private void beginTry() {
    out.begin("try");
  }

  private void endTry(Value v) {
    String ex = out.fresh("ex");
    out.orCatch("RuntimeException " + ex);
    out.beginIf("!(" + ex + " instanceof " + SLUICE_THROWABLE + ")");
    out.statement("throw " + ex);
    out.end();
    out.assign(v.isNull, "true");
    out.end();
  }

  public Value emit(Expr e) {
    return e.accept(this);
  }

  /** Declares {@code vN} and {@code vNNull}; {@code isNull} initialises the flag. */
  private Value declare(DataType type, String isNull) {
    String name = out.fresh("v");
    JavaType jt = JavaType.of(type);
    out.declare(JavaType.BOOLEAN, name + "Null", isNull);
    out.declare(jt, name, jt.zero);
    return new Value(name + "Null", name, jt);
  }

  @Override
  public Value visitColumnRef(ColumnRef e) {
    int k = e.ordinal();
    DataType t = e.type();
    context.useColumn(k, t);
    if (t.kind() == Kind.NULL) {
      return declare(t, "true");
    }
    Value v = declare(t, ClassContext.isNull(k, row));
    out.beginIf("!" + v.isNull);
    out.assign(v.value, read(t, k, row));
    out.end();
    return v;
  }

  /** The Java expression that reads column {@code k} at {@code index}. */
  static String read(DataType t, int k, String index) {
    String data = ClassContext.data(k);
    switch (t.kind()) {
      case DECIMAL:
        return MEMORY + ".readDecimal(" + data + ", " + index + ", " + t.scale() + ")";
      case STRING:
        return MEMORY + ".readUtf8(" + data + ", " + ClassContext.offsets(k) + ", " + index + ")";
      case BINARY:
        return MEMORY + ".readBinary(" + data + ", " + ClassContext.offsets(k) + ", " + index + ")";
      default:
        return MEMORY + ".read" + JavaType.memorySuffix(t) + "(" + data + ", " + index + ")";
    }
  }

  @Override
  public Value visitLiteral(Literal e) {
    if (e.value() == null || e.type().kind() == Kind.NULL) {
      return declare(e.type(), "true");
    }
    String constant = context.constant(JavaType.of(e.type()), e.value());
    Value v = declare(e.type(), "false");
    out.assign(v.value, constant);
    return v;
  }

  @Override
  public Value visitArithmetic(Arithmetic e) {
    Value l = emit(e.left());
    Value r = emit(e.right());
    DataType t = e.type();
    boolean isTry = e.mode() == EvalMode.TRY;
    boolean checked = isTry || options.ansi();
    Value v = declare(t, l.isNull + " || " + r.isNull);
    out.beginIf("!" + v.isNull);
    if (isTry) {
      beginTry();
    }
    Arithmetic.Op op = e.op();
    if (t.kind() == Kind.DECIMAL) {
      String method = op.name().toLowerCase(java.util.Locale.ROOT) + (checked ? "Exact" : "");
      out.assign(v.value, DECIMALS + "." + method + "(" + l.value + ", " + r.value + ", "
          + t.precision() + ", " + t.scale() + ")");
      if (!checked) {
        out.assign(v.isNull, v.value + " == null");
      }
    } else if (op == Arithmetic.Op.DIVIDE || op == Arithmetic.Op.REMAINDER) {
      if (checked) {
        // ANSI: x / 0 is [DIVIDE_BY_ZERO], x % 0 [REMAINDER_BY_ZERO]; the check returns the divisor.
        String check = op == Arithmetic.Op.DIVIDE ? "divisor" : "remainderDivisor";
        out.assign(v.value, "(" + v.type.name + ") (" + l.value + " " + op.symbol + " " + EXACT
            + "." + check + "(" + r.value + "))");
      } else {
        // Spark (ANSI off): x / 0 and x % 0 are null, for every numeric type.
        out.beginIf(r.value + " == 0");
        out.assign(v.isNull, "true");
        out.orElse();
        out.assign(v.value, "(" + v.type.name + ") (" + l.value + " " + op.symbol + " " + r.value + ")");
        out.end();
      }
    } else if (checked && isIntegral(t)) {
      // Overflow raises [ARITHMETIC_OVERFLOW]: a sign test and a cold throw (ExactMath).
      String method = op == Arithmetic.Op.ADD ? "addExact"
          : op == Arithmetic.Op.SUBTRACT ? "subtractExact" : "multiplyExact";
      out.assign(v.value, EXACT + "." + method + "(" + l.value + ", " + r.value + ")");
    } else {
      out.assign(v.value, "(" + v.type.name + ") (" + l.value + " " + op.symbol + " " + r.value + ")");
    }
    if (isTry) {
      endTry(v);
    }
    out.end();
    return v;
  }

  private static boolean isIntegral(DataType t) {
    Kind k = t.kind();
    return k == Kind.TINYINT || k == Kind.SMALLINT || k == Kind.INT || k == Kind.BIGINT;
  }

  @Override
  public Value visitNegate(Negate e) {
    Value c = emit(e.child());
    Value v = declare(e.type(), c.isNull);
    out.beginIf("!" + v.isNull);
    DataType t = e.type();
    if (t.kind() == Kind.DECIMAL && t.precision() <= DecimalOps.EXACT_NEGATION_PRECISION) {
      out.assign(v.value, c.value + ".negate()");
    } else if (t.kind() == Kind.DECIMAL) {
      // Wider values round to 34 digits as Spark's Scala BigDecimal negation does.
      out.assign(v.value, DECIMALS + ".negate(" + c.value + ", " + t.precision() + ", " + t.scale() + ")");
    } else if (options.ansi() && isIntegral(e.type())) {
      out.assign(v.value, EXACT + ".negateExact(" + c.value + ")");
    } else {
      out.assign(v.value, "(" + v.type.name + ") -" + c.value);
    }
    out.end();
    return v;
  }

  /** A boolean Java expression for {@code l op r} over non-null values of {@code t}. */
  static String compare(DataType t, Comparison.Op op, String l, String r) {
    String symbol = op == Comparison.Op.EQ || op == Comparison.Op.NULL_SAFE_EQ ? "==" : op.symbol;
    switch (t.kind()) {
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
      case DATE:
      case TIMESTAMP:
        return l + " " + symbol + " " + r;
      default:
        return ORDER + ".compare(" + l + ", " + r + ") " + symbol + " 0";
    }
  }

  @Override
  public Value visitComparison(Comparison e) {
    Value l = emit(e.left());
    Value r = emit(e.right());
    DataType t = e.left().type();
    if (e.op() == Comparison.Op.NULL_SAFE_EQ) {
      Value v = declare(DataType.BOOLEAN, "false");
      if (t.kind() == Kind.NULL) {
        out.assign(v.value, "true");
        return v;
      }
      out.assign(v.value, "(" + l.isNull + " && " + r.isNull + ") || (!" + l.isNull + " && !"
          + r.isNull + " && " + compare(t, e.op(), l.value, r.value) + ")");
      return v;
    }
    Value v = declare(DataType.BOOLEAN, l.isNull + " || " + r.isNull);
    if (t.kind() != Kind.NULL) {
      out.beginIf("!" + v.isNull);
      out.assign(v.value, compare(t, e.op(), l.value, r.value));
      out.end();
    }
    return v;
  }

  @Override
  public Value visitAnd(And e) {
    return logic(e.left(), e.right(), false);
  }

  @Override
  public Value visitOr(Or e) {
    return logic(e.left(), e.right(), true);
  }

  /**
   * Three-valued AND ({@code dominant} false) and OR ({@code dominant} true): the right side runs
   * only when the left does not decide.
   */
  private Value logic(Expr left, Expr right, boolean dominant) {
    Value v = declare(DataType.BOOLEAN, "false");
    Value l = emit(left);
    String decides = dominant ? "!" + l.isNull + " && " + l.value : "!" + l.isNull + " && !" + l.value;
    out.beginIf(decides);
    out.assign(v.value, String.valueOf(dominant));
    out.orElse();
    Value r = emit(right);
    String rDecides = dominant ? "!" + r.isNull + " && " + r.value : "!" + r.isNull + " && !" + r.value;
    out.beginIf(rDecides);
    out.assign(v.value, String.valueOf(dominant));
    out.orElse();
    out.assign(v.isNull, l.isNull + " || " + r.isNull);
    out.assign(v.value, String.valueOf(!dominant));
    out.end();
    out.end();
    return v;
  }

  @Override
  public Value visitNot(Not e) {
    Value c = emit(e.child());
    Value v = declare(DataType.BOOLEAN, c.isNull);
    out.assign(v.value, "!" + c.value);
    return v;
  }

  @Override
  public Value visitIsNull(IsNull e) {
    Value c = emit(e.child());
    Value v = declare(DataType.BOOLEAN, "false");
    out.assign(v.value, (e.negated() ? "!" : "") + c.isNull);
    return v;
  }

  @Override
  public Value visitCast(Cast e) {
    Value c = emit(e.child());
    DataType from = e.child().type();
    DataType to = e.type();
    if (from.kind() == Kind.NULL) {
      return declare(to, "true");
    }
    Value v = declare(to, c.isNull);
    out.beginIf("!" + v.isNull);
    boolean isTry = e.mode() == EvalMode.TRY;
    boolean checked = (isTry || options.ansi()) && AnsiCasts.canFail(from, to);
    if (isTry && checked) {
      beginTry();
    }
    CastCode code = checked
        ? CastCode.ansi(from, to, c.value, zoneIfNeeded(from, to), this::typeField)
        : CastCode.of(from, to, c.value, zoneIfNeeded(from, to));
    assignResult(v, code.expression, code.result);
    if (isTry && checked) {
      endTry(v);
    }
    out.end();
    return v;
  }

  /** A Java expression naming {@code t} in an error message: a static field, or a constant for decimals. */
  private String typeField(DataType t) {
    String types = "io.sluice.columnar.types.DataType";
    return t.kind() == Kind.DECIMAL ? context.reference(types, t) : types + "." + t.kind().name();
  }

  /** The zone field if the cast converts a timestamp to or from a string or a date, else null. */
  private String zoneIfNeeded(DataType from, DataType to) {
    boolean zoned = (from.kind() == Kind.TIMESTAMP && (to.kind() == Kind.STRING || to.kind() == Kind.DATE))
        || (to.kind() == Kind.TIMESTAMP && (from.kind() == Kind.STRING || from.kind() == Kind.DATE));
    return zoned ? zone() : null;
  }

  /**
   * Assigns a call's result to {@code v}: directly if the call returns {@code v}'s Java type and
   * cannot return null, else through a null check (a boxed result is unboxed once checked).
   */
  private void assignResult(Value v, String call, Class<?> result) {
    if (result.isPrimitive()) {
      out.assign(v.value, call);
    } else if (v.type.primitive()) {
      String boxed = out.fresh("r");
      out.declare(v.type.box, boxed, call);
      out.beginIf(boxed + " == null");
      out.assign(v.isNull, "true");
      out.orElse();
      out.assign(v.value, boxed + "." + v.type.unbox + "()");
      out.end();
    } else {
      out.assign(v.value, call);
      out.assign(v.isNull, v.value + " == null");
    }
  }

  @Override
  public Value visitCaseWhen(CaseWhen e) {
    Value v = declare(e.type(), "true");
    List<Expr> conditions = e.conditions();
    for (int i = 0; i < conditions.size(); i++) {
      Value c = emit(conditions.get(i));
      out.beginIf("!" + c.isNull + " && " + c.value);
      Value x = emit(e.values().get(i));
      out.assign(v.isNull, x.isNull);
      out.assign(v.value, x.value);
      out.orElse();
    }
    if (e.otherwise() != null) {
      Value x = emit(e.otherwise());
      out.assign(v.isNull, x.isNull);
      out.assign(v.value, x.value);
    }
    for (int i = 0; i < conditions.size(); i++) {
      out.end();
    }
    return v;
  }

  @Override
  public Value visitIn(In e) {
    Value c = emit(e.child());
    DataType t = e.child().type();
    Value v = declare(DataType.BOOLEAN, c.isNull);
    if (t.kind() == Kind.NULL) {
      return v;
    }
    out.beginIf("!" + v.isNull);
    String sawNull = out.fresh("sawNull");
    out.declare(JavaType.BOOLEAN, sawNull, "false");
    for (Expr item : e.list()) {
      out.beginIf("!" + v.value);
      Value x = emit(item);
      out.beginIf(x.isNull);
      out.assign(sawNull, "true");
      out.orElse();
      out.assign(v.value, compare(t, Comparison.Op.EQ, c.value, x.value));
      out.end();
      out.end();
    }
    out.assign(v.isNull, "!" + v.value + " && " + sawNull);
    out.end();
    return v;
  }

  @Override
  public Value visitCall(Call e) {
    FunctionRegistry.Binding b = FunctionRegistry.bind(e);
    List<Expr> args = e.args();
    if (b.special != null) {
      return greatestOrLeast(e, b.special.equals("greatest"));
    }
    Value[] values = new Value[args.size()];
    StringBuilder anyNull = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      values[i] = emit(args.get(i));
      anyNull.append(i == 0 ? "" : " || ").append(values[i].isNull);
    }
    String initialNull = b.strict && values.length > 0 ? anyNull.toString() : "false";
    Value v = declare(e.type(), initialNull);
    Method m = b.method(options.ansi());
    StringBuilder call = new StringBuilder(m.getDeclaringClass().getName()).append('.').append(m.getName()).append('(');
    int fixed = b.varargsFrom < 0 ? values.length : b.varargsFrom;
    String pattern = literalPattern(m, args);
    for (int i = 0; i < fixed; i++) {
      String arg = i == 1 && pattern != null ? pattern
          : argument(values[i], b.strict, m.getParameterTypes()[i]);
      call.append(i == 0 ? "" : ", ").append(arg);
    }
    if (b.varargsFrom >= 0) {
      call.append(fixed == 0 ? "" : ", ").append("new String[] {");
      for (int i = fixed; i < values.length; i++) {
        call.append(i == fixed ? "" : ", ").append(argument(values[i], b.strict, String.class));
      }
      call.append('}');
    }
    if (b.zoned) {
      call.append(values.length == 0 ? "" : ", ").append(zone());
    }
    call.append(')');
    out.beginIf("!" + v.isNull);
    assignResult(v, call.toString(), m.getReturnType());
    out.end();
    return v;
  }

  /**
   * For {@code rlike}, {@code regexp_replace}, {@code regexp_extract} and {@code like} with a
   * literal pattern: a field holding the pattern compiled once, when the kernel is built, passed
   * to the method's {@code Pattern} overload; null otherwise (the method compiles, from a cache).
   * An invalid pattern is left to the per-row path, which reports it as before.
   */
  private String literalPattern(Method m, List<Expr> args) {
    if (args.size() < 2 || !(args.get(1) instanceof Literal)) {
      return null;
    }
    Object value = ((Literal) args.get(1)).value();
    if (!(value instanceof String) || m.getDeclaringClass() != StringFunctions.class) {
      return null;
    }
    java.util.regex.Pattern compiled = StringFunctions.literalPattern(m.getName(), (String) value);
    return compiled == null ? null : context.reference(java.util.regex.Pattern.class.getName(), compiled);
  }

  /**
   * Strict functions never see nulls; null-tolerant ones get a Java null where the parameter can
   * hold one (a boxed or reference type).
   */
  private static String argument(Value v, boolean strict, Class<?> parameter) {
    if (strict || parameter.isPrimitive()) {
      return v.value;
    }
    return v.type.primitive()
        ? "(" + v.isNull + " ? null : " + parameter.getName() + ".valueOf(" + v.value + "))"
        : "(" + v.isNull + " ? null : " + v.value + ")";
  }

  private Value greatestOrLeast(Call e, boolean greatest) {
    DataType t = e.type();
    Value v = declare(t, "true");
    String better = greatest ? Comparison.Op.GT.name() : Comparison.Op.LT.name();
    for (Expr a : e.args()) {
      Value x = emit(a);
      out.beginIf("!" + x.isNull + " && (" + v.isNull + " || "
          + compare(t, Comparison.Op.valueOf(better), x.value, v.value) + ")");
      out.assign(v.isNull, "false");
      out.assign(v.value, x.value);
      out.end();
    }
    return v;
  }
}
