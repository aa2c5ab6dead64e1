package io.sluice.codegen.hash;

import io.sluice.codegen.CodegenTunables;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.DataType.Kind;
import org.apache.arrow.memory.util.MemoryUtil;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BaseVariableWidthVector;
import org.apache.arrow.vector.FieldVector;

/**
 * Finds the groups of a batch's rows, a chunk at a time, for an aggregation grouped by one plain
 * column, and holds the per-chunk scratch arrays ({@link #groups()}, {@link #selection()}) that
 * every generated aggregation uses. Chosen once per batch in {@link #beginBatch}:
 *
 * <ul>
 *   <li><b>dictionary ids</b>: the key column is a dictionary-encoded STRING/BINARY index vector
 *       (see {@link #useDictionary}); an {@code int[]} indexed by id, filled lazily per batch, maps
 *       ids to groups, so the hash index is probed once per distinct id and batch;
 *   <li><b>direct</b>: an integral column whose values span a small range (see {@link
 *       CodegenTunables#DIRECT_RANGE_LIMIT}); an {@code int[]} indexed by {@code value - min}, kept
 *       across batches (a key's group never changes);
 *   <li><b>hashed long</b>: any other integral column, {@link GroupTable#findOrInsertLong} per row
 *       (no key staging);
 *   <li><b>bytes</b>: a plain STRING/BINARY column, {@link GroupTable#findOrInsertArrowBytes} per row.
 * </ul>
 *
 * Groups are created in row order, as by a row-at-a-time lookup. Marking groups updated is the
 * generated code's job (once per row, on the record it updates anyway), which is what lets the
 * direct mapping live across batches. Null rows are checked only when the vector's null count is not
 * zero (counted once per batch). Nothing is allocated per row.
 *
 * <p>Single-threaded: one instance per aggregation.
 */
public final class GroupIds {

  /** Rows per chunk; generated code loops over a batch in chunks of this size. */
  public static final int CHUNK_ROWS = CodegenTunables.CHUNK_ROWS;

  private static final int NONE = -1;
  private static final int DIRECT = 0;
  private static final int DICTIONARY = 1;
  private static final int HASHED_LONG = 2;
  private static final int BYTES = 3;

  private final GroupTable table;
  private final int[] groups = new int[CHUNK_ROWS];
  private final int[] selection = new int[CHUNK_ROWS];
  /**
   * Integral key value {@code directMin + i} is group {@code direct[i]} (-1: not looked up yet).
   * Kept across batches: a key's group never changes. Re-based when a batch leaves its range.
   */
  private int[] direct = new int[0];
  private long directMin;
  private int directSize;
  /** Dictionary id i is group {@code dictionaryGroups[i]} in the current batch (-1: not yet). */
  private int[] dictionaryGroups = new int[64];

  private FieldVector dictionary;

  // The current batch.
  private int mode = NONE;
  private long data;
  private long validity;
  private long offsets;
  private int width;
  private boolean noNulls;
  /** The group of the null key, once known (it never changes). */
  private int nullGroup = -1;
  private long dictionaryData;
  private long dictionaryOffsets;
  private long dictionaryValidity;

  public GroupIds(GroupTable table) {
    this.table = table;
  }

  /** Whether a key of this type, given as a plain column, can be grouped here. */
  public static boolean handles(DataType type) {
    switch (type.kind()) {
      case TINYINT:
      case SMALLINT:
      case INT:
      case DATE:
      case BIGINT:
      case TIMESTAMP:
      case STRING:
      case BINARY:
        return true;
      default:
        return false;
    }
  }

  /** Whether {@code values} can be the dictionary of a key handled here (4-byte offsets). */
  public static boolean handlesDictionary(DataType keyType, FieldVector values) {
    return (keyType.kind() == Kind.STRING || keyType.kind() == Kind.BINARY)
        && values instanceof BaseVariableWidthVector;
  }

  /** Per-chunk group ids, filled by {@link #map} or by generated code. */
  public int[] groups() {
    return groups;
  }

  /** Per-chunk selected rows, filled by generated code. */
  public int[] selection() {
    return selection;
  }

  /**
   * The next batch's key column is an index vector into {@code values} (until {@link #endBatch}).
   */
  public void useDictionary(FieldVector values) {
    this.dictionary = values;
  }

  /** Chooses how to map the key column {@code key} of a batch of {@code rowCount} rows. */
  public void beginBatch(FieldVector key, int rowCount) {
    data = key.getDataBufferAddress();
    validity = key.getValidityBufferAddress();
    noNulls = key.getNullCount() == 0;
    if (dictionary != null) {
      mode = DICTIONARY;
      width = ((BaseFixedWidthVector) key).getTypeWidth();
      dictionaryData = dictionary.getDataBufferAddress();
      dictionaryOffsets = dictionary.getOffsetBufferAddress();
      dictionaryValidity = dictionary.getValidityBufferAddress();
      clearDictionaryGroups(dictionary.getValueCount());
      return;
    }
    if (key instanceof BaseVariableWidthVector) {
      mode = BYTES;
      offsets = key.getOffsetBufferAddress();
      dataCapacity = key.getDataBuffer().capacity();
      return;
    }
    width = ((BaseFixedWidthVector) key).getTypeWidth();
    long lo = Long.MAX_VALUE;
    long hi = Long.MIN_VALUE;
    if (width == 4 && noNulls) {
      int l = Integer.MAX_VALUE;
      int h = Integer.MIN_VALUE;
      long d = data;
      for (int row = 0; row < rowCount; row++) {
        int v = MemoryUtil.getInt(d + ((long) row << 2));
        l = Math.min(l, v);
        h = Math.max(h, v);
      }
      if (rowCount > 0) {
        lo = l;
        hi = h;
      }
    } else {
      for (int row = 0; row < rowCount; row++) {
        if (noNulls || !isNull(validity, row)) {
          long v = read(data, width, row);
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    mode = DIRECT;
    if (lo > hi) {
      return; // no non-null value: every row is the null group
    }
    if (directSize > 0 && lo >= directMin && hi < directMin + directSize) {
      return; // the mapping of earlier batches covers this one
    }
    long limit =
        Math.min(CodegenTunables.DIRECT_RANGE_LIMIT, Math.max(65536L, 4L * ((long) table.groupCount() + rowCount)));
    if (directSize > 0) {
      long unionLo = Math.min(lo, directMin);
      long unionHi = Math.max(hi, directMin + directSize - 1);
      if (unionHi - unionLo >= 0 && unionHi - unionLo < limit) {
        rebase(unionLo, (int) (unionHi - unionLo + 1));
        return;
      }
    }
    if (hi - lo >= 0 && hi - lo < limit) {
      direct = new int[0];
      directSize = 0;
      rebase(lo, (int) (hi - lo + 1));
    } else {
      mode = HASHED_LONG;
    }
  }

  /** Re-bases the direct mapping at {@code min} with {@code size} slots, keeping known entries. */
  private void rebase(long min, int size) {
    int[] bigger = new int[size];
    java.util.Arrays.fill(bigger, -1);
    if (directSize > 0) {
      System.arraycopy(direct, 0, bigger, (int) (directMin - min), directSize);
    }
    direct = bigger;
    directMin = min;
    directSize = size;
  }

  private void clearDictionaryGroups(int size) {
    if (dictionaryGroups.length < size) {
      dictionaryGroups = new int[Math.max(size, dictionaryGroups.length * 2)];
    }
    java.util.Arrays.fill(dictionaryGroups, 0, size, -1);
  }

  /** Forgets the batch (and the dictionary given for it). */
  public void endBatch() {
    dictionary = null;
    mode = NONE;
  }

  /**
   * Fills {@link #groups()}{@code [0, n)} with the groups of rows {@code selection[0, n)}, or of
   * rows {@code [start, start + n)} when {@code selection} is null.
   */
  public void map(int start, int[] selection, int n) {
    switch (mode) {
      case DIRECT:
        if (width == 4 && noNulls && selection == null) {
          directInts(start, n);
        } else {
          directAny(start, selection, n);
        }
        break;
      case DICTIONARY:
        if (width == 4 && noNulls && selection == null) {
          dictionaryInts(start, n);
        } else {
          dictionaryAny(start, selection, n);
        }
        break;
      case HASHED_LONG:
        hashedLongs(start, selection, n);
        break;
      case BYTES:
        bytes(start, selection, n);
        break;
      default:
        throw new IllegalStateException("map before beginBatch");
    }
  }

  /**
   * The hot case: INT/DATE keys without nulls, no filter. The first loop only gathers (no branch:
   * a key never seen leaves its -1 and sets {@code missing}'s sign bit), so it stays small enough
   * for the JIT to inline and unroll whatever it compiled first; keys seen for the first time are
   * filled in by a second pass, which runs only on the chunks that have one.
   */
  private void directInts(int start, int n) {
    final int[] out = groups;
    final int[] slots = direct;
    final long d = data + ((long) start << 2);
    final int base = (int) directMin;
    int missing = 0;
    for (int i = 0; i < n; i++) {
      int g = slots[MemoryUtil.getInt(d + ((long) i << 2)) - base];
      out[i] = g;
      missing |= g;
    }
    if (missing < 0) {
      for (int i = 0; i < n; i++) {
        if (out[i] < 0) {
          int v = MemoryUtil.getInt(d + ((long) i << 2));
          int s = v - base;
          int g = slots[s];
          if (g < 0) {
            g = table.findOrInsertLong(v);
            slots[s] = g;
          }
          out[i] = g;
        }
      }
    }
  }

  private void directAny(int start, int[] selection, int n) {
    final int[] out = groups;
    final int[] slots = direct;
    final long d = data;
    final long valid = validity;
    final int w = width;
    final boolean checkNulls = !noNulls;
    final long base = directMin;
    for (int i = 0; i < n; i++) {
      int row = selection == null ? start + i : selection[i];
      int g;
      if (checkNulls && isNull(valid, row)) {
        g = nullGroup();
      } else {
        long v = read(d, w, row);
        int s = (int) (v - base);
        g = slots[s];
        if (g < 0) {
          g = table.findOrInsertLong(v);
          slots[s] = g;
        }
      }
      out[i] = g;
    }
  }

  /**
   * The hot dictionary case: int32 ids without nulls, no filter; gather first, then fill the ids
   * new to this batch, as {@link #directInts}. The ids' groups are reset per batch, so every batch
   * starts with misses: a miss branch inside the loop made the JIT's result depend on which batch
   * it profiled.
   */
  private void dictionaryInts(int start, int n) {
    final int[] out = groups;
    final int[] slots = dictionaryGroups;
    final long d = data + ((long) start << 2);
    int missing = 0;
    for (int i = 0; i < n; i++) {
      int g = slots[MemoryUtil.getInt(d + ((long) i << 2))];
      out[i] = g;
      missing |= g;
    }
    if (missing < 0) {
      fillDictionaryMisses(d, n);
    }
  }

  /** Ids first seen in this chunk get their groups, in row order (groups number in first-seen order). */
  private void fillDictionaryMisses(long d, int n) {
    final int[] out = groups;
    final int[] slots = dictionaryGroups;
    for (int i = 0; i < n; i++) {
      if (out[i] < 0) {
        int id = MemoryUtil.getInt(d + ((long) i << 2));
        int g = slots[id];
        out[i] = g < 0 ? dictionaryGroup(id) : g;
      }
    }
  }

  private void dictionaryAny(int start, int[] selection, int n) {
    final int[] out = groups;
    final int[] slots = dictionaryGroups;
    final long d = data;
    final long valid = validity;
    final int w = width;
    final boolean checkNulls = !noNulls;
    for (int i = 0; i < n; i++) {
      int row = selection == null ? start + i : selection[i];
      int g;
      if (checkNulls && isNull(valid, row)) {
        g = nullGroup();
      } else {
        int id = (int) readIndex(d, w, row);
        g = slots[id];
        if (g < 0) {
          g = dictionaryGroup(id);
        }
      }
      out[i] = g;
    }
  }

  private int dictionaryGroup(int id) {
    int g =
        isNull(dictionaryValidity, id)
            ? nullGroup()
            : table.findOrInsertArrowBytes(dictionaryData, dictionaryOffsets, id);
    dictionaryGroups[id] = g;
    return g;
  }

  private void hashedLongs(int start, int[] selection, int n) {
    final int[] out = groups;
    final long d = data;
    final long valid = validity;
    final int w = width;
    final boolean checkNulls = !noNulls;
    for (int i = 0; i < n; i++) {
      int row = selection == null ? start + i : selection[i];
      out[i] = checkNulls && isNull(valid, row) ? nullGroup() : table.findOrInsertLong(read(d, w, row));
    }
  }

  private void bytes(int start, int[] selection, int n) {
    final int[] out = groups;
    final long d = data;
    final long o = offsets;
    final long valid = validity;
    final boolean checkNulls = !noNulls;
    for (int i = 0; i < n; i++) {
      int row = selection == null ? start + i : selection[i];
      out[i] = checkNulls && isNull(valid, row) ? nullGroup() : cachedBytesGroup(d, o, row);
    }
  }

  /**
   * The group of a plain string key, through a small direct-mapped cache of short keys in front of
   * the hash table: a low-cardinality column (the seed's six age groups) is then mapped without
   * copying the key, hashing it whole or probing the table. Keys of up to {@link
   * #CACHE_KEY_WORDS} words are compared word by word from the Arrow buffer; group ids never
   * change, so entries stay valid across batches.
   */
  private int cachedBytesGroup(long d, long o, int row) {
    int from = MemoryUtil.getInt(o + ((long) row << 2));
    int length = MemoryUtil.getInt(o + ((long) row << 2) + 4) - from;
    if (length > CACHE_KEY_WORDS * 8 || from + ((length + 7) & ~7) > dataCapacity) {
      return table.findOrInsertArrowBytes(d, o, row);
    }
    long address = d + from;
    int words = (length + 7) >>> 3;
    long first = words == 0 ? 0 : word(address, 0, length);
    long last = words <= 1 ? first : word(address, words - 1, length);
    long h = (first * 0x9E3779B97F4A7C15L) ^ (last * 0xC2B2AE3D27D4EB4FL) ^ length;
    int slot = (int) (h ^ (h >>> 29) ^ (h >>> 47)) & (CACHE_SLOTS - 1);
    if (cacheLength[slot] == length) {
      int base = slot * CACHE_KEY_WORDS;
      boolean same = true;
      for (int w = 0; w < words && same; w++) {
        same = cacheWords[base + w] == word(address, w, length);
      }
      if (same) {
        return cacheGroup[slot];
      }
    }
    int g = table.findOrInsertArrowBytes(d, o, row);
    int base = slot * CACHE_KEY_WORDS;
    for (int w = 0; w < words; w++) {
      cacheWords[base + w] = word(address, w, length);
    }
    cacheLength[slot] = length;
    cacheGroup[slot] = g;
    return g;
  }

  /** Word {@code w} of a key of {@code length} bytes, bytes past the key zeroed (little-endian). */
  private static long word(long address, int w, int length) {
    long value = MemoryUtil.getLong(address + ((long) w << 3));
    int valid = length - (w << 3);
    return valid >= 8 ? value : value & ((1L << (valid << 3)) - 1);
  }

  private static final int CACHE_SLOTS = 256;
  private static final int CACHE_KEY_WORDS = 4;
  private final long[] cacheWords = new long[CACHE_SLOTS * CACHE_KEY_WORDS];
  private final int[] cacheLength = initialLengths();
  private final int[] cacheGroup = new int[CACHE_SLOTS];
  /** Bytes of the current batch's data buffer that may be read, so word loads stay inside it. */
  private long dataCapacity;

  private static int[] initialLengths() {
    int[] lengths = new int[CACHE_SLOTS];
    java.util.Arrays.fill(lengths, -1);
    return lengths;
  }

  private int nullGroup() {
    int g = nullGroup;
    if (g < 0) {
      g = table.findOrInsertNullKey();
      nullGroup = g;
    }
    return g;
  }

  private static boolean isNull(long validity, int row) {
    return (MemoryUtil.getByte(validity + (row >>> 3)) & (1 << (row & 7))) == 0;
  }

  /** A signed integral value of {@code width} bytes, sign-extended (the key's normal form). */
  private static long read(long data, int width, int row) {
    switch (width) {
      case 1:
        return MemoryUtil.getByte(data + row);
      case 2:
        return MemoryUtil.getShort(data + ((long) row << 1));
      case 4:
        return MemoryUtil.getInt(data + ((long) row << 2));
      default:
        return MemoryUtil.getLong(data + ((long) row << 3));
    }
  }

  /** A dictionary id of {@code width} bytes (8- and 16-bit ids read unsigned). */
  private static long readIndex(long data, int width, int row) {
    switch (width) {
      case 1:
        return MemoryUtil.getByte(data + row) & 0xFFL;
      case 2:
        return MemoryUtil.getShort(data + ((long) row << 1)) & 0xFFFFL;
      case 4:
        return MemoryUtil.getInt(data + ((long) row << 2));
      default:
        return MemoryUtil.getLong(data + ((long) row << 3));
    }
  }
}
