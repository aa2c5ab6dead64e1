package io.sluice.codegen.kernel;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.Interpreter;
import io.sluice.codegen.runtime.ExactMath;
import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.DecimalTypes;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.runtime.AggregateResults;
import io.sluice.codegen.runtime.GroupingValues;
import io.sluice.codegen.runtime.Orderings;
import io.sluice.columnar.Batch;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.NullVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/** Hash aggregation in an on-heap {@link LinkedHashMap} of boxed values: the reference. */
final class InterpretedAggregation implements Aggregation {

  /** Per group: the key values and one accumulator per aggregate. */
  private static final class Group {
    final Object[] keys;
    final Object[] values; // sum, min or max; or the distinct set
    final long[] counts;
    boolean updated;

    Group(Object[] keys, int aggregates) {
      this.keys = keys;
      this.values = new Object[aggregates];
      this.counts = new long[aggregates];
    }
  }

  private final Expr filter;
  private final List<Expr> keys;
  private final List<AggregateCall> aggregates;
  private final Schema schema;
  private final Map<List<Object>, Group> groups = new LinkedHashMap<>();

  private final EvalOptions options;

  /**
   * A sum accumulator that overflowed: a decimal total beyond its buffer where Spark checks it
   * (see {@code AggregateBuffers}), an integral {@code try_sum} past the long range. Spark's null
   * sum buffer.
   */
  private static final Object OVERFLOWED = new Object();

  InterpretedAggregation(
      Expr filter, List<Expr> keys, List<AggregateCall> aggregates, Schema schema, EvalOptions options) {
    this.options = options;
    this.filter = filter;
    this.keys = List.copyOf(keys);
    this.aggregates = List.copyOf(aggregates);
    this.schema = schema;
    if (keys.isEmpty()) {
      group(new Object[0]);
    }
  }

  @Override
  public Schema outputSchema() {
    return schema;
  }

  private Group group(Object[] keyValues) {
    List<Object> k = new ArrayList<>(keyValues.length);
    for (Object v : keyValues) {
      k.add(GroupingValues.normalize(v));
    }
    Group g = groups.get(k);
    if (g == null) {
      Object[] stored = new Object[keyValues.length];
      for (int i = 0; i < stored.length; i++) {
        stored[i] = GroupingValues.denormalize(k.get(i));
      }
      g = new Group(stored, aggregates.size());
      groups.put(k, g);
    }
    return g;
  }

  @Override
  public void update(Batch input) {
    int rows = input.rowCount();
    for (int r = 0; r < rows; r++) {
      Object[] row = InterpretedRows.row(input, r);
      if (filter != null && !Boolean.TRUE.equals(Interpreter.evaluate(filter, row, options))) {
        continue;
      }
      Object[] k = new Object[keys.size()];
      for (int i = 0; i < k.length; i++) {
        k[i] = Interpreter.evaluate(keys.get(i), row, options);
      }
      Group g = group(k);
      g.updated = true;
      for (int a = 0; a < aggregates.size(); a++) {
        AggregateCall call = aggregates.get(a);
        if (call.function() == AggregateCall.Function.COUNT_STAR) {
          g.counts[a]++;
          continue;
        }
        Object v = Interpreter.evaluate(call.argument(), row, options);
        if (v != null) {
          fold(call, g, a, v, 1, options.ansi(), keys.isEmpty());
        }
      }
    }
  }

  /** Folds one non-null value, or for merges a partial value with its count. */
  @SuppressWarnings("unchecked")
  private static void fold(
      AggregateCall call, Group g, int a, Object v, long count, boolean ansi, boolean global) {
    if (call.distinct()) {
      Set<Object> set = (Set<Object>) g.values[a];
      if (set == null) {
        set = new LinkedHashSet<>();
        g.values[a] = set;
      }
      set.add(GroupingValues.normalize(v));
      return;
    }
    DataType argType = call.argument().type();
    switch (call.function()) {
      case COUNT:
        g.counts[a] += count;
        break;
      case SUM:
      case AVG:
        Object w = widen(v, argType, call.function() == AggregateCall.Function.AVG);
        g.values[a] = g.values[a] == null
            ? w
            : add(call, g.values[a], w, ansi && call.function() == AggregateCall.Function.SUM);
        if (!global) {
          g.values[a] = checked(call, g.values[a]);
        }
        g.counts[a] += count;
        break;
      case MIN:
        if (g.values[a] == null || Orderings.compareValues(v, g.values[a], argType) < 0) {
          g.values[a] = v;
        }
        break;
      case MAX:
        if (g.values[a] == null || Orderings.compareValues(v, g.values[a], argType) > 0) {
          g.values[a] = v;
        }
        break;
      default:
        throw new AssertionError(call);
    }
  }

  /** Sums run in long (integral, wrapping as Spark), double (fractional; every avg) or exact decimal. */
  private static Object widen(Object v, DataType t, boolean avg) {
    if (t.isIntegral() && !avg) {
      return ((Number) v).longValue();
    }
    if (t.kind() == DataType.Kind.DECIMAL) {
      return v;
    }
    return ((Number) v).doubleValue();
  }

  /** ANSI mode: an integral {@code sum} raises [ARITHMETIC_OVERFLOW] instead of wrapping. */
  private boolean exactSum(AggregateCall call) {
    return options.ansi() && call.function() == AggregateCall.Function.SUM && !call.nullOnOverflow();
  }

  /** {@code a + b} of two sum accumulators; decimals add without a check, as Spark's. */
  private static Object add(AggregateCall call, Object a, Object b, boolean exact) {
    if (a == OVERFLOWED || b == OVERFLOWED) {
      return OVERFLOWED;
    }
    if (a instanceof Long) {
      long x = (Long) a;
      long y = (Long) b;
      if (call.nullOnOverflow() && call.function() == AggregateCall.Function.SUM) {
        long r = x + y;
        return ((x ^ r) & (y ^ r)) < 0 ? OVERFLOWED : (Object) r;
      }
      return exact ? ExactMath.addExact(x, y) : x + y;
    }
    if (a instanceof Double) {
      return (Double) a + (Double) b;
    }
    return ((BigDecimal) a).add((BigDecimal) b);
  }

  /** A decimal total that needs more digits than its DECIMAL(p + 10, s) buffer has overflowed. */
  private static Object checked(AggregateCall call, Object total) {
    if (!(total instanceof BigDecimal)) {
      return total;
    }
    DataType buffer = DecimalTypes.sum(call.argument().type());
    BigDecimal d = (BigDecimal) total;
    return d.signum() != 0 && d.precision() - d.scale() > buffer.precision() - buffer.scale()
        ? OVERFLOWED
        : d;
  }

  @Override
  public void checkMerge(Aggregation other) {
    if (!options.ansi()) {
      return;
    }
    InterpretedAggregation o = (InterpretedAggregation) other;
    for (Map.Entry<List<Object>, Group> e : o.groups.entrySet()) {
      Group g = groups.get(e.getKey());
      if (g == null) {
        continue; // a new group takes the other's values as they are
      }
      for (int a = 0; a < aggregates.size(); a++) {
        AggregateCall call = aggregates.get(a);
        Object v = e.getValue().values[a];
        if (!call.distinct() && exactSum(call) && v instanceof Long && g.values[a] instanceof Long) {
          ExactMath.addExact((long) (Long) g.values[a], (long) (Long) v);
        }
      }
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public void merge(Aggregation other) {
    InterpretedAggregation o = (InterpretedAggregation) other;
    for (Group og : o.groups.values()) {
      Group g = group(og.keys);
      g.updated = true;
      for (int a = 0; a < aggregates.size(); a++) {
        AggregateCall call = aggregates.get(a);
        if (call.distinct()) {
          if (og.values[a] != null) {
            for (Object v : (Set<Object>) og.values[a]) {
              fold(call, g, a, GroupingValues.denormalize(v), 0, options.ansi(), keys.isEmpty());
            }
          }
        } else if (call.function() == AggregateCall.Function.COUNT_STAR
            || call.function() == AggregateCall.Function.COUNT) {
          g.counts[a] += og.counts[a];
        } else if (og.values[a] != null) {
          Object v = og.values[a];
          if (call.function() == AggregateCall.Function.SUM || call.function() == AggregateCall.Function.AVG) {
            // The partial is checked as Spark checks one leaving its task; the total only when
            // grouped.
            Object partial = checked(call, v);
            Object total = g.values[a] == null ? partial : add(call, g.values[a], partial, exactSum(call));
            g.values[a] = keys.isEmpty() ? total : checked(call, total);
            g.counts[a] += og.counts[a];
          } else {
            fold(call, g, a, v, 0, options.ansi(), keys.isEmpty());
          }
        }
      }
    }
  }

  @Override
  public int groupCount() {
    return groups.size();
  }

  @Override
  public Batch result(BufferAllocator allocator) {
    return write(allocator, false);
  }

  @Override
  public Batch updatedResult(BufferAllocator allocator) {
    return write(allocator, true);
  }

  @Override
  public void clearUpdated() {
    for (Group g : groups.values()) {
      g.updated = false;
    }
  }

  private Batch write(BufferAllocator allocator, boolean onlyUpdated) {
    VectorSchemaRoot out = VectorSchemaRoot.create(schema, allocator);
    try {
      out.allocateNew();
      List<FieldVector> vectors = out.getFieldVectors();
      int row = 0;
      for (Group g : groups.values()) {
        if (onlyUpdated && !g.updated) {
          continue;
        }
        for (int k = 0; k < keys.size(); k++) {
          set(vectors.get(k), row, g.keys[k]);
        }
        for (int a = 0; a < aggregates.size(); a++) {
          set(vectors.get(keys.size() + a), row, finish(aggregates.get(a), g, a, options.ansi()));
        }
        row++;
      }
      out.setRowCount(row);
      return Batch.wrap(out);
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
  }

  private static void set(FieldVector v, int row, Object value) {
    if (!(v instanceof NullVector)) {
      Values.set(v, row, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object finish(AggregateCall call, Group g, int a, boolean ansi) {
    if (call.distinct() && call.function() != AggregateCall.Function.COUNT_STAR) {
      return finishDistinct(call, (Set<Object>) g.values[a], ansi);
    }
    boolean sumOrAvg =
        call.function() == AggregateCall.Function.SUM || call.function() == AggregateCall.Function.AVG;
    if (sumOrAvg && g.values[a] != null && call.argument().type().kind() == DataType.Kind.DECIMAL) {
      // Sealed: an out-of-range total stays overflowed, as Spark's buffer turns null when a
      // result or a micro-batch's state is stored.
      g.values[a] = checked(call, g.values[a]);
    }
    boolean overflowed = g.values[a] == OVERFLOWED;
    boolean raise = ansi && !call.nullOnOverflow();
    DataType t = call.type();
    switch (call.function()) {
      case COUNT_STAR:
      case COUNT:
        return g.counts[a];
      case SUM:
        if (g.values[a] == null) {
          return null;
        }
        if (t.kind() == DataType.Kind.DECIMAL) {
          return AggregateResults.sumDecimal(
              overflowed ? null : (BigDecimal) g.values[a], overflowed, raise);
        }
        return overflowed ? null : g.values[a];
      case AVG:
        if (g.values[a] == null) {
          return null;
        }
        return t.kind() == DataType.Kind.DECIMAL
            ? AggregateResults.avgDecimal(
                overflowed ? null : (BigDecimal) g.values[a],
                overflowed,
                g.counts[a],
                t.precision(),
                t.scale(),
                raise)
            : AggregateResults.avgDouble((Double) g.values[a], g.counts[a]);
      default:
        return g.values[a];
    }
  }

  /** The aggregate over a group's distinct (normalized) values, folded in the set's order. */
  static Object finishDistinct(AggregateCall call, Set<Object> values, boolean ansi) {
    AggregateCall plain =
        new AggregateCall(call.function(), call.argument(), false, call.type(), call.evalMode());
    Group single = new Group(new Object[0], 1);
    if (values != null) {
      for (Object v : values) {
        // ANSI: an integral sum over the distinct values overflows as Spark's Sum over them does.
        fold(plain, single, 0, GroupingValues.denormalize(v), 1, ansi, true);
      }
    }
    return finish(plain, single, 0, ansi);
  }

  @Override
  public void close() {
    groups.clear();
  }

  @Override
  public String toString() {
    return "InterpretedAggregation" + Arrays.asList(keys) + aggregates;
  }
}
