package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * A call of a built-in scalar function (string, math, date, {@code coalesce}, ...), resolved by
 * {@code io.sluice.codegen.function.FunctionRegistry}, which fixed the argument types and the
 * result type. {@code function} is the registry's canonical lower-case name.
 */
public final class Call extends Expr {
  private final String function;
  private final List<Expr> args;
  private final DataType type;
  private final boolean nullable;

  public Call(String function, List<Expr> args, DataType type, boolean nullable) {
    this.function = function;
    this.args = List.copyOf(args);
    this.type = type;
    this.nullable = nullable;
  }

  public String function() {
    return function;
  }

  public List<Expr> args() {
    return args;
  }

  @Override
  public DataType type() {
    return type;
  }

  @Override
  public boolean nullable() {
    return nullable;
  }

  @Override
  public List<Expr> children() {
    return args;
  }

  @Override
  public <R> R accept(ExprVisitor<R> visitor) {
    return visitor.visitCall(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Call
        && ((Call) o).function.equals(function)
        && ((Call) o).args.equals(args)
        && ((Call) o).type.equals(type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(function, args, type);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(function).append('(');
    for (int i = 0; i < args.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(args.get(i));
    }
    return s.append(')').toString();
  }
}
