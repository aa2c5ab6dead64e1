package io.sluice.plan.expr;

import java.util.List;

/** {@code child AS name}: names an output column. */
public final class Alias extends UnresolvedExpr {
  private final UnresolvedExpr child;
  private final String name;

  public Alias(UnresolvedExpr child, String name) {
    this.child = child;
    this.name = name;
  }

  public UnresolvedExpr child() {
    return child;
  }

  public String name() {
    return name;
  }

  @Override
  public List<UnresolvedExpr> children() {
    return List.of(child);
  }

  @Override
  public String sql() {
    return child.sql() + " AS " + name;
  }
}
