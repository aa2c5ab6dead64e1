package io.sluice.plan.expr;

import io.sluice.columnar.types.DataType;
import java.util.List;

/** {@code CAST(child AS type)}. */
public final class CastTo extends UnresolvedExpr {
  private final UnresolvedExpr child;
  private final DataType type;

  public CastTo(UnresolvedExpr child, DataType type) {
    this.child = child;
    this.type = type;
  }

  public UnresolvedExpr child() {
    return child;
  }

  public DataType type() {
    return type;
  }

  @Override
  public List<UnresolvedExpr> children() {
    return List.of(child);
  }

  @Override
  public String sql() {
    return "CAST(" + child.sql() + " AS " + type.sqlName() + ")";
  }
}
