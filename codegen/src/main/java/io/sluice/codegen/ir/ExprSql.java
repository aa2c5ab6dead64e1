package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;

/**
 * The SQL text of an expression with column names, as Spark prints it in error messages: {@code
 * (name + 1)}. Not the explain form ({@link Expr#toString()} adds ordinals).
 */
public final class ExprSql implements ExprVisitor<String> {

  private static final ExprSql INSTANCE = new ExprSql();

  private ExprSql() {}

  public static String of(Expr e) {
    return e.accept(INSTANCE);
  }

  static String call(String name, List<Expr> args) {
    StringBuilder s = new StringBuilder(name).append('(');
    for (int i = 0; i < args.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(of(args.get(i)));
    }
    return s.append(')').toString();
  }

  @Override
  public String visitColumnRef(ColumnRef e) {
    return e.name();
  }

  @Override
  public String visitLiteral(Literal e) {
    Object v = e.value();
    if (v == null) {
      return "NULL";
    }
    switch (e.type().kind()) {
      case STRING:
        return "'" + v + "'";
      case BIGINT:
        return v + "L";
      case DATE:
        return "DATE '" + java.time.LocalDate.ofEpochDay((Integer) v) + "'";
      case TIMESTAMP:
        return "TIMESTAMP '" + io.sluice.codegen.runtime.Casts.timestampToString((Long) v) + "'";
      case BINARY:
        return "X'" + java.util.HexFormat.of().withUpperCase().formatHex((byte[]) v) + "'";
      case DECIMAL:
        return ((java.math.BigDecimal) v).toPlainString() + "BD";
      default:
        return String.valueOf(v);
    }
  }

  @Override
  public String visitArithmetic(Arithmetic e) {
    if (e.mode() == EvalMode.TRY) {
      return e.tryFunction() + "(" + of(e.left()) + ", " + of(e.right()) + ")";
    }
    if (e.mode() == EvalMode.TRY) {
      return e.tryFunction() + "(" + of(e.left()) + ", " + of(e.right()) + ")";
    }
    return "(" + of(e.left()) + " " + e.op().symbol + " " + of(e.right()) + ")";
  }

  @Override
  public String visitNegate(Negate e) {
    return "(- " + of(e.child()) + ")";
  }

  @Override
  public String visitComparison(Comparison e) {
    return "(" + of(e.left()) + " " + e.op().symbol + " " + of(e.right()) + ")";
  }

  @Override
  public String visitAnd(And e) {
    return "(" + of(e.left()) + " AND " + of(e.right()) + ")";
  }

  @Override
  public String visitOr(Or e) {
    return "(" + of(e.left()) + " OR " + of(e.right()) + ")";
  }

  @Override
  public String visitNot(Not e) {
    return "(NOT " + of(e.child()) + ")";
  }

  @Override
  public String visitIsNull(IsNull e) {
    return "(" + of(e.child()) + (e.negated() ? " IS NOT NULL)" : " IS NULL)");
  }

  @Override
  public String visitCast(Cast e) {
    // Implicit casts print as their child, as Spark's messages do for the user's own text.
    return (e.mode() == EvalMode.TRY ? "TRY_CAST(" : "CAST(")
        + of(e.child()) + " AS " + e.type().sqlName() + ")";
  }

  @Override
  public String visitCaseWhen(CaseWhen e) {
    StringBuilder s = new StringBuilder("CASE");
    for (int i = 0; i < e.conditions().size(); i++) {
      s.append(" WHEN ").append(of(e.conditions().get(i)));
      s.append(" THEN ").append(of(e.values().get(i)));
    }
    if (e.otherwise() != null) {
      s.append(" ELSE ").append(of(e.otherwise()));
    }
    return s.append(" END").toString();
  }

  @Override
  public String visitIn(In e) {
    StringBuilder s = new StringBuilder("(").append(of(e.child())).append(" IN (");
    for (int i = 0; i < e.list().size(); i++) {
      s.append(i == 0 ? "" : ", ").append(of(e.list().get(i)));
    }
    return s.append("))").toString();
  }

  @Override
  public String visitCall(Call e) {
    return call(e.function(), e.args());
  }

  static String typeName(DataType t) {
    return t.simpleString();
  }
}
