package io.sluice.execution;

import io.sluice.codegen.Interpreter;
import io.sluice.codegen.ir.Expr;
import io.sluice.columnar.Batch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A total sort of its input by key expressions. Materialises rows: sorts are rare in streaming
 * (only after a complete-mode aggregation) and small in batch queries here; a columnar sort is
 * future work.
 */
public final class SortExec extends PhysicalNode {
  private final PhysicalNode child;
  private final List<Expr> keys;
  private final boolean[] ascending;
  private final boolean[] nullsFirst;

  public SortExec(PhysicalNode child, List<Expr> keys, boolean[] ascending, boolean[] nullsFirst) {
    this.child = child;
    this.keys = List.copyOf(keys);
    this.ascending = ascending.clone();
    this.nullsFirst = nullsFirst.clone();
  }

  @Override
  public Schema schema() {
    return child.schema();
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(child);
  }

  @Override
  public List<Batch> execute(ExecContext context) {
    List<Batch> input = child.execute(context);
    List<Object[]> rows;
    try {
      rows = InternalRows.of(input);
    } finally {
      input.forEach(Batch::close);
    }
    int n = keys.size();
    List<Object[]> keyed = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      Object[] k = new Object[n + 1];
      for (int i = 0; i < n; i++) {
        k[i] = Interpreter.evaluate(keys.get(i), row, context.kernels().options());
      }
      k[n] = row;
      keyed.add(k);
    }
    Comparator<Object[]> order =
        (x, y) -> {
          for (int i = 0; i < n; i++) {
            Object a = x[i];
            Object b = y[i];
            int c;
            if (a == null || b == null) {
              if (a == b) {
                continue;
              }
              c = (a == null) == nullsFirst[i] ? -1 : 1;
              return c;
            }
            c = ValueOrdering.compare(a, b);
            if (c != 0) {
              return ascending[i] ? c : -c;
            }
          }
          return 0;
        };
    keyed.sort(order);
    List<Object[]> sorted = new ArrayList<>(keyed.size());
    for (Object[] k : keyed) {
      sorted.add((Object[]) k[n]);
    }
    return new ArrayList<>(List.of(InternalRows.toBatch(schema(), sorted, context.allocator())));
  }

  @Override
  public String describe() {
    StringBuilder s = new StringBuilder("Sort [");
    for (int i = 0; i < keys.size(); i++) {
      s.append(i == 0 ? "" : ", ")
          .append(keys.get(i))
          .append(ascending[i] ? " ASC" : " DESC")
          .append(nullsFirst[i] ? " NULLS FIRST" : " NULLS LAST");
    }
    return s.append(']').toString();
  }
}
