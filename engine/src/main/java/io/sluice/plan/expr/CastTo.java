package io.sluice.plan.expr;

import io.sluice.columnar.types.DataType;
import java.util.List;

/** {@code CAST(child AS type)}, or {@code TRY_CAST}: NULL instead of an error for a bad value. */
public final class CastTo extends UnresolvedExpr {
  private final UnresolvedExpr child;
  private final DataType type;
  private final boolean tryCast;

  public CastTo(UnresolvedExpr child, DataType type) {
    this(child, type, false);
  }

  public CastTo(UnresolvedExpr child, DataType type, boolean tryCast) {
    this.child = child;
    this.type = type;
    this.tryCast = tryCast;
  }

  /** True for {@code TRY_CAST}. */
  public boolean isTry() {
    return tryCast;
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
    return (tryCast ? "TRY_CAST(" : "CAST(") + child.sql() + " AS " + type.sqlName() + ")";
  }
}
