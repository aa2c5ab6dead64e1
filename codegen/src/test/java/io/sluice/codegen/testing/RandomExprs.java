package io.sluice.codegen.testing;

import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Arithmetic;
import io.sluice.codegen.ir.Comparison;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.codegen.ir.TypeCheckException;
import io.sluice.columnar.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/** Random well-typed expression trees over a schema, built through {@link Exprs} (so coercion runs too). */
public final class RandomExprs {

  private static final String[][] FUNCTIONS = {
    {"upper", "1"}, {"lower", "1"}, {"length", "1"}, {"substring", "3"}, {"substr", "2"}, {"concat", "2"},
    {"concat_ws", "3"}, {"trim", "1"}, {"ltrim", "1"}, {"rtrim", "1"}, 
    {"replace", "3"}, {"instr", "2"}, {"reverse", "1"}, {"initcap", "1"}, {"abs", "1"}, {"round", "2"},
    {"bround", "1"}, {"floor", "1"}, {"ceil", "1"}, {"sqrt", "1"}, {"exp", "1"}, {"ln", "1"}, {"log10", "1"},
    {"pow", "2"}, {"pmod", "2"}, {"greatest", "3"}, {"least", "2"}, {"coalesce", "3"}, {"nvl", "2"},
    {"nullif", "2"}, {"year", "1"}, {"month", "1"}, {"dayofmonth", "1"}, {"dayofweek", "1"}, {"hour", "1"},
    {"minute", "1"}, {"second", "1"}, {"to_date", "1"}, {"to_timestamp", "1"}, {"date_add", "2"},
    {"date_sub", "2"}, {"datediff", "2"}, {"unix_timestamp", "1"}, {"signum", "1"}, {"regexp_replace", "3"}
  };

  private final RandomData data;
  private final Random random;
  private final List<Expr> columns = new ArrayList<>();

  public RandomExprs(RandomData data, Schema schema) {
    this.data = data;
    this.random = data.random();
    List<Field> fields = schema.getFields();
    for (int i = 0; i < fields.size(); i++) {
      columns.add(Exprs.column(i, fields.get(i).getName(), DataType.fromArrow(fields.get(i).getType()), true));
    }
  }

  public Expr leaf() {
    if (random.nextInt(4) == 0) {
      DataType t = data.type();
      Object v = data.value(t);
      if (t.kind() == DataType.Kind.STRING && v != null && random.nextBoolean()) {
        v = "[a-b]";
      }
      return Exprs.literal(v, t);
    }
    return columns.get(random.nextInt(columns.size()));
  }

  public Expr expr(int depth) {
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        Expr e = tryExpr(depth);
        if (e != null) {
          return e;
        }
      } catch (TypeCheckException expected) {
        // Not every random combination types; try another.
      }
    }
    return leaf();
  }

  public Expr predicate(int depth) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Expr e = expr(depth);
      if (e.type().kind() == DataType.Kind.BOOLEAN) {
        return e;
      }
      try {
        return Exprs.comparison(Comparison.Op.values()[random.nextInt(7)], e, expr(depth - 1));
      } catch (TypeCheckException expected) {
        // retry
      }
    }
    return Exprs.isNotNull(leaf());
  }

  private Expr tryExpr(int depth) {
    if (depth <= 0) {
      return leaf();
    }
    int d = depth - 1;
    switch (random.nextInt(13)) {
      case 0:
        return leaf();
      case 1:
        return Exprs.arithmetic(Arithmetic.Op.values()[random.nextInt(5)], expr(d), expr(d));
      case 2:
        return Exprs.negate(expr(d));
      case 3:
        return Exprs.comparison(Comparison.Op.values()[random.nextInt(7)], expr(d), expr(d));
      case 4:
        return random.nextBoolean() ? Exprs.and(predicate(d), predicate(d)) : Exprs.or(predicate(d), predicate(d));
      case 5:
        return random.nextBoolean() ? Exprs.not(predicate(d)) : random.nextBoolean() ? Exprs.isNull(expr(d)) : Exprs.isNotNull(expr(d));
      case 6:
      case 7:
        return Exprs.cast(expr(d), data.type());
      case 8:
        return Exprs.caseWhen(List.of(predicate(d), predicate(d)), List.of(expr(d), expr(d)), random.nextBoolean() ? expr(d) : null);
      case 9:
        return Exprs.in(expr(d), List.of(expr(d), leaf(), leaf()));
      default:
        {
          String[] f = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
          int n = Integer.parseInt(f[1]);
          List<Expr> args = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            args.add(expr(d));
          }
          if (f[0].equals("regexp_replace")) {
            args.set(1, Exprs.literal("[a-b]", DataType.STRING));
          }
          return Exprs.call(f[0], args);
        }
    }
  }

  public AggregateCall aggregate() {
    String[] names = {"count", "count", "sum", "avg", "min", "max"};
    for (int attempt = 0; attempt < 50; attempt++) {
      String name = names[random.nextInt(names.length)];
      try {
        if (name.equals("count") && random.nextInt(3) == 0) {
          return Exprs.aggregate("count", null, false);
        }
        Expr arg = random.nextInt(3) == 0 ? expr(1) : leaf();
        return Exprs.aggregate(name, arg, random.nextInt(5) == 0);
      } catch (TypeCheckException expected) {
        // retry
      }
    }
    return Exprs.aggregate("count", null, false);
  }
}
