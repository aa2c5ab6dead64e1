package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code CASE WHEN c1 THEN v1 ... [ELSE e] END}: the value of the first condition that is true
 * (null counts as false); the else value, or null when there is none. Values share one type.
 */
public final class CaseWhen extends Expr {
  private final List<Expr> conditions;
  private final List<Expr> values;
  private final Expr otherwise;
  private final DataType type;

  /** {@code otherwise} may be null: the result is then null when no condition holds. */
  public CaseWhen(List<Expr> conditions, List<Expr> values, Expr otherwise, DataType type) {
    if (conditions.size() != values.size() || conditions.isEmpty()) {
      throw new IllegalArgumentException("CASE needs as many values as conditions, at least one");
    }
    this.conditions = List.copyOf(conditions);
    this.values = List.copyOf(values);
    this.otherwise = otherwise;
    this.type = type;
  }

  public List<Expr> conditions() {
    return conditions;
  }

  public List<Expr> values() {
    return values;
  }

  /** The ELSE value, or null. */
  public Expr otherwise() {
    return otherwise;
  }

  @Override
  public DataType type() {
    return type;
  }

  /**
   * Nullable when a branch can give null; {@code WHEN v IS NOT NULL THEN v} cannot, which makes
   * {@code coalesce} (built as such a CASE) non-nullable when its last argument is not, as Spark's
   * {@code Coalesce.nullable} says.
   */
  @Override
  public boolean nullable() {
    if (otherwise == null || otherwise.nullable()) {
      return true;
    }
    for (int i = 0; i < values.size(); i++) {
      Expr v = values.get(i);
      if (v.nullable() && !guardsAgainstNull(conditions.get(i), v)) {
        return true;
      }
    }
    return false;
  }

  private static boolean guardsAgainstNull(Expr condition, Expr value) {
    return condition instanceof IsNull
        && ((IsNull) condition).negated()
        && ((IsNull) condition).child().equals(value);
  }

  @Override
  public List<Expr> children() {
    List<Expr> all = new ArrayList<>();
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
  public <R> R accept(ExprVisitor<R> visitor) {
    return visitor.visitCaseWhen(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseWhen
        && ((CaseWhen) o).conditions.equals(conditions)
        && ((CaseWhen) o).values.equals(values)
        && Objects.equals(((CaseWhen) o).otherwise, otherwise)
        && ((CaseWhen) o).type.equals(type);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, values, otherwise, type);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("CASE");
    for (int i = 0; i < conditions.size(); i++) {
      s.append(" WHEN ").append(conditions.get(i)).append(" THEN ").append(values.get(i));
    }
    if (otherwise != null) {
      s.append(" ELSE ").append(otherwise);
    }
    return s.append(" END").toString();
  }
}
