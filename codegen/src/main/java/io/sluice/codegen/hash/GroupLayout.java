package io.sluice.codegen.hash;

import io.sluice.codegen.ir.AggregateCall;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.DataType.Kind;
import java.util.List;

/**
 * Where each key and each aggregate buffer sits in a group record (see {@link
 * GroupTableDescriptor}). Computed once per aggregation from the key types and aggregate calls.
 */
public final class GroupLayout {

  /** The shape of one aggregate's buffer. */
  public enum AggregateSlot {
    /** long count. */
    COUNT(8),
    /**
     * long sum, long count of values (sum of integral); for {@code try_sum} a count of
     * {@code AggregateBuffers.LONG_OVERFLOWED} once the sum overflowed.
     */
    SUM_LONG(16),
    /** double sum, long count (sum of float/double; every non-decimal avg). */
    SUM_DOUBLE(16),
    /**
     * long low, long high (128-bit unscaled sum), long count, long wraps (times the 128 bits
     * wrapped, or {@code AggregateBuffers.OVERFLOWED}); see {@code AggregateBuffers}.
     */
    SUM_DECIMAL(32),
    /** 8-byte value (long, float or double bits), long has-value. */
    MINMAX_FIXED(16),
    /** long low, long high, long has-value. */
    MINMAX_DECIMAL(24),
    /**
     * long var-area offset, int length, int has-value, long capacity: the bytes reserved at the
     * offset, reused by every later extreme that fits (see {@code GroupTable.minMaxBytes}).
     */
    MINMAX_BYTES(24),
    /** Nothing off-heap: DISTINCT aggregates keep an on-heap set per group. */
    DISTINCT(0);

    public final int length;

    AggregateSlot(int length) {
      this.length = length;
    }
  }

  private final DataType[] keyTypes;
  private final int[] keyOffsets;
  private final boolean hasVarKeys;
  private final int fixedKeysEnd;
  private final AggregateSlot[] slots;
  private final int[] slotOffsets;
  private final int recordSize;

  public GroupLayout(List<DataType> keys, List<AggregateCall> aggregates) {
    int n = keys.size();
    keyTypes = keys.toArray(new DataType[0]);
    keyOffsets = new int[n];
    int offset = GroupTableDescriptor.fixedKeysOffset(n);
    boolean var = false;
    for (int i = 0; i < n; i++) {
      keyOffsets[i] = offset;
      offset += keyWidth(keyTypes[i]);
      var |= isVar(keyTypes[i]);
    }
    hasVarKeys = var;
    fixedKeysEnd = offset;
    slots = new AggregateSlot[aggregates.size()];
    slotOffsets = new int[aggregates.size()];
    for (int i = 0; i < slots.length; i++) {
      slots[i] = slotOf(aggregates.get(i));
      slotOffsets[i] = offset;
      offset += slots[i].length;
    }
    recordSize = GroupTableDescriptor.align8(Math.max(offset, GroupTableDescriptor.HEADER_LENGTH + 8));
  }

  public static boolean isVar(DataType t) {
    return t.kind() == Kind.STRING || t.kind() == Kind.BINARY;
  }

  static int keyWidth(DataType t) {
    switch (t.kind()) {
      case STRING:
      case BINARY:
      case NULL:
        return 0;
      case DECIMAL:
        return 16;
      default:
        return 8;
    }
  }

  public static AggregateSlot slotOf(AggregateCall call) {
    if (call.distinct() && call.function() != AggregateCall.Function.COUNT_STAR) {
      return AggregateSlot.DISTINCT;
    }
    switch (call.function()) {
      case COUNT_STAR:
      case COUNT:
        return AggregateSlot.COUNT;
      case SUM:
      case AVG:
        {
          DataType t = call.argument().type();
          if (t.kind() == Kind.DECIMAL) {
            return AggregateSlot.SUM_DECIMAL;
          }
          return t.isIntegral() && call.function() == AggregateCall.Function.SUM
              ? AggregateSlot.SUM_LONG
              : AggregateSlot.SUM_DOUBLE;
        }
      default:
        {
          DataType t = call.argument().type();
          if (t.kind() == Kind.DECIMAL) {
            return AggregateSlot.MINMAX_DECIMAL;
          }
          return isVar(t) ? AggregateSlot.MINMAX_BYTES : AggregateSlot.MINMAX_FIXED;
        }
    }
  }

  public int keyCount() {
    return keyTypes.length;
  }

  public DataType keyType(int i) {
    return keyTypes[i];
  }

  /** Offset of fixed key {@code i} in a record (meaningless for var-width keys). */
  public int keyOffset(int i) {
    return keyOffsets[i];
  }

  public boolean hasVarKeys() {
    return hasVarKeys;
  }

  /** End of the fixed key bytes: [nullBitsOffset, fixedKeysEnd) is compared on lookups. */
  public int fixedKeysEnd() {
    return fixedKeysEnd;
  }

  public int aggregateCount() {
    return slots.length;
  }

  public AggregateSlot slot(int i) {
    return slots[i];
  }

  public int slotOffset(int i) {
    return slotOffsets[i];
  }

  public int recordSize() {
    return recordSize;
  }
}
