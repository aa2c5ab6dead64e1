package io.sluice;

import io.sluice.plan.Aggregate;
import io.sluice.plan.expr.Alias;
import io.sluice.plan.expr.ColumnName;
import io.sluice.plan.expr.FunctionCall;
import io.sluice.plan.expr.Star;
import io.sluice.plan.expr.UnresolvedExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of {@code groupBy}, Spark's {@code RelationalGroupedDataset}: aggregate it with
 * {@link #count()}, {@link #agg}, {@link #sum}, ... The grouping columns come first in the result.
 */
public final class RelationalGroupedDataset {
  private final Dataset<?> dataset;
  private final List<UnresolvedExpr> groupings;

  RelationalGroupedDataset(Dataset<?> dataset, List<UnresolvedExpr> groupings) {
    this.dataset = dataset;
    this.groupings = List.copyOf(groupings);
  }

  private Dataset<Row> aggregate(List<UnresolvedExpr> aggregates) {
    List<UnresolvedExpr> outputs = new ArrayList<>(groupings);
    outputs.addAll(aggregates);
    return Dataset.ofRows(
        dataset.sparkSession(), new Aggregate(groupings, outputs, null, dataset.logicalPlan()));
  }

  /** Rows per group, in a column named {@code count}. */
  public Dataset<Row> count() {
    return aggregate(List.of(new Alias(new FunctionCall("count", new Star(null)), "count")));
  }

  public Dataset<Row> agg(Column expr, Column... exprs) {
    List<UnresolvedExpr> list = new ArrayList<>();
    list.add(expr.expr());
    for (Column c : exprs) {
      list.add(c.expr());
    }
    return aggregate(list);
  }

  /** Spark's {@code agg(Map)}: column name to aggregate function name. */
  public Dataset<Row> agg(java.util.Map<String, String> exprs) {
    List<UnresolvedExpr> list = new ArrayList<>();
    exprs.forEach(
        (column, function) ->
            list.add(
                new FunctionCall(
                    function,
                    column.equals("*") ? new Star(null) : ColumnName.parse(column))));
    return aggregate(list);
  }

  private Dataset<Row> each(String function, String... colNames) {
    List<UnresolvedExpr> list = new ArrayList<>();
    for (String c : colNames) {
      list.add(new FunctionCall(function, ColumnName.parse(c)));
    }
    return aggregate(list);
  }

  public Dataset<Row> sum(String... colNames) {
    return each("sum", colNames);
  }

  public Dataset<Row> avg(String... colNames) {
    return each("avg", colNames);
  }

  public Dataset<Row> mean(String... colNames) {
    return each("avg", colNames);
  }

  public Dataset<Row> min(String... colNames) {
    return each("min", colNames);
  }

  public Dataset<Row> max(String... colNames) {
    return each("max", colNames);
  }
}
