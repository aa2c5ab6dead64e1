package io.sluice.analysis;

import io.sluice.AnalysisException;
import io.sluice.columnar.types.DataType;
import io.sluice.codegen.ir.Arithmetic;
import io.sluice.codegen.ir.Comparison;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.ir.Exprs;
import io.sluice.codegen.ir.TypeCheckException;
import io.sluice.plan.expr.Alias;
import io.sluice.plan.expr.BinaryOperator;
import io.sluice.plan.expr.CaseExpr;
import io.sluice.plan.expr.CastTo;
import io.sluice.plan.expr.ColumnName;
import io.sluice.plan.expr.ColumnOrdinal;
import io.sluice.plan.expr.FunctionCall;
import io.sluice.plan.expr.InList;
import io.sluice.plan.expr.LiteralValue;
import io.sluice.plan.expr.SortKey;
import io.sluice.plan.expr.Star;
import io.sluice.plan.expr.UnaryOperator;
import io.sluice.plan.expr.UnresolvedExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Binds an unresolved expression to the columns of one relation and types it, giving the codegen
 * IR. Aggregate calls are not allowed here: {@link AggregateResolver} replaces them by columns
 * first. Stateless apart from the relation it binds against.
 */
final class ExprResolver {

  private final List<Attribute> input;
  /** Gives an IR for a subtree the caller has already computed (group keys, aggregates), or null. */
  private final Function<UnresolvedExpr, Expr> substitution;

  /**
   * The session settings that change how operators are typed: ANSI mode (how strings meet
   * numbers) and spark.sql.decimalOperations.allowPrecisionLoss.
   */
  private final EvalOptions options;

  ExprResolver(List<Attribute> input) {
    this(input, e -> null);
  }

  ExprResolver(List<Attribute> input, Function<UnresolvedExpr, Expr> substitution) {
    this(input, substitution, EvalOptions.DEFAULT);
  }

  ExprResolver(
      List<Attribute> input, Function<UnresolvedExpr, Expr> substitution, EvalOptions options) {
    this.input = input;
    this.substitution = substitution;
    this.options = options;
  }

  Expr resolve(UnresolvedExpr e) {
    try {
      return bind(e);
    } catch (TypeCheckException t) {
      throw new AnalysisException(t.getMessage(), t);
    }
  }

  private Expr bind(UnresolvedExpr e) {
    Expr substituted = substitution.apply(e);
    if (substituted != null) {
      return substituted;
    }
    if (e instanceof ColumnName) {
      return column((ColumnName) e);
    }
    if (e instanceof ColumnOrdinal) {
      int i = ((ColumnOrdinal) e).ordinal();
      Attribute a = input.get(i);
      return Exprs.column(i, a.name(), a.type(), a.nullable());
    }
    if (e instanceof LiteralValue) {
      LiteralValue l = (LiteralValue) e;
      return l.type() != null ? Exprs.literal(l.value(), l.type()) : Exprs.literalOf(l.value());
    }
    if (e instanceof Alias) {
      return bind(((Alias) e).child());
    }
    if (e instanceof SortKey) {
      return bind(((SortKey) e).child());
    }
    if (e instanceof BinaryOperator) {
      BinaryOperator b = (BinaryOperator) e;
      Expr l = bind(b.left());
      Expr r = bind(b.right());
      switch (b.op()) {
        case ADD:
          return Exprs.arithmetic(Arithmetic.Op.ADD, l, r, options.decimalPrecisionLoss(), options.ansi());
        case SUBTRACT:
          return Exprs.arithmetic(Arithmetic.Op.SUBTRACT, l, r, options.decimalPrecisionLoss(), options.ansi());
        case MULTIPLY:
          return Exprs.arithmetic(Arithmetic.Op.MULTIPLY, l, r, options.decimalPrecisionLoss(), options.ansi());
        case DIVIDE:
          return Exprs.arithmetic(Arithmetic.Op.DIVIDE, l, r, options.decimalPrecisionLoss(), options.ansi());
        case REMAINDER:
          return Exprs.arithmetic(Arithmetic.Op.REMAINDER, l, r, options.decimalPrecisionLoss(), options.ansi());
        case EQ:
          return Exprs.comparison(Comparison.Op.EQ, l, r, options.ansi());
        case NE:
          return Exprs.comparison(Comparison.Op.NE, l, r, options.ansi());
        case LT:
          return Exprs.comparison(Comparison.Op.LT, l, r, options.ansi());
        case LE:
          return Exprs.comparison(Comparison.Op.LE, l, r, options.ansi());
        case GT:
          return Exprs.comparison(Comparison.Op.GT, l, r, options.ansi());
        case GE:
          return Exprs.comparison(Comparison.Op.GE, l, r, options.ansi());
        case NULL_SAFE_EQ:
          return Exprs.comparison(Comparison.Op.NULL_SAFE_EQ, l, r, options.ansi());
        case AND:
          return Exprs.and(l, r);
        case OR:
          return Exprs.or(l, r);
        default:
          throw new AssertionError(b.op());
      }
    }
    if (e instanceof UnaryOperator) {
      UnaryOperator u = (UnaryOperator) e;
      Expr c = bind(u.child());
      switch (u.op()) {
        case NOT:
          return Exprs.not(c);
        case NEGATE:
          checkSignOperand(u, c);
          return Exprs.negate(c);
        case POSITIVE:
          checkSignOperand(u, c);
          return c;
        case IS_NULL:
          return Exprs.isNull(c);
        default:
          return Exprs.isNotNull(c);
      }
    }
    if (e instanceof CastTo) {
      CastTo cast = (CastTo) e;
      return cast.isTry()
          ? Exprs.tryCast(bind(cast.child()), cast.type())
          : Exprs.cast(bind(cast.child()), cast.type(), options.ansi());
    }
    if (e instanceof CaseExpr) {
      CaseExpr c = (CaseExpr) e;
      List<Expr> conditions = new ArrayList<>();
      List<Expr> values = new ArrayList<>();
      for (int i = 0; i < c.conditions().size(); i++) {
        conditions.add(bind(c.conditions().get(i)));
        values.add(bind(c.values().get(i)));
      }
      return Exprs.caseWhen(conditions, values, c.otherwise() == null ? null : bind(c.otherwise()));
    }
    if (e instanceof InList) {
      InList in = (InList) e;
      List<Expr> values = new ArrayList<>();
      for (UnresolvedExpr v : in.values()) {
        values.add(bind(v));
      }
      return Exprs.in(bind(in.child()), values);
    }
    if (e instanceof FunctionCall) {
      FunctionCall f = (FunctionCall) e;
      if (Exprs.isAggregateFunction(f.name())) {
        throw new AnalysisException(
            "Aggregate function "
                + f.sql()
                + " is not allowed here: aggregates belong in select lists of grouped"
                + " queries, agg() and HAVING");
      }
      List<Expr> args = new ArrayList<>();
      for (UnresolvedExpr a : f.args()) {
        if (a instanceof Star) {
          // concat(t.*), hash(*): Spark expands a star argument into the columns it stands for.
          for (int i : expand(input, (Star) a)) {
            Attribute c = input.get(i);
            args.add(Exprs.column(i, c.name(), c.type(), c.nullable()));
          }
        } else {
          args.add(bind(a));
        }
      }
      return Exprs.call(f.name(), args, options);
    }
    if (e instanceof Star) {
      throw new AnalysisException("Invalid usage of '*' in expression " + e.sql());
    }
    throw new AnalysisException("Unsupported expression: " + e.sql());
  }

  private Expr column(ColumnName name) {
    int index = indexOf(input, name);
    Attribute a = input.get(index);
    return Exprs.column(index, a.name(), a.type(), a.nullable());
  }

  /**
   * The ordinal of the column a name refers to; errors in Spark's words when none or several match.
   * Unqualified names see only ordinary columns; a qualified one looks at the qualified-only
   * columns of a USING join too when no ordinary column matches.
   */
  static int indexOf(List<Attribute> input, ColumnName name) {
    int found = find(input, name);
    if (found < 0) {
      String unresolved =
          "A column, variable, or function parameter with name `"
              + String.join("`.`", name.parts())
              + "` cannot be resolved.";
      String candidates = suggestions(input);
      // Spark suggests nothing when the query has no columns at all (SELECT x without FROM).
      throw new AnalysisException(
          candidates.equals("[]")
              ? "[UNRESOLVED_COLUMN.WITHOUT_SUGGESTION] " + unresolved
              : "[UNRESOLVED_COLUMN.WITH_SUGGESTION] " + unresolved
                  + " Did you mean one of the following? " + candidates + ".");
    }
    return found;
  }

  /** Like {@link #indexOf} but -1 when nothing matches; still an error when several do. */
  static int find(List<Attribute> input, ColumnName name) {
    int found = find(input, name, false);
    return found >= 0 || name.qualifier() == null ? found : find(input, name, true);
  }

  private static int find(List<Attribute> input, ColumnName name, boolean qualifiedOnly) {
    String wanted = name.name();
    String qualifier = name.qualifier();
    int found = -1;
    for (int i = 0; i < input.size(); i++) {
      Attribute a = input.get(i);
      if (a.qualifiedOnly() != qualifiedOnly || !a.name().equalsIgnoreCase(wanted)) {
        continue;
      }
      if (qualifier != null && (a.qualifier() == null || !a.qualifier().equalsIgnoreCase(qualifier))) {
        continue;
      }
      if (found >= 0) {
        throw new AnalysisException(
            "[AMBIGUOUS_REFERENCE] Reference `"
                + String.join(".", name.parts())
                + "` is ambiguous, could be: "
                + candidates(input, wanted)
                + ".");
      }
      found = i;
    }
    return found;
  }

  /**
   * The columns {@code t.*} stands for, in order: the relation's columns as it had them. After a
   * USING join these are its qualified-only copies (which include the join keys); else the
   * ordinary columns qualified by {@code t}. Empty when nothing is qualified by {@code t}.
   */
  static List<Integer> qualifiedStar(List<Attribute> input, String qualifier) {
    List<Integer> hidden = new ArrayList<>();
    List<Integer> visible = new ArrayList<>();
    for (int i = 0; i < input.size(); i++) {
      Attribute a = input.get(i);
      if (a.qualifier() != null && a.qualifier().equalsIgnoreCase(qualifier)) {
        (a.qualifiedOnly() ? hidden : visible).add(i);
      }
    }
    return hidden.isEmpty() ? visible : hidden;
  }

  /** The ordinals {@code *} or {@code t.*} expands to; an error when {@code t} names nothing. */
  static List<Integer> expand(List<Attribute> input, Star star) {
    List<Integer> out = new ArrayList<>();
    if (star.qualifier() == null) {
      for (int i = 0; i < input.size(); i++) {
        if (!input.get(i).qualifiedOnly()) {
          out.add(i);
        }
      }
      return out;
    }
    out = qualifiedStar(input, star.qualifier());
    if (out.isEmpty()) {
      throw new AnalysisException(
          "[CANNOT_RESOLVE_STAR_EXPAND] Cannot resolve `" + star.qualifier() + "`.* given input columns "
              + suggestions(input) + ".");
    }
    return out;
  }

  private static String candidates(List<Attribute> input, String name) {
    List<String> out = new ArrayList<>();
    for (Attribute a : input) {
      if (a.name().equalsIgnoreCase(name) && !a.qualifiedOnly()) {
        out.add("[`" + (a.qualifier() == null ? "" : a.qualifier() + "`.`") + a.name() + "`]");
      }
    }
    return String.join(", ", out);
  }

  static String suggestions(List<Attribute> input) {
    List<String> out = new ArrayList<>();
    for (Attribute a : input) {
      if (!a.qualifiedOnly()) {
        out.add("`" + a.name() + "`");
      }
    }
    return "[" + String.join(", ", out) + "]";
  }

  /** The name Spark gives a column computed by {@code e}. */
  static String outputName(UnresolvedExpr e, List<Attribute> input) {
    if (e instanceof Alias) {
      return ((Alias) e).name();
    }
    if (e instanceof ColumnName) {
      return input.get(indexOf(input, (ColumnName) e)).name();
    }
    if (e instanceof ColumnOrdinal) {
      return ((ColumnOrdinal) e).name();
    }
    return e.sql();
  }

  /** True if the expression contains an aggregate function call. */
  /** The SQL of each aggregate call in {@code e}, outermost first, in {@code out}. */
  static void collectAggregates(UnresolvedExpr e, List<String> out) {
    if (e instanceof FunctionCall && Exprs.isAggregateFunction(((FunctionCall) e).name())) {
      out.add(e.sql());
      return;
    }
    for (UnresolvedExpr c : e.children()) {
      collectAggregates(c, out);
    }
  }

  static boolean containsAggregate(UnresolvedExpr e) {
    if (e instanceof FunctionCall && Exprs.isAggregateFunction(((FunctionCall) e).name())) {
      return true;
    }
    for (UnresolvedExpr c : e.children()) {
      if (containsAggregate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Spark's type check of unary {@code -} and {@code +}: a number or an interval
   * ({@code -DATE '1999-01-01'} is an error, not a date).
   */
  private static void checkSignOperand(UnaryOperator u, Expr operand) {
    DataType.Kind k = operand.type().kind();
    if (operand.type().isNumeric() || k == DataType.Kind.NULL || k == DataType.Kind.STRING) {
      return;
    }
    throw new AnalysisException(
        "[DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE] Cannot resolve \"" + u.sql()
            + "\" due to data type mismatch: The first parameter requires the (\"NUMERIC\" or"
            + " \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\" or \"INTERVAL\") type,"
            + " however \"" + u.child().sql() + "\" has the type \"" + operand.type().sqlName() + "\".");
  }
}
