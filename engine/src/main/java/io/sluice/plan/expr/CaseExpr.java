package io.sluice.plan.expr;

import java.util.ArrayList;
import java.util.List;

/** {@code CASE WHEN c THEN v ... [ELSE e] END}; built by {@code when(..).when(..).otherwise(..)}. */
public final class CaseExpr extends UnresolvedExpr {
  private final List<UnresolvedExpr> conditions;
  private final List<UnresolvedExpr> values;
  private final UnresolvedExpr otherwise;

  public CaseExpr(
      List<UnresolvedExpr> conditions, List<UnresolvedExpr> values, UnresolvedExpr otherwise) {
    this.conditions = List.copyOf(conditions);
    this.values = List.copyOf(values);
    this.otherwise = otherwise;
  }

  public List<UnresolvedExpr> conditions() {
    return conditions;
  }

  public List<UnresolvedExpr> values() {
    return values;
  }

  /** The ELSE value, or null. */
  public UnresolvedExpr otherwise() {
    return otherwise;
  }

  /** This CASE with one more WHEN branch. */
  public CaseExpr withBranch(UnresolvedExpr condition, UnresolvedExpr value) {
    List<UnresolvedExpr> c = new ArrayList<>(conditions);
    List<UnresolvedExpr> v = new ArrayList<>(values);
    c.add(condition);
    v.add(value);
    return new CaseExpr(c, v, otherwise);
  }

  public CaseExpr withOtherwise(UnresolvedExpr value) {
    return new CaseExpr(conditions, values, value);
  }

  @Override
  public List<UnresolvedExpr> children() {
    List<UnresolvedExpr> all = new ArrayList<>();
    for (int i = 0; i < conditions.size(); i++) {
      all.add(conditions.get(i));
      all.add(values.get(i));
    }
    if (otherwise != null) {
      all.add(otherwise);
    }
    return all;
  }

  @Override
  public String sql() {
    StringBuilder s = new StringBuilder("CASE");
    for (int i = 0; i < conditions.size(); i++) {
      s.append(" WHEN ").append(conditions.get(i).sql());
      s.append(" THEN ").append(values.get(i).sql());
    }
    if (otherwise != null) {
      s.append(" ELSE ").append(otherwise.sql());
    }
    return s.append(" END").toString();
  }
}
