package io.sluice.codegen.hash;

/**
 * The binary layout of {@link GroupTable}. Three off-heap areas, all Arrow buffers of the
 * aggregation's allocator:
 *
 * <pre>
 * index (int per slot, capacity a power of two, linear probing, at most half full)
 *   +---------+---------+---------+-----
 *   | group+1 |    0    | group+1 | ...      0 = empty slot
 *   +---------+---------+---------+-----
 *
 * records (recordSize bytes per group, group g at g * recordSize; 8-byte aligned)
 *   0        4          8                 16        17       24
 *   +--------+----------+-----------------+---------+--------+----------------+---------------+
 *   | hash   | varLength| varOffset       | updated | pad    | key null bits  | fixed keys    |
 *   | int    | int      | long            | byte    |        | (keys+7)/8 B,  | 8 B each      |
 *   |        |          |                 |         |        | padded to 8    | (16 decimal)  |
 *   +--------+----------+-----------------+---------+--------+----------------+---------------+
 *   | aggregate buffers, one after another (see GroupLayout.AggregateSlot)                     |
 *   +------------------------------------------------------------------------------------------+
 *
 * var area (append-only bytes)
 *   variable-width keys of a group, one blob: [int length][bytes] per STRING/BINARY key in key
 *   order (a null key writes length 0; the null bit tells it from an empty string); min/max
 *   string values: [bytes] referenced by (offset, length) from the aggregate buffer.
 * </pre>
 *
 * <p>Fixed keys are normalized so that equal SQL values have equal bytes: integral, date,
 * timestamp and boolean as a sign-extended long; float and double with -0.0 as 0.0 and one NaN;
 * decimals as 128-bit unscaled two's complement at the column's scale. Two keys are equal when
 * the null bits, the fixed keys and the var blobs are equal byte for byte.
 */
public final class GroupTableDescriptor {

  public static final int HASH_OFFSET = 0;
  public static final int VAR_LENGTH_OFFSET = 4;
  public static final int VAR_OFFSET_OFFSET = 8;
  public static final int UPDATED_OFFSET = 16;
  public static final int HEADER_LENGTH = 24;

  /** Bytes of an index slot. */
  public static final int SLOT_LENGTH = 4;

  private GroupTableDescriptor() {}

  public static int align8(int n) {
    return (n + 7) & ~7;
  }

  /** Offset of the key null bitmap in a record. */
  public static int nullBitsOffset() {
    return HEADER_LENGTH;
  }

  /** Offset of the first fixed key slot for {@code keyCount} keys. */
  public static int fixedKeysOffset(int keyCount) {
    return HEADER_LENGTH + align8((keyCount + 7) / 8);
  }

  public static long recordAddress(long records, int recordSize, int group) {
    return records + (long) group * recordSize;
  }

  public static long slotAddress(long index, int slot) {
    return index + (long) slot * SLOT_LENGTH;
  }
}
