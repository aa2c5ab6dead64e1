package io.sluice.plan;

import java.util.List;

/** A leaf that reads a {@link BatchTable}. */
public final class TableScan extends LogicalPlan {
  private final BatchTable table;

  public TableScan(BatchTable table) {
    this.table = table;
  }

  public BatchTable table() {
    return table;
  }

  @Override
  public List<LogicalPlan> children() {
    return List.of();
  }

  @Override
  public String describe() {
    return "Relation " + table.name() + " " + io.sluice.columnar.types.Ddl.toDdl(table.schema());
  }
}
