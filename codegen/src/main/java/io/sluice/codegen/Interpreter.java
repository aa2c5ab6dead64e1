package io.sluice.codegen;

import io.sluice.codegen.function.FunctionRegistry;
import io.sluice.codegen.ir.And;
import io.sluice.codegen.ir.Arithmetic;
import io.sluice.codegen.ir.Call;
import io.sluice.codegen.ir.CaseWhen;
import io.sluice.codegen.ir.Cast;
import io.sluice.codegen.ir.ColumnRef;
import io.sluice.codegen.ir.Comparison;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.ExprVisitor;
import io.sluice.codegen.ir.In;
import io.sluice.codegen.ir.IsNull;
import io.sluice.codegen.ir.Literal;
import io.sluice.codegen.ir.Negate;
import io.sluice.codegen.ir.Not;
import io.sluice.codegen.ir.Or;
import io.sluice.codegen.errors.SluiceThrowable;
import io.sluice.codegen.ir.EvalMode;
import io.sluice.codegen.runtime.AnsiCasts;
import io.sluice.codegen.runtime.Casts;
import io.sluice.codegen.runtime.ExactMath;
import io.sluice.codegen.runtime.DecimalOps;
import io.sluice.codegen.runtime.Orderings;
import io.sluice.columnar.types.DataType;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Evaluates the IR one row at a time over boxed internal values: the reference that generated
 * code is tested against, and what the engine uses where speed does not matter (constant folding,
 * sort keys, join conditions). Simple on purpose; not for hot paths. {@link EvalOptions} says
 * whether ANSI errors are raised and which time zone casts use.
 */
public final class Interpreter implements ExprVisitor<Object> {

  private final Object[] row;
  private final EvalOptions options;

  private Interpreter(Object[] row, EvalOptions options) {
    this.row = row;
    this.options = options;
  }

  /**
   * The value of {@code e} for {@code row} (internal values by column ordinal) with Spark 4's
   * defaults (ANSI on, UTC); null for SQL NULL.
   */
  public static Object evaluate(Expr e, Object[] row) {
    return evaluate(e, row, EvalOptions.DEFAULT);
  }

  /** The value of {@code e} for {@code row} under the session's {@code options}. */
  public static Object evaluate(Expr e, Object[] row, EvalOptions options) {
    return e.accept(new Interpreter(row, options));
  }

  /** Whether a node in {@code mode} raises Spark's ANSI errors. */
  private boolean fails(EvalMode mode) {
    return mode == EvalMode.DEFAULT && options.ansi();
  }

  private Object eval(Expr e) {
    return e.accept(this);
  }

  @Override
  public Object visitColumnRef(ColumnRef e) {
    return row[e.ordinal()];
  }

  @Override
  public Object visitLiteral(Literal e) {
    return e.value();
  }

  @Override
  public Object visitArithmetic(Arithmetic e) {
    Object l = eval(e.left());
    Object r = eval(e.right());
    if (l == null || r == null) {
      return null;
    }
    if (e.mode() == EvalMode.TRY) {
      try {
        return checkedArithmetic(e, l, r);
      } catch (RuntimeException ex) {
        if (ex instanceof SluiceThrowable) {
          return null;
        }
        throw ex;
      }
    }
    return options.ansi() ? checkedArithmetic(e, l, r) : legacyArithmetic(e, l, r);
  }

  /** ANSI arithmetic: Spark's error on overflow and division by zero. */
  private static Object checkedArithmetic(Arithmetic e, Object l, Object r) {
    DataType t = e.type();
    Arithmetic.Op op = e.op();
    switch (t.kind()) {
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
        {
          long a = ((Number) l).longValue();
          long b = ((Number) r).longValue();
          if (op == Arithmetic.Op.REMAINDER) {
            return Casts.cast(a % ExactMath.remainderDivisor(b), DataType.BIGINT, t);
          }
          if (op == Arithmetic.Op.DIVIDE) {
            throw new IllegalArgumentException("integral division has a DOUBLE result");
          }
          switch (t.kind()) {
            case TINYINT:
              return op == Arithmetic.Op.ADD
                  ? ExactMath.addExact((byte) a, (byte) b)
                  : op == Arithmetic.Op.SUBTRACT
                      ? ExactMath.subtractExact((byte) a, (byte) b)
                      : ExactMath.multiplyExact((byte) a, (byte) b);
            case SMALLINT:
              return op == Arithmetic.Op.ADD
                  ? ExactMath.addExact((short) a, (short) b)
                  : op == Arithmetic.Op.SUBTRACT
                      ? ExactMath.subtractExact((short) a, (short) b)
                      : ExactMath.multiplyExact((short) a, (short) b);
            case INT:
              return op == Arithmetic.Op.ADD
                  ? ExactMath.addExact((int) a, (int) b)
                  : op == Arithmetic.Op.SUBTRACT
                      ? ExactMath.subtractExact((int) a, (int) b)
                      : ExactMath.multiplyExact((int) a, (int) b);
            default:
              return op == Arithmetic.Op.ADD
                  ? ExactMath.addExact(a, b)
                  : op == Arithmetic.Op.SUBTRACT
                      ? ExactMath.subtractExact(a, b)
                      : ExactMath.multiplyExact(a, b);
          }
        }
      case FLOAT:
        {
          float a = (Float) l;
          float b = (Float) r;
          switch (op) {
            case DIVIDE:
              return (float) (a / ExactMath.divisor(b));
            case REMAINDER:
              return (float) (a % ExactMath.remainderDivisor(b));
            default:
              return legacyArithmetic(e, l, r);
          }
        }
      case DOUBLE:
        {
          double a = (Double) l;
          double b = (Double) r;
          switch (op) {
            case DIVIDE:
              return a / ExactMath.divisor(b);
            case REMAINDER:
              return a % ExactMath.remainderDivisor(b);
            default:
              return legacyArithmetic(e, l, r);
          }
        }
      case DECIMAL:
        {
          BigDecimal a = (BigDecimal) l;
          BigDecimal b = (BigDecimal) r;
          int p = t.precision();
          int s = t.scale();
          switch (op) {
            case ADD:
              return DecimalOps.addExact(a, b, p, s);
            case SUBTRACT:
              return DecimalOps.subtractExact(a, b, p, s);
            case MULTIPLY:
              return DecimalOps.multiplyExact(a, b, p, s);
            case DIVIDE:
              return DecimalOps.divideExact(a, b, p, s);
            default:
              return DecimalOps.remainderExact(a, b, p, s);
          }
        }
      default:
        throw new IllegalArgumentException("arithmetic over " + t);
    }
  }

  /** Spark's legacy arithmetic (ANSI off): integral overflow wraps, x / 0 and x % 0 are null. */
  private static Object legacyArithmetic(Arithmetic e, Object l, Object r) {
    DataType t = e.type();
    Arithmetic.Op op = e.op();
    switch (t.kind()) {
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
        {
          long a = ((Number) l).longValue();
          long b = ((Number) r).longValue();
          long v;
          switch (op) {
            case ADD:
              v = a + b;
              break;
            case SUBTRACT:
              v = a - b;
              break;
            case MULTIPLY:
              v = a * b;
              break;
            case DIVIDE:
              if (b == 0) {
                return null;
              }
              v = narrow(a, t) / narrow(b, t);
              break;
            default:
              if (b == 0) {
                return null;
              }
              v = a % b;
              break;
          }
          // Computing in long and narrowing wraps exactly as int/short/byte arithmetic does.
          return Casts.cast(v, DataType.BIGINT, t);
        }
      case FLOAT:
        {
          float a = (Float) l;
          float b = (Float) r;
          switch (op) {
            case ADD:
              return a + b;
            case SUBTRACT:
              return a - b;
            case MULTIPLY:
              return a * b;
            case DIVIDE:
              return b == 0 ? null : (Object) (a / b);
            default:
              return b == 0 ? null : (Object) (a % b);
          }
        }
      case DOUBLE:
        {
          double a = (Double) l;
          double b = (Double) r;
          switch (op) {
            case ADD:
              return a + b;
            case SUBTRACT:
              return a - b;
            case MULTIPLY:
              return a * b;
            case DIVIDE:
              return b == 0 ? null : (Object) (a / b);
            default:
              return b == 0 ? null : (Object) (a % b);
          }
        }
      case DECIMAL:
        {
          BigDecimal a = (BigDecimal) l;
          BigDecimal b = (BigDecimal) r;
          int p = t.precision();
          int s = t.scale();
          switch (op) {
            case ADD:
              return DecimalOps.add(a, b, p, s);
            case SUBTRACT:
              return DecimalOps.subtract(a, b, p, s);
            case MULTIPLY:
              return DecimalOps.multiply(a, b, p, s);
            case DIVIDE:
              return DecimalOps.divide(a, b, p, s);
            default:
              return DecimalOps.remainder(a, b, p, s);
          }
        }
      default:
        throw new IllegalArgumentException("arithmetic over " + t);
    }
  }

  private static long narrow(long v, DataType t) {
    return ((Number) Casts.cast(v, DataType.BIGINT, t)).longValue();
  }

  @Override
  public Object visitNegate(Negate e) {
    Object v = eval(e.child());
    if (v == null) {
      return null;
    }
    if (options.ansi()) {
      switch (e.type().kind()) {
        case TINYINT:
          return ExactMath.negateExact((Byte) v);
        case SMALLINT:
          return ExactMath.negateExact((Short) v);
        case INT:
          return ExactMath.negateExact((Integer) v);
        case BIGINT:
          return ExactMath.negateExact((Long) v);
        default:
          break;
      }
    }
    switch (e.type().kind()) {
      case TINYINT:
        return (byte) -(Byte) v;
      case SMALLINT:
        return (short) -(Short) v;
      case INT:
        return -(Integer) v;
      case BIGINT:
        return -(Long) v;
      case FLOAT:
        return -(Float) v;
      case DOUBLE:
        return -(Double) v;
      case DECIMAL:
        return DecimalOps.negate((BigDecimal) v, e.type().precision(), e.type().scale());
      default:
        throw new IllegalArgumentException("negate of " + e.type());
    }
  }

  @Override
  public Object visitComparison(Comparison e) {
    Object l = eval(e.left());
    Object r = eval(e.right());
    if (e.op() == Comparison.Op.NULL_SAFE_EQ) {
      if (l == null || r == null) {
        return l == null && r == null;
      }
      return Orderings.compareValues(l, r, e.left().type()) == 0;
    }
    if (l == null || r == null) {
      return null;
    }
    int c = Orderings.compareValues(l, r, e.left().type());
    switch (e.op()) {
      case EQ:
        return c == 0;
      case NE:
        return c != 0;
      case LT:
        return c < 0;
      case LE:
        return c <= 0;
      case GT:
        return c > 0;
      default:
        return c >= 0;
    }
  }

  @Override
  public Object visitAnd(And e) {
    Object l = eval(e.left());
    if (Boolean.FALSE.equals(l)) {
      return false;
    }
    Object r = eval(e.right());
    if (Boolean.FALSE.equals(r)) {
      return false;
    }
    return l == null || r == null ? null : Boolean.TRUE;
  }

  @Override
  public Object visitOr(Or e) {
    Object l = eval(e.left());
    if (Boolean.TRUE.equals(l)) {
      return true;
    }
    Object r = eval(e.right());
    if (Boolean.TRUE.equals(r)) {
      return true;
    }
    return l == null || r == null ? null : Boolean.FALSE;
  }

  @Override
  public Object visitNot(Not e) {
    Object v = eval(e.child());
    return v == null ? null : !(Boolean) v;
  }

  @Override
  public Object visitIsNull(IsNull e) {
    return (eval(e.child()) == null) != e.negated();
  }

  @Override
  public Object visitCast(Cast e) {
    Object v = eval(e.child());
    DataType from = e.child().type();
    if (e.mode() == EvalMode.TRY) {
      try {
        return AnsiCasts.cast(v, from, e.type(), options.zone());
      } catch (RuntimeException ex) {
        if (ex instanceof SluiceThrowable) {
          return null;
        }
        throw ex;
      }
    }
    return fails(e.mode())
        ? AnsiCasts.cast(v, from, e.type(), options.zone())
        : Casts.cast(v, from, e.type(), options.zone());
  }

  @Override
  public Object visitCaseWhen(CaseWhen e) {
    List<Expr> conditions = e.conditions();
    for (int i = 0; i < conditions.size(); i++) {
      if (Boolean.TRUE.equals(eval(conditions.get(i)))) {
        return eval(e.values().get(i));
      }
    }
    return e.otherwise() == null ? null : eval(e.otherwise());
  }

  @Override
  public Object visitIn(In e) {
    Object v = eval(e.child());
    if (v == null) {
      return null;
    }
    boolean sawNull = false;
    for (Expr item : e.list()) {
      Object x = eval(item);
      if (x == null) {
        sawNull = true;
      } else if (Orderings.compareValues(v, x, e.child().type()) == 0) {
        return true;
      }
    }
    return sawNull ? null : Boolean.FALSE;
  }

  @Override
  public Object visitCall(Call e) {
    FunctionRegistry.Binding b = FunctionRegistry.bind(e);
    List<Expr> args = e.args();
    if (b.special != null) {
      boolean greatest = b.special.equals("greatest");
      Object best = null;
      for (Expr a : args) {
        Object v = eval(a);
        if (v != null) {
          int c = best == null ? 0 : Orderings.compareValues(v, best, e.type());
          if (best == null || (greatest ? c > 0 : c < 0)) {
            best = v;
          }
        }
      }
      return best;
    }
    int fixed = b.varargsFrom < 0 ? args.size() : b.varargsFrom;
    Object[] javaArgs = new Object[(b.varargsFrom < 0 ? args.size() : fixed + 1) + (b.zoned ? 1 : 0)];
    for (int i = 0; i < fixed; i++) {
      javaArgs[i] = eval(args.get(i));
      if (javaArgs[i] == null && b.strict) {
        return null;
      }
    }
    if (b.varargsFrom >= 0) {
      String[] rest = new String[args.size() - fixed];
      for (int i = 0; i < rest.length; i++) {
        rest[i] = (String) eval(args.get(fixed + i));
        if (rest[i] == null && b.strict) {
          return null;
        }
      }
      javaArgs[fixed] = rest;
    }
    if (b.zoned) {
      javaArgs[javaArgs.length - 1] = options.zone();
    }
    try {
      return b.method(options.ansi()).invoke(null, javaArgs);
    } catch (InvocationTargetException ex) {
      Throwable cause = ex.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
