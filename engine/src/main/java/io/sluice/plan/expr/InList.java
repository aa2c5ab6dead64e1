package io.sluice.plan.expr;

import java.util.ArrayList;
import java.util.List;

/** {@code child IN (values...)}. */
public final class InList extends UnresolvedExpr {
  private final UnresolvedExpr child;
  private final List<UnresolvedExpr> values;

  public InList(UnresolvedExpr child, List<UnresolvedExpr> values) {
    this.child = child;
    this.values = List.copyOf(values);
  }

  public UnresolvedExpr child() {
    return child;
  }

  public List<UnresolvedExpr> values() {
    return values;
  }

  @Override
  public List<UnresolvedExpr> children() {
    List<UnresolvedExpr> all = new ArrayList<>();
    all.add(child);
    all.addAll(values);
    return all;
  }

  @Override
  public String sql() {
    StringBuilder s = new StringBuilder("(").append(child.sql()).append(" IN (");
    for (int i = 0; i < values.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(values.get(i).sql());
    }
    return s.append("))").toString();
  }
}
