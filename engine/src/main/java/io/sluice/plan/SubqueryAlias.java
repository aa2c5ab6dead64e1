package io.sluice.plan;

import java.util.List;

/**
 * Names a relation ({@code FROM t AS a}, a view's name, {@code Dataset.as("a")}) for qualified
 * columns, and with {@code FROM t AS a(x, y)} renames its columns too.
 */
public final class SubqueryAlias extends LogicalPlan {
  private final String alias;
  private final LogicalPlan child;
  private final List<String> columnNames;

  public SubqueryAlias(String alias, LogicalPlan child) {
    this(alias, List.of(), child);
  }

  public SubqueryAlias(String alias, List<String> columnNames, LogicalPlan child) {
    this.alias = alias;
    this.child = child;
    this.columnNames = List.copyOf(columnNames);
  }

  /** New names for the relation's columns, in order; empty to keep them. */
  public List<String> columnNames() {
    return columnNames;
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
    return "SubqueryAlias " + alias + (columnNames.isEmpty() ? "" : columnNames.toString());
  }
}
