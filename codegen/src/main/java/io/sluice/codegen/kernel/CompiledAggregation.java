package io.sluice.codegen.kernel;

import io.sluice.codegen.generate.AggregationBody;
import io.sluice.codegen.hash.GroupIds;
import io.sluice.codegen.hash.GroupLayout;
import io.sluice.codegen.hash.GroupTable;
import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.runtime.ExactMath;
import io.sluice.codegen.runtime.AggregateBuffers;
import io.sluice.codegen.runtime.AggregateResults;
import io.sluice.codegen.runtime.ArrowMemory;
import io.sluice.columnar.Batch;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.NullVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A hash aggregation whose per-row update is generated code and whose groups live in an off-heap
 * {@link GroupTable}. Merging and producing results walk the groups (not the rows) with the
 * layout, here by hand.
 */
final class CompiledAggregation implements Aggregation {

  private final AggregationBody body;
  private final GroupLayout layout;
  private final GroupTable table;
  private final GroupIds ids;
  private final List<AggregateCall> aggregates;
  private final Schema schema;
  /** The key column whose dictionary ids {@link GroupIds} may group by, or -1. */
  private final int dictionaryKeyColumn;
  /** ANSI mode: a long sum that overflows when partials merge raises [ARITHMETIC_OVERFLOW]. */
  private final boolean ansi;
  private final List<FieldVector> decoded = new ArrayList<>();
  private FieldVector[] in = new FieldVector[0];

  /**
   * @param dictionaryKeyColumn the single plain key column, when nothing but the key reads it (so
   *     a dictionary-encoded batch can be grouped by ids without decoding it); else -1
   */
  CompiledAggregation(
      AggregationBody body,
      GroupLayout layout,
      List<AggregateCall> aggregates,
      Schema schema,
      GroupTable table,
      int dictionaryKeyColumn,
      boolean ansi) {
    this.body = body;
    this.ansi = ansi;
    this.layout = layout;
    this.aggregates = List.copyOf(aggregates);
    this.schema = schema;
    this.table = table;
    this.ids = new GroupIds(table);
    this.dictionaryKeyColumn = dictionaryKeyColumn;
    if (layout.keyCount() == 0) {
      // A global aggregation has its one group before any row, as in Spark.
      table.beginKey();
      table.findOrInsert();
    }
  }

  @Override
  public Schema outputSchema() {
    return schema;
  }

  @Override
  public void update(Batch input) {
    FieldVector[] vectors = vectors(input);
    for (FieldVector v : vectors) {
      if (v.getField().getDictionary() != null) {
        throw new IllegalArgumentException(
            "column " + v.getName() + " is dictionary-encoded: use update(Batch, DictionaryProvider)");
      }
    }
    run(vectors, input.rowCount());
  }

  /**
   * Groups a dictionary-encoded key column by its ids when it can (see {@link GroupIds}); decodes
   * any other encoded column into vectors that live for this call.
   */
  @Override
  public void update(Batch input, DictionaryProvider dictionaries) {
    FieldVector[] vectors = vectors(input);
    try {
      for (int c = 0; c < vectors.length; c++) {
        DictionaryEncoding encoding = vectors[c].getField().getDictionary();
        if (encoding == null) {
          continue;
        }
        Dictionary dictionary = dictionaries.lookup(encoding.getId());
        if (dictionary == null) {
          throw new IllegalArgumentException(
              "no dictionary " + encoding.getId() + " for column " + vectors[c].getName());
        }
        if (c == dictionaryKeyColumn && GroupIds.handlesDictionary(layout.keyType(0), dictionary.getVector())) {
          ids.useDictionary(dictionary.getVector());
        } else {
          FieldVector values = (FieldVector) DictionaryEncoder.decode(vectors[c], dictionary);
          decoded.add(values);
          vectors[c] = values;
        }
      }
      run(vectors, input.rowCount());
    } finally {
      ids.endBatch();
      for (FieldVector v : decoded) {
        v.close();
      }
      decoded.clear();
    }
  }

  private FieldVector[] vectors(Batch input) {
    List<FieldVector> vectors = input.vectors();
    if (in.length != vectors.size()) {
      in = new FieldVector[vectors.size()];
    }
    for (int i = 0; i < in.length; i++) {
      in[i] = vectors.get(i);
    }
    return in;
  }

  private void run(FieldVector[] vectors, int rowCount) {
    try {
      body.update(vectors, rowCount, table, ids);
    } finally {
      ids.endBatch();
      java.util.Arrays.fill(vectors, null);
    }
  }

  @Override
  public void merge(Aggregation other) {
    CompiledAggregation o = (CompiledAggregation) other;
    GroupTable from = o.table;
    int n = from.groupCount();
    for (int g = 0; g < n; g++) {
      table.stageKeyOf(from, g);
      int mine = table.findOrInsert();
      for (int a = 0; a < aggregates.size(); a++) {
        mergeSlot(a, from, g, mine);
      }
    }
  }

  @Override
  public void checkMerge(Aggregation other) {
    if (!ansi) {
      return;
    }
    CompiledAggregation o = (CompiledAggregation) other;
    GroupTable from = o.table;
    int n = from.groupCount();
    for (int g = 0; g < n; g++) {
      table.stageKeyOf(from, g);
      int mine = table.find();
      if (mine < 0) {
        continue; // a new group starts at zero, which cannot overflow
      }
      for (int a = 0; a < aggregates.size(); a++) {
        if (layout.slot(a) == GroupLayout.AggregateSlot.SUM_LONG
            && aggregates.get(a).function() == AggregateCall.Function.SUM
            && !aggregates.get(a).nullOnOverflow()) {
          int offset = layout.slotOffset(a);
          ExactMath.addExact(
              MemoryUtil.getLong(table.recordAddress(mine) + offset),
              MemoryUtil.getLong(from.recordAddress(g) + offset));
        }
      }
    }
  }

  private void mergeSlot(int a, GroupTable from, int g, int mine) {
    int offset = layout.slotOffset(a);
    long src = from.recordAddress(g) + offset;
    long dst = table.recordAddress(mine) + offset;
    boolean max = aggregates.get(a).function() == AggregateCall.Function.MAX;
    switch (layout.slot(a)) {
      case COUNT:
        AggregateBuffers.addCount(dst, MemoryUtil.getLong(src));
        break;
      case SUM_LONG:
        if (aggregates.get(a).nullOnOverflow()) {
          AggregateBuffers.mergeLongTry(dst, src);
          break;
        }
        MemoryUtil.putLong(dst, ansi && aggregates.get(a).function() == AggregateCall.Function.SUM
            ? ExactMath.addExact(MemoryUtil.getLong(dst), MemoryUtil.getLong(src))
            : MemoryUtil.getLong(dst) + MemoryUtil.getLong(src));
        AggregateBuffers.addCount(dst + 8, MemoryUtil.getLong(src + 8));
        break;
      case SUM_DOUBLE:
        if (MemoryUtil.getLong(src + 8) != 0) {
          double s = Double.longBitsToDouble(MemoryUtil.getLong(dst)) + Double.longBitsToDouble(MemoryUtil.getLong(src));
          MemoryUtil.putLong(dst, Double.doubleToRawLongBits(s));
          AggregateBuffers.addCount(dst + 8, MemoryUtil.getLong(src + 8));
        }
        break;
      case SUM_DECIMAL:
        {
          // The partial is checked as Spark checks one leaving its task; the total only when
          // grouped (see AggregateBuffers).
          int precision = sumPrecision(a);
          AggregateBuffers.mergeDecimal(
              dst, src, precision, layout.keyCount() == 0 ? AggregateBuffers.UNCHECKED : precision);
          break;
        }
      case MINMAX_FIXED:
        if (MemoryUtil.getLong(src + 8) != 0) {
          DataType t = aggregates.get(a).argument().type();
          long bits = MemoryUtil.getLong(src);
          if (t.kind() == DataType.Kind.FLOAT || t.kind() == DataType.Kind.DOUBLE) {
            double v = Double.longBitsToDouble(bits);
            if (max) {
              AggregateBuffers.maxDouble(dst, v);
            } else {
              AggregateBuffers.minDouble(dst, v);
            }
          } else if (max) {
            AggregateBuffers.maxLong(dst, bits);
          } else {
            AggregateBuffers.minLong(dst, bits);
          }
        }
        break;
      case MINMAX_DECIMAL:
        if (MemoryUtil.getLong(src + 16) != 0) {
          int scale = aggregates.get(a).argument().type().scale();
          BigDecimal v = AggregateBuffers.decimal(src, scale);
          if (max) {
            AggregateBuffers.maxDecimal(dst, v, scale);
          } else {
            AggregateBuffers.minDecimal(dst, v, scale);
          }
        }
        break;
      case MINMAX_BYTES:
        {
          byte[] v = from.storedBytes(src);
          if (v != null) {
            table.minMaxBytes(dst, v, max);
          }
          break;
        }
      case DISTINCT:
        {
          Set<Object> values = from.distinctValues(a, g);
          if (values != null) {
            for (Object v : values) {
              table.addDistinct(a, mine, v);
            }
          }
          break;
        }
      default:
        throw new AssertionError(layout.slot(a));
    }
  }

  /** The precision of a decimal sum's buffer, DECIMAL(p + 10, s) for sum and avg alike. */
  private int sumPrecision(int a) {
    return io.sluice.codegen.ir.DecimalTypes.sum(aggregates.get(a).argument().type()).precision();
  }

  @Override
  public int groupCount() {
    return table.groupCount();
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
    table.clearUpdated();
  }

  /** One group per output row; boxed per group (not per input row). */
  private Batch write(BufferAllocator allocator, boolean onlyUpdated) {
    VectorSchemaRoot out = VectorSchemaRoot.create(schema, allocator);
    try {
      out.allocateNew();
      List<FieldVector> vectors = out.getFieldVectors();
      int keys = layout.keyCount();
      int n = table.groupCount();
      int row = 0;
      for (int g = 0; g < n; g++) {
        if (onlyUpdated && !table.isUpdated(g)) {
          continue;
        }
        byte[][] varKeys = layout.hasVarKeys() ? table.varKeys(g) : null;
        int var = 0;
        for (int k = 0; k < keys; k++) {
          DataType t = layout.keyType(k);
          Object value = null;
          if (GroupLayout.isVar(t)) {
            byte[] bytes = varKeys[var++];
            if (!table.isKeyNull(g, k)) {
              value = t.kind() == DataType.Kind.STRING ? new String(bytes, StandardCharsets.UTF_8) : bytes;
            }
          } else if (!table.isKeyNull(g, k)) {
            value = fixedKey(t, table.recordAddress(g) + layout.keyOffset(k));
          }
          set(vectors.get(k), row, value);
        }
        for (int a = 0; a < aggregates.size(); a++) {
          set(vectors.get(keys + a), row, finish(a, g));
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

  private static Object fixedKey(DataType t, long address) {
    long bits = MemoryUtil.getLong(address);
    switch (t.kind()) {
      case BOOLEAN:
        return bits != 0;
      case TINYINT:
        return (byte) bits;
      case SMALLINT:
        return (short) bits;
      case INT:
      case DATE:
        return (int) bits;
      case FLOAT:
        return Float.intBitsToFloat((int) bits);
      case DOUBLE:
        return Double.longBitsToDouble(bits);
      case DECIMAL:
        return ArrowMemory.decimal128(bits, MemoryUtil.getLong(address + 8), t.scale());
      default:
        return bits;
    }
  }

  private Object finish(int a, int g) {
    AggregateCall call = aggregates.get(a);
    long s = table.recordAddress(g) + layout.slotOffset(a);
    DataType t = call.type();
    switch (layout.slot(a)) {
      case COUNT:
        return MemoryUtil.getLong(s);
      case SUM_LONG:
        return AggregateResults.sumLong(
            MemoryUtil.getLong(s),
            MemoryUtil.getLong(s + 8),
            call.nullOnOverflow() && MemoryUtil.getLong(s + 8) == AggregateBuffers.LONG_OVERFLOWED);
      case SUM_DOUBLE:
        {
          long count = MemoryUtil.getLong(s + 8);
          double sum = Double.longBitsToDouble(MemoryUtil.getLong(s));
          if (call.function() == AggregateCall.Function.AVG) {
            return AggregateResults.avgDouble(sum, count);
          }
          return count == 0 ? null : (Object) sum;
        }
      case SUM_DECIMAL:
        {
          long count = MemoryUtil.getLong(s + 16);
          if (count == 0) {
            return null;
          }
          // Sealing marks an out-of-range total as overflowed for good, as Spark's buffer turns
          // null when a result or a micro-batch's state is stored.
          boolean overflowed = !AggregateBuffers.sealDecimal(s, sumPrecision(a));
          BigDecimal sum = overflowed ? null : AggregateBuffers.decimal(s, call.argument().type().scale());
          boolean raise = ansi && !call.nullOnOverflow();
          return call.function() == AggregateCall.Function.AVG
              ? AggregateResults.avgDecimal(sum, overflowed, count, t.precision(), t.scale(), raise)
              : AggregateResults.sumDecimal(sum, overflowed, raise);
        }
      case MINMAX_FIXED:
        if (MemoryUtil.getLong(s + 8) == 0) {
          return null;
        }
        if (t.kind() == DataType.Kind.FLOAT) {
          return (float) Double.longBitsToDouble(MemoryUtil.getLong(s));
        }
        return fixedKey(t, s);
      case MINMAX_DECIMAL:
        return MemoryUtil.getLong(s + 16) == 0 ? null : AggregateBuffers.decimal(s, t.scale());
      case MINMAX_BYTES:
        {
          byte[] b = table.storedBytes(s);
          if (b == null) {
            return null;
          }
          return t.kind() == DataType.Kind.STRING ? new String(b, StandardCharsets.UTF_8) : b;
        }
      case DISTINCT:
        return InterpretedAggregation.finishDistinct(call, table.distinctValues(a, g), ansi);
      default:
        throw new AssertionError(layout.slot(a));
    }
  }

  @Override
  public void close() {
    table.close();
  }
}
