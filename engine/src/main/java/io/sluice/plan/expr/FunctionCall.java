package io.sluice.plan.expr;

import java.util.List;
import java.util.Locale;

/**
 * A call of a scalar or aggregate function by name: {@code upper(name)}, {@code count(*)} (one
 * {@link Star} argument), {@code count(DISTINCT x)}.
 */
public final class FunctionCall extends UnresolvedExpr {
  private final String name;
  private final List<UnresolvedExpr> args;
  private final boolean distinct;

  public FunctionCall(String name, List<UnresolvedExpr> args, boolean distinct) {
    this.name = name.toLowerCase(Locale.ROOT);
    this.args = List.copyOf(args);
    this.distinct = distinct;
  }

  public FunctionCall(String name, UnresolvedExpr... args) {
    this(name, List.of(args), false);
  }

  /** Lower-case function name. */
  public String name() {
    return name;
  }

  public List<UnresolvedExpr> args() {
    return args;
  }

  public boolean distinct() {
    return distinct;
  }

  @Override
  public List<UnresolvedExpr> children() {
    return args;
  }

  @Override
  public String sql() {
    StringBuilder s = new StringBuilder(name).append('(');
    if (distinct) {
      s.append("DISTINCT ");
    }
    for (int i = 0; i < args.size(); i++) {
      UnresolvedExpr a = args.get(i);
      // Spark names count(*) "count(1)".
      s.append(i == 0 ? "" : ", ").append(a instanceof Star ? "1" : a.sql());
    }
    return s.append(')').toString();
  }
}
