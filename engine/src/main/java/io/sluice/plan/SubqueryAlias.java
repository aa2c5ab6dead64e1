package io.sluice.plan;

import java.util.List;

/** Names a relation ({@code FROM t AS a}, a view's name, {@code Dataset.as("a")}) for qualified columns. */
public final class SubqueryAlias extends LogicalPlan {
  private final String alias;
  private final LogicalPlan child;

  public SubqueryAlias(String alias, LogicalPlan child) {
    this.alias = alias;
    this.child = child;
  }

  public String alias() {
    return alias;
  }

  public LogicalPlan child() {
    return child;
  }

  @Override
  public List<LogicalPlan> children() {
    return List.of(child);
  }

  @Override
  public String describe() {
    return "SubqueryAlias " + alias;
  }
}
