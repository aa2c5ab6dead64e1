package io.sluice.execution;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.Interpreter;
import io.sluice.codegen.ir.Expr;
import io.sluice.columnar.Batch;
import io.sluice.plan.JoinType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A hash join on equality keys, with an optional residual condition over the joined row; a nested
 * loop when there are no keys. Keys compare as Spark's grouping keys do: {@code -0.0} equals
 * {@code 0.0} and NaN equals NaN (Spark normalises floating join keys); a null key matches
 * nothing, except under {@code <=>} (null-safe equality), where null matches null. Builds on the
 * right side. Every expression, keys included, is over the joined row (left columns, then right
 * columns), and runs under the session's options (ANSI mode, time zone) as projections do. Rows
 * are materialised on the heap: joins between views are batch-side only in this version, and a
 * columnar off-heap join is future work. The probe loop checks the thread's interrupt flag every
 * {@link #INTERRUPT_CHECK_INTERVAL} pairs, so stopping a query ends even a large nested loop.
 */
public final class JoinExec extends PhysicalNode {
  /** Joined pairs between two looks at the interrupt flag; a power of two (checked by mask). */
  static final int INTERRUPT_CHECK_INTERVAL = 4096;

  private final PhysicalNode left;
  private final PhysicalNode right;
  private final JoinType type;
  private final List<Expr> leftKeys;
  private final List<Expr> rightKeys;
  /** Per key: compared with {@code <=>}, so null matches null. */
  private final boolean[] nullSafe;
  private final Expr residual;
  /** The join condition as planned: the key equalities and the residual's conjuncts. */
  private final List<Expr> conjuncts;
  private final Schema schema;

  public JoinExec(
      PhysicalNode left,
      PhysicalNode right,
      JoinType type,
      List<Expr> leftKeys,
      List<Expr> rightKeys,
      List<Boolean> nullSafe,
      Expr residual,
      List<Expr> conjuncts,
      Schema schema) {
    this.left = left;
    this.right = right;
    this.type = type;
    this.leftKeys = List.copyOf(leftKeys);
    this.rightKeys = List.copyOf(rightKeys);
    this.nullSafe = new boolean[nullSafe.size()];
    for (int i = 0; i < this.nullSafe.length; i++) {
      this.nullSafe[i] = nullSafe.get(i);
    }
    this.residual = residual;
    this.conjuncts = List.copyOf(conjuncts);
    this.schema = schema;
  }

  public PhysicalNode left() {
    return left;
  }

  public PhysicalNode right() {
    return right;
  }

  public JoinType type() {
    return type;
  }

  /** The condition's conjuncts over the joined row, keys included, as the planner gave them. */
  public List<Expr> conjuncts() {
    return conjuncts;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(left, right);
  }

  private static List<Object[]> rows(PhysicalNode node, ExecContext context) {
    List<Batch> batches = node.execute(context);
    try {
      return InternalRows.of(batches);
    } finally {
      batches.forEach(Batch::close);
    }
  }

  /** Key values of a row, normalised; null if a key that is not null-safe is null (no match). */
  private KeyTuple key(List<Expr> keys, Object[] row, EvalOptions options) {
    Object[] values = new Object[keys.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = normalized(Interpreter.evaluate(keys.get(i), row, options));
      if (values[i] == null && !nullSafe[i]) {
        return null;
      }
    }
    return new KeyTuple(values);
  }

  /** {@code -0.0} as {@code 0.0}, and one NaN, as Spark's NormalizeFloatingNumbers does. */
  static Object normalized(Object v) {
    if (v instanceof Double) {
      double d = (Double) v;
      return d == 0.0d ? (Object) 0.0d : Double.isNaN(d) ? (Object) Double.NaN : v;
    }
    if (v instanceof Float) {
      float f = (Float) v;
      return f == 0.0f ? (Object) 0.0f : Float.isNaN(f) ? (Object) Float.NaN : v;
    }
    return v;
  }

  @Override
  public List<Batch> execute(ExecContext context) {
    EvalOptions options = context.kernels().options();
    List<Object[]> leftRows = rows(left, context);
    List<Object[]> rightRows = rows(right, context);
    int leftWidth = left.schema().getFields().size();
    int rightWidth = right.schema().getFields().size();
    Map<KeyTuple, List<Integer>> build = new HashMap<>();
    for (int i = 0; i < rightRows.size(); i++) {
      checkInterrupt(i);
      // Key expressions use the joined row's ordinals: evaluate them on (nulls, right row).
      KeyTuple k = key(rightKeys, concat(null, rightRows.get(i), leftWidth, rightWidth), options);
      if (k != null) {
        build.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      }
    }
    List<Integer> allRight = new ArrayList<>();
    for (int i = 0; i < rightRows.size(); i++) {
      allRight.add(i);
    }
    boolean[] rightMatched = new boolean[rightRows.size()];
    List<Object[]> out = new ArrayList<>();
    long pairs = 0;
    for (Object[] l : leftRows) {
      List<Integer> candidates;
      if (leftKeys.isEmpty()) {
        candidates = allRight;
      } else {
        KeyTuple k = key(leftKeys, concat(l, null, leftWidth, rightWidth), options);
        candidates = k == null ? List.of() : build.getOrDefault(k, List.of());
      }
      boolean matched = false;
      checkInterrupt(pairs++);
      for (int ri : candidates) {
        checkInterrupt(pairs++);
        Object[] joined = concat(l, rightRows.get(ri), leftWidth, rightWidth);
        if (residual != null
            && !Boolean.TRUE.equals(Interpreter.evaluate(residual, joined, options))) {
          continue;
        }
        matched = true;
        rightMatched[ri] = true;
        if (type == JoinType.LEFT_SEMI) {
          break;
        }
        if (type != JoinType.LEFT_ANTI) {
          out.add(joined);
        }
      }
      if (type == JoinType.LEFT_SEMI && matched) {
        out.add(l);
      } else if (type == JoinType.LEFT_ANTI && !matched) {
        out.add(l);
      } else if (!matched && (type == JoinType.LEFT_OUTER || type == JoinType.FULL_OUTER)) {
        out.add(concat(l, null, leftWidth, rightWidth));
      }
    }
    if (type == JoinType.RIGHT_OUTER || type == JoinType.FULL_OUTER) {
      for (int ri = 0; ri < rightRows.size(); ri++) {
        if (!rightMatched[ri]) {
          out.add(concat(null, rightRows.get(ri), leftWidth, rightWidth));
        }
      }
    }
    return new ArrayList<>(List.of(InternalRows.toBatch(schema, out, context.allocator())));
  }

  /**
   * Every {@link #INTERRUPT_CHECK_INTERVAL} steps, ends the join if the thread was interrupted (a
   * stopped query): the cause is an {@link InterruptedException}, which the streaming runtime
   * reads as a stop, and the flag stays set for the caller.
   */
  private static void checkInterrupt(long step) {
    if ((step & (INTERRUPT_CHECK_INTERVAL - 1)) == 0 && Thread.currentThread().isInterrupted()) {
      CancellationException stopped = new CancellationException("join interrupted");
      stopped.initCause(new InterruptedException());
      throw stopped;
    }
  }

  private static Object[] concat(Object[] l, Object[] r, int leftWidth, int rightWidth) {
    Object[] joined = new Object[leftWidth + rightWidth];
    if (l != null) {
      System.arraycopy(l, 0, joined, 0, leftWidth);
    }
    if (r != null) {
      System.arraycopy(r, 0, joined, leftWidth, rightWidth);
    }
    return joined;
  }

  @Override
  public String describe() {
    return "HashJoin "
        + type
        + " keys="
        + leftKeys
        + " = "
        + rightKeys
        + (residual == null ? "" : ", condition=" + residual);
  }

  /** Join key values with value equality. */
  private static final class KeyTuple {
    private final Object[] values;
    private final int hash;

    KeyTuple(Object[] values) {
      this.values = values;
      this.hash = Arrays.deepHashCode(values);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof KeyTuple && Arrays.deepEquals(values, ((KeyTuple) o).values);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
