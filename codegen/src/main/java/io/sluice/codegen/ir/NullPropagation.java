package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The part of Spark's {@code NullPropagation} optimizer rule that decides whether an expression is
 * evaluated at all, applied bottom-up before a kernel is made:
 *
 * <ul>
 *   <li>{@code x IS NULL} over a non-nullable {@code x} is {@code false}, {@code IS NOT NULL}
 *       {@code true};
 *   <li>a null-intolerant operator (arithmetic, negation, a comparison other than {@code <=>},
 *       {@code NOT}, a cast) with a {@code NULL} literal operand is a {@code NULL} literal;
 *   <li>with {@code BooleanSimplification}'s literal rules, which run in the same optimizer batch:
 *       {@code x AND false} is false and {@code x OR true} true without evaluating {@code x}, a
 *       {@code true}/{@code false} that does not decide drops out, and {@code NOT} of a boolean
 *       literal is folded.
 * </ul>
 *
 * <p>Why here and not only for speed: under ANSI the operand that is no longer evaluated may be one
 * that fails. Spark answers {@code coalesce(CAST('A' AS DATE), DATE '2000-01-01') IS NOT NULL} with
 * {@code true} and {@code WHERE coalesce(CAST(s AS TIMESTAMP), DATE '1934-12-27') IS NULL} with no
 * rows whatever {@code s} holds, because the rewrite runs before the cast could raise; evaluating
 * as written would raise {@code [CAST_INVALID_INPUT]} instead. The rule depends on each
 * expression's {@link Expr#nullable()} agreeing with Spark's nullability. Stateless.
 */
public final class NullPropagation implements ExprVisitor<Expr> {

  private static final NullPropagation INSTANCE = new NullPropagation(e -> null);

  /**
   * The value of a constant (foldable) boolean operand of {@code AND}/{@code OR}, or null when
   * it is not constant or does not evaluate: Spark folds it first ({@code ConstantFolding}), so
   * {@code x AND (ceil(-8) IN (-21.60, -7))} is false without evaluating {@code x}.
   */
  private final Function<Expr, Object> constants;

  private NullPropagation(Function<Expr, Object> constants) {
    this.constants = constants;
  }

  /** {@code e} rewritten; {@code e} itself when nothing applies (and for null). */
  public static Expr apply(Expr e) {
    return e == null ? null : e.accept(INSTANCE);
  }

  public static List<Expr> apply(List<Expr> es) {
    return INSTANCE.rewrite(es);
  }

  /** With {@code constants} giving the value of a constant operand (null: not constant). */
  public static Expr apply(Expr e, Function<Expr, Object> constants) {
    return e == null ? null : e.accept(new NullPropagation(constants));
  }

  public static List<Expr> apply(List<Expr> es, Function<Expr, Object> constants) {
    return new NullPropagation(constants).rewrite(es);
  }

  private Expr rewrite(Expr e) {
    return e == null ? null : e.accept(this);
  }

  private List<Expr> rewrite(List<Expr> es) {
    List<Expr> out = new ArrayList<>(es.size());
    boolean changed = false;
    for (Expr e : es) {
      Expr r = rewrite(e);
      changed |= r != e;
      out.add(r);
    }
    return changed ? out : es;
  }

  private static boolean isNullLiteral(Expr e) {
    return e instanceof Literal && ((Literal) e).value() == null;
  }

  private static Literal nullOf(Expr e) {
    return Literal.nullOf(e.type());
  }

  @Override
  public Expr visitColumnRef(ColumnRef e) {
    return e;
  }

  @Override
  public Expr visitLiteral(Literal e) {
    return e;
  }

  @Override
  public Expr visitArithmetic(Arithmetic e) {
    Expr l = rewrite(e.left());
    Expr r = rewrite(e.right());
    Expr out = l == e.left() && r == e.right() ? e : new Arithmetic(e.op(), l, r, e.type(), e.mode());
    return isNullLiteral(l) || isNullLiteral(r) ? nullOf(out) : out;
  }

  @Override
  public Expr visitNegate(Negate e) {
    Expr c = rewrite(e.child());
    Expr out = c == e.child() ? e : new Negate(c);
    return isNullLiteral(c) ? nullOf(out) : out;
  }

  @Override
  public Expr visitComparison(Comparison e) {
    Expr l = rewrite(e.left());
    Expr r = rewrite(e.right());
    Expr out = l == e.left() && r == e.right() ? e : new Comparison(e.op(), l, r);
    boolean nullIntolerant = e.op() != Comparison.Op.NULL_SAFE_EQ;
    return nullIntolerant && (isNullLiteral(l) || isNullLiteral(r)) ? nullOf(out) : out;
  }

  @Override
  public Expr visitAnd(And e) {
    Expr l = rewrite(e.left());
    Expr r = rewrite(e.right());
    // BooleanSimplification: false AND x, x AND false are false (x is not evaluated); true AND x is x.
    if (isBoolean(l, false) || isBoolean(r, false)) {
      return new Literal(false, DataType.BOOLEAN);
    }
    if (isBoolean(l, true)) {
      return r;
    }
    if (isBoolean(r, true)) {
      return l;
    }
    return l == e.left() && r == e.right() ? e : new And(l, r);
  }

  @Override
  public Expr visitOr(Or e) {
    Expr l = rewrite(e.left());
    Expr r = rewrite(e.right());
    // BooleanSimplification: true OR x, x OR true are true; false OR x is x.
    if (isBoolean(l, true) || isBoolean(r, true)) {
      return new Literal(true, DataType.BOOLEAN);
    }
    if (isBoolean(l, false)) {
      return r;
    }
    if (isBoolean(r, false)) {
      return l;
    }
    return l == e.left() && r == e.right() ? e : new Or(l, r);
  }

  @Override
  public Expr visitNot(Not e) {
    Expr c = rewrite(e.child());
    if (c instanceof Literal && ((Literal) c).value() instanceof Boolean) {
      return new Literal(!(Boolean) ((Literal) c).value(), DataType.BOOLEAN); // constant folding
    }
    Expr out = c == e.child() ? e : new Not(c);
    return isNullLiteral(c) ? nullOf(out) : out;
  }

  private boolean isBoolean(Expr e, boolean value) {
    Object v = e instanceof Literal ? ((Literal) e).value() : constants.apply(e);
    return Boolean.valueOf(value).equals(v);
  }

  @Override
  public Expr visitIsNull(IsNull e) {
    Expr c = rewrite(e.child());
    if (!c.nullable()) {
      return new Literal(e.negated(), DataType.BOOLEAN);
    }
    return c == e.child() ? e : new IsNull(c, e.negated());
  }

  @Override
  public Expr visitCast(Cast e) {
    Expr c = rewrite(e.child());
    Expr out = c == e.child() ? e : new Cast(c, e.type(), e.mode());
    return isNullLiteral(c) ? nullOf(out) : out;
  }

  @Override
  public Expr visitCaseWhen(CaseWhen e) {
    List<Expr> conditions = rewrite(e.conditions());
    List<Expr> values = rewrite(e.values());
    Expr otherwise = rewrite(e.otherwise());
    return conditions == e.conditions() && values == e.values() && otherwise == e.otherwise()
        ? e
        : new CaseWhen(conditions, values, otherwise, e.type());
  }

  @Override
  public Expr visitIn(In e) {
    Expr c = rewrite(e.child());
    List<Expr> list = rewrite(e.list());
    return c == e.child() && list == e.list() ? e : new In(c, list);
  }

  @Override
  public Expr visitCall(Call e) {
    List<Expr> args = rewrite(e.args());
    return args == e.args() ? e : new Call(e.function(), args, e.type(), e.nullable());
  }
}
