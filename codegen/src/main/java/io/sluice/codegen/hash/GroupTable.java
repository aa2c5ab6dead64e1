package io.sluice.codegen.hash;

import static io.sluice.codegen.hash.GroupTableDescriptor.HASH_OFFSET;
import static io.sluice.codegen.hash.GroupTableDescriptor.UPDATED_OFFSET;
import static io.sluice.codegen.hash.GroupTableDescriptor.VAR_LENGTH_OFFSET;
import static io.sluice.codegen.hash.GroupTableDescriptor.VAR_OFFSET_OFFSET;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * An open-addressing hash table of aggregation groups whose keys and aggregate buffers live in
 * Arrow buffers (layout in {@link GroupTableDescriptor}). Generated code stages a row's key with
 * the {@code key*} methods, calls {@link #findOrInsert()}, then updates the group's buffers at
 * {@link #recordAddress(int)} + a constant offset. Nothing is allocated per row except for keys
 * that are computed strings (encoded to UTF-8) and DISTINCT aggregates (on-heap sets).
 *
 * <p>Single-threaded. {@link #close()} frees every buffer.
 */
public final class GroupTable implements AutoCloseable {

  private static final long HASH_MULTIPLIER = 0x9E3779B97F4A7C15L;
  private static final long HASH_SEED = 0x5DEECE66DL;

  /** The hash state after the all-zero null-bits word of a single-key layout. */
  private static final long SINGLE_FIXED_KEY_SEED;

  static {
    long h = HASH_SEED * HASH_MULTIPLIER;
    SINGLE_FIXED_KEY_SEED = h ^ (h >>> 29);
  }

  private final GroupLayout layout;
  private final BufferAllocator allocator;
  private final int recordSize;
  private final int keyStart;
  private final int keyEnd;

  private ArrowBuf index;
  private int capacity;
  private ArrowBuf records;
  private int recordCapacity;
  private ArrowBuf varArea;
  private long varUsed;
  private int groups;

  /** The key being looked up: a record-shaped scratch and its var blob. */
  private final ArrowBuf scratch;
  private ArrowBuf varScratch;
  private int varScratchUsed;

  private final List<List<Set<Object>>> distinct = new ArrayList<>();

  public GroupTable(GroupLayout layout, BufferAllocator allocator, int initialCapacity, int initialVarBytes) {
    this.layout = layout;
    this.allocator = allocator;
    this.recordSize = layout.recordSize();
    this.keyStart = GroupTableDescriptor.nullBitsOffset();
    this.keyEnd = layout.fixedKeysEnd();
    int cap = Integer.highestOneBit(Math.max(16, initialCapacity - 1) << 1);
    ArrowBuf idx = null;
    ArrowBuf rec = null;
    ArrowBuf var = null;
    ArrowBuf scr = null;
    ArrowBuf vscr = null;
    try {
      idx = zeroed(allocator, (long) cap * GroupTableDescriptor.SLOT_LENGTH);
      rec = zeroed(allocator, (long) (cap / 2) * recordSize);
      var = zeroed(allocator, Math.max(64, initialVarBytes));
      scr = zeroed(allocator, recordSize);
      vscr = zeroed(allocator, 256);
    } catch (RuntimeException e) {
      for (ArrowBuf b : new ArrowBuf[] {idx, rec, var, scr, vscr}) {
        if (b != null) {
          b.close();
        }
      }
      throw e;
    }
    index = idx;
    capacity = cap;
    records = rec;
    recordCapacity = cap / 2;
    varArea = var;
    scratch = scr;
    varScratch = vscr;
    for (int i = 0; i < layout.aggregateCount(); i++) {
      distinct.add(layout.slot(i) == GroupLayout.AggregateSlot.DISTINCT ? new ArrayList<>() : null);
    }
  }

  private static ArrowBuf zeroed(BufferAllocator allocator, long bytes) {
    ArrowBuf b = allocator.buffer(bytes);
    b.setZero(0, b.capacity());
    return b;
  }

  public GroupLayout layout() {
    return layout;
  }

  public int groupCount() {
    return groups;
  }

  // ---------------------------------------------------------------- staging a key

  /** Starts a new key: clears the scratch key bytes. */
  public void beginKey() {
    long s = scratch.memoryAddress();
    for (int o = keyStart; o < keyEnd; o += 8) {
      MemoryUtil.putLong(s + o, 0L);
    }
    varScratchUsed = 0;
  }

  public void keyNull(int key) {
    long a = scratch.memoryAddress() + keyStart + (key >>> 3);
    MemoryUtil.putByte(a, (byte) (MemoryUtil.getByte(a) | (1 << (key & 7))));
    if (GroupLayout.isVar(layout.keyType(key))) {
      appendVarScratchLength(0);
    }
  }

  public void keyLong(int key, long v) {
    MemoryUtil.putLong(scratch.memoryAddress() + layout.keyOffset(key), v);
  }

  public void keyBoolean(int key, boolean v) {
    keyLong(key, v ? 1L : 0L);
  }

  /** -0.0 and 0.0 are one group, so are all NaNs. */
  public void keyDouble(int key, double v) {
    keyLong(key, Double.doubleToLongBits(v == 0.0d ? 0.0d : v));
  }

  public void keyFloat(int key, float v) {
    keyLong(key, Float.floatToIntBits(v == 0.0f ? 0.0f : v));
  }

  public void keyDecimal(int key, BigDecimal v) {
    io.sluice.codegen.runtime.ArrowMemory.writeDecimal128(
        scratch.memoryAddress() + layout.keyOffset(key), v, layout.keyType(key).scale());
  }

  /** A decimal straight from an Arrow decimal vector of the key's type. */
  public void keyDecimal128(int key, long address) {
    long a = scratch.memoryAddress() + layout.keyOffset(key);
    MemoryUtil.putLong(a, MemoryUtil.getLong(address));
    MemoryUtil.putLong(a + 8, MemoryUtil.getLong(address + 8));
  }

  public void keyBytes(int key, byte[] v) {
    appendVarScratchLength(v.length);
    ensureVarScratch(v.length);
    MemoryUtil.copyToMemory(v, 0, varScratch.memoryAddress() + varScratchUsed, v.length);
    varScratchUsed += v.length;
  }

  public void keyString(int key, String v) {
    keyBytes(key, v.getBytes(StandardCharsets.UTF_8));
  }

  /** Copies a string or binary key straight from an Arrow vector's buffers: no allocation. */
  public void keyArrowBytes(int key, long data, long offsets, int row) {
    int start = MemoryUtil.getInt(offsets + ((long) row << 2));
    int length = MemoryUtil.getInt(offsets + ((long) (row + 1) << 2)) - start;
    appendVarScratchLength(length);
    ensureVarScratch(length);
    MemoryUtil.copyMemory(data + start, varScratch.memoryAddress() + varScratchUsed, length);
    varScratchUsed += length;
  }

  private void appendVarScratchLength(int length) {
    ensureVarScratch(4);
    MemoryUtil.putInt(varScratch.memoryAddress() + varScratchUsed, length);
    varScratchUsed += 4;
  }

  private void ensureVarScratch(int more) {
    long need = (long) varScratchUsed + more;
    if (need > varScratch.capacity()) {
      ArrowBuf bigger = allocator.buffer(Math.max(need, varScratch.capacity() * 2));
      MemoryUtil.copyMemory(varScratch.memoryAddress(), bigger.memoryAddress(), varScratchUsed);
      varScratch.close();
      varScratch = bigger;
    }
  }

  /** Stages the key of {@code other}'s group {@code group} (same layout) for a merge. */
  public void stageKeyOf(GroupTable other, int group) {
    long from = other.recordAddress(group);
    long s = scratch.memoryAddress();
    MemoryUtil.copyMemory(from + keyStart, s + keyStart, keyEnd - keyStart);
    int varLength = MemoryUtil.getInt(from + VAR_LENGTH_OFFSET);
    varScratchUsed = 0;
    ensureVarScratch(varLength);
    MemoryUtil.copyMemory(
        other.varArea.memoryAddress() + MemoryUtil.getLong(from + VAR_OFFSET_OFFSET),
        varScratch.memoryAddress(),
        varLength);
    varScratchUsed = varLength;
  }

  // ---------------------------------------------------------------- lookup

  /** The group of the staged key, or -1 if there is none; changes nothing. */
  public int find() {
    long s = scratch.memoryAddress();
    int hash = hash(s);
    int mask = capacity - 1;
    long idx = index.memoryAddress();
    int slot = hash & mask;
    while (true) {
      int entry = MemoryUtil.getInt(GroupTableDescriptor.slotAddress(idx, slot));
      if (entry == 0) {
        return -1;
      }
      long record = recordAddress(entry - 1);
      if (MemoryUtil.getInt(record + HASH_OFFSET) == hash && keyEquals(record, s)) {
        return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The group of the staged key, created (zeroed buffers) if new; marks it updated. */
  public int findOrInsert() {
    long s = scratch.memoryAddress();
    int hash = hash(s);
    int mask = capacity - 1;
    long idx = index.memoryAddress();
    int slot = hash & mask;
    while (true) {
      long slotAddress = GroupTableDescriptor.slotAddress(idx, slot);
      int entry = MemoryUtil.getInt(slotAddress);
      if (entry == 0) {
        int group = insert(hash);
        MemoryUtil.putInt(slotAddress, group + 1);
        if (groups * 2 > capacity) {
          growIndex();
        }
        return group;
      }
      int group = entry - 1;
      long record = recordAddress(group);
      if (MemoryUtil.getInt(record + HASH_OFFSET) == hash && keyEquals(record, s)) {
        MemoryUtil.putByte(record + UPDATED_OFFSET, (byte) 1);
        return group;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * {@link #findOrInsert()} for a layout of exactly one 8-byte fixed key, without staging: the
   * same hash and the same record bytes as staging {@code v} with {@link #keyLong}.
   */
  public int findOrInsertLong(long v) {
    long h = (SINGLE_FIXED_KEY_SEED ^ v) * HASH_MULTIPLIER;
    h ^= h >>> 29;
    h ^= h >>> 32;
    int hash = (int) h;
    int mask = capacity - 1;
    long idx = index.memoryAddress();
    long recs = records.memoryAddress();
    int size = recordSize;
    int nullWord = keyStart;
    int keyAt = keyEnd - 8;
    int slot = hash & mask;
    while (true) {
      long slotAddress = GroupTableDescriptor.slotAddress(idx, slot);
      int entry = MemoryUtil.getInt(slotAddress);
      if (entry == 0) {
        beginKey();
        keyLong(0, v);
        int group = insert(hash);
        MemoryUtil.putInt(slotAddress, group + 1);
        if (groups * 2 > capacity) {
          growIndex();
        }
        return group;
      }
      int group = entry - 1;
      long record = GroupTableDescriptor.recordAddress(recs, size, group);
      if (MemoryUtil.getInt(record + HASH_OFFSET) == hash
          && MemoryUtil.getLong(record + keyAt) == v
          && MemoryUtil.getLong(record + nullWord) == 0L) {
        MemoryUtil.putByte(record + UPDATED_OFFSET, (byte) 1);
        return group;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The group of the one key being null (single-key layouts); created if new, marked updated. */
  public int findOrInsertNullKey() {
    beginKey();
    keyNull(0);
    return findOrInsert();
  }

  /** The group of a single STRING/BINARY key read from Arrow buffers; created if new, marked updated. */
  public int findOrInsertArrowBytes(long data, long offsets, int index) {
    beginKey();
    keyArrowBytes(0, data, offsets, index);
    return findOrInsert();
  }

  private int hash(long s) {
    long h = HASH_SEED;
    for (int o = keyStart; o < keyEnd; o += 8) {
      h = (h ^ MemoryUtil.getLong(s + o)) * HASH_MULTIPLIER;
      h ^= h >>> 29;
    }
    long v = varScratch.memoryAddress();
    int n = varScratchUsed;
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      h = (h ^ MemoryUtil.getLong(v + i)) * HASH_MULTIPLIER;
      h ^= h >>> 29;
    }
    for (; i < n; i++) {
      h = (h ^ (MemoryUtil.getByte(v + i) & 0xFF)) * HASH_MULTIPLIER;
    }
    h ^= h >>> 32;
    return (int) h;
  }

  private boolean keyEquals(long record, long s) {
    for (int o = keyStart; o < keyEnd; o += 8) {
      if (MemoryUtil.getLong(record + o) != MemoryUtil.getLong(s + o)) {
        return false;
      }
    }
    if (!layout.hasVarKeys()) {
      return true;
    }
    int n = varScratchUsed;
    if (MemoryUtil.getInt(record + VAR_LENGTH_OFFSET) != n) {
      return false;
    }
    long a = varArea.memoryAddress() + MemoryUtil.getLong(record + VAR_OFFSET_OFFSET);
    long b = varScratch.memoryAddress();
    int i = 0;
    for (; i + 8 <= n; i += 8) {
      if (MemoryUtil.getLong(a + i) != MemoryUtil.getLong(b + i)) {
        return false;
      }
    }
    for (; i < n; i++) {
      if (MemoryUtil.getByte(a + i) != MemoryUtil.getByte(b + i)) {
        return false;
      }
    }
    return true;
  }

  private int insert(int hash) {
    if (groups == recordCapacity) {
      growRecords();
    }
    int group = groups++;
    long record = recordAddress(group);
    long s = scratch.memoryAddress();
    MemoryUtil.copyMemory(s + keyStart, record + keyStart, keyEnd - keyStart);
    MemoryUtil.putInt(record + HASH_OFFSET, hash);
    MemoryUtil.putByte(record + UPDATED_OFFSET, (byte) 1);
    if (varScratchUsed > 0) {
      long offset = appendVar(varScratch.memoryAddress(), varScratchUsed);
      MemoryUtil.putLong(record + VAR_OFFSET_OFFSET, offset);
      MemoryUtil.putInt(record + VAR_LENGTH_OFFSET, varScratchUsed);
    }
    for (List<Set<Object>> sets : distinct) {
      if (sets != null) {
        sets.add(null);
      }
    }
    return group;
  }

  /** Copies bytes into the var area; returns their offset there. */
  private long appendVar(long from, int length) {
    if (varUsed + length > varArea.capacity()) {
      ArrowBuf bigger = allocator.buffer(Math.max(varUsed + length, varArea.capacity() * 2));
      MemoryUtil.copyMemory(varArea.memoryAddress(), bigger.memoryAddress(), varUsed);
      varArea.close();
      varArea = bigger;
    }
    long offset = varUsed;
    MemoryUtil.copyMemory(from, varArea.memoryAddress() + offset, length);
    varUsed += length;
    return offset;
  }

  private void growRecords() {
    int newCapacity = recordCapacity * 2;
    ArrowBuf bigger = zeroed(allocator, (long) newCapacity * recordSize);
    MemoryUtil.copyMemory(records.memoryAddress(), bigger.memoryAddress(), (long) groups * recordSize);
    records.close();
    records = bigger;
    recordCapacity = newCapacity;
  }

  private void growIndex() {
    int newCapacity = capacity * 2;
    ArrowBuf bigger = zeroed(allocator, (long) newCapacity * GroupTableDescriptor.SLOT_LENGTH);
    long idx = bigger.memoryAddress();
    int mask = newCapacity - 1;
    for (int g = 0; g < groups; g++) {
      int slot = MemoryUtil.getInt(recordAddress(g) + HASH_OFFSET) & mask;
      while (MemoryUtil.getInt(GroupTableDescriptor.slotAddress(idx, slot)) != 0) {
        slot = (slot + 1) & mask;
      }
      MemoryUtil.putInt(GroupTableDescriptor.slotAddress(idx, slot), g + 1);
    }
    index.close();
    index = bigger;
    capacity = newCapacity;
  }

  // ---------------------------------------------------------------- groups

  /** Address of a group's record; aggregate buffers are at constant offsets from it. Valid until the next insert. */
  public long recordAddress(int group) {
    return GroupTableDescriptor.recordAddress(records.memoryAddress(), recordSize, group);
  }

  /** Base address of the records; group g is at {@code recordsAddress() + g * recordSize()}. Valid until the next insert. */
  public long recordsAddress() {
    return records.memoryAddress();
  }

  public int recordSize() {
    return recordSize;
  }

  /** Marks a group as changed since {@link #clearUpdated()} (what a lookup does). */
  public void markUpdated(int group) {
    MemoryUtil.putByte(recordAddress(group) + UPDATED_OFFSET, (byte) 1);
  }

  public boolean isUpdated(int group) {
    return MemoryUtil.getByte(recordAddress(group) + UPDATED_OFFSET) != 0;
  }

  public void clearUpdated() {
    for (int g = 0; g < groups; g++) {
      MemoryUtil.putByte(recordAddress(g) + UPDATED_OFFSET, (byte) 0);
    }
  }

  public boolean isKeyNull(int group, int key) {
    return (MemoryUtil.getByte(recordAddress(group) + keyStart + (key >>> 3)) & (1 << (key & 7))) != 0;
  }

  /** The var-width keys of a group, in key order, each as bytes (null keys as empty arrays). */
  public byte[][] varKeys(int group) {
    long record = recordAddress(group);
    int length = MemoryUtil.getInt(record + VAR_LENGTH_OFFSET);
    long a = varArea.memoryAddress() + MemoryUtil.getLong(record + VAR_OFFSET_OFFSET);
    List<byte[]> out = new ArrayList<>();
    int i = 0;
    while (i < length) {
      int n = MemoryUtil.getInt(a + i);
      byte[] b = new byte[n];
      MemoryUtil.copyFromMemory(a + i + 4, b, 0, n);
      out.add(b);
      i += 4 + n;
    }
    return out.toArray(new byte[0][]);
  }

  /**
   * Min or max of byte strings (UTF-8 order is code point order): stores {@code v} in the slot at
   * {@code slotAddress} when it is empty or {@code v} is better. A new extreme overwrites the
   * slot's bytes in place when it fits; only a longer one reserves new room in the var area, sized
   * to the next power of two, so a column whose extreme keeps changing uses memory bounded by its
   * longest value, not by how often the extreme changed.
   */
  public void minMaxBytes(long slotAddress, byte[] v, boolean max) {
    if (MemoryUtil.getInt(slotAddress + MINMAX_HAS) != 0) {
      int c = compareStored(slotAddress, v);
      if (max ? c >= 0 : c <= 0) {
        return;
      }
    }
    long at = reserveMinMax(slotAddress, v.length);
    MemoryUtil.copyToMemory(v, 0, at, v.length);
  }

  public void minMaxString(long slotAddress, String v, boolean max) {
    minMaxBytes(slotAddress, v.getBytes(StandardCharsets.UTF_8), max);
  }

  /** {@link #minMaxBytes} for row {@code row} of a string or binary Arrow vector: no allocation. */
  public void minMaxArrowBytes(long slotAddress, long data, long offsets, int row, boolean max) {
    int start = MemoryUtil.getInt(offsets + ((long) row << 2));
    int length = MemoryUtil.getInt(offsets + ((long) (row + 1) << 2)) - start;
    long from = data + start;
    if (MemoryUtil.getInt(slotAddress + MINMAX_HAS) != 0) {
      int c = compareStored(slotAddress, from, length);
      if (max ? c >= 0 : c <= 0) {
        return;
      }
    }
    long at = reserveMinMax(slotAddress, length);
    MemoryUtil.copyMemory(from, at, length);
  }

  private static final int MINMAX_LENGTH = 8;
  private static final int MINMAX_HAS = 12;
  private static final int MINMAX_CAPACITY = 16;

  /**
   * Makes the slot hold {@code length} bytes: its own room when they fit, else new room in the var
   * area. Returns the address to write them to; the slot says it has a value of that length.
   */
  private long reserveMinMax(long slotAddress, int length) {
    boolean has = MemoryUtil.getInt(slotAddress + MINMAX_HAS) != 0;
    long capacity = has ? MemoryUtil.getLong(slotAddress + MINMAX_CAPACITY) : 0;
    if (length > capacity) {
      long room = Math.max(8, Long.highestOneBit(Math.max(1, length - 1)) << 1);
      MemoryUtil.putLong(slotAddress, reserveVar(room));
      MemoryUtil.putLong(slotAddress + MINMAX_CAPACITY, room);
    }
    MemoryUtil.putInt(slotAddress + MINMAX_LENGTH, length);
    MemoryUtil.putInt(slotAddress + MINMAX_HAS, 1);
    // The var area may have moved: take the address only now.
    return varArea.memoryAddress() + MemoryUtil.getLong(slotAddress);
  }

  /** Reserves {@code length} bytes at the end of the var area; returns their offset there. */
  private long reserveVar(long length) {
    if (varUsed + length > varArea.capacity()) {
      ArrowBuf bigger = allocator.buffer(Math.max(varUsed + length, varArea.capacity() * 2));
      MemoryUtil.copyMemory(varArea.memoryAddress(), bigger.memoryAddress(), varUsed);
      varArea.close();
      varArea = bigger;
    }
    long offset = varUsed;
    varUsed += length;
    return offset;
  }

  /** Stored bytes compared with {@code v}, unsigned lexicographic. */
  private int compareStored(long slotAddress, byte[] v) {
    long a = varArea.memoryAddress() + MemoryUtil.getLong(slotAddress);
    int n = MemoryUtil.getInt(slotAddress + MINMAX_LENGTH);
    int m = Math.min(n, v.length);
    for (int i = 0; i < m; i++) {
      int x = MemoryUtil.getByte(a + i) & 0xFF;
      int y = v[i] & 0xFF;
      if (x != y) {
        return x - y;
      }
    }
    return n - v.length;
  }

  /** Stored bytes compared with the {@code length} bytes at {@code b}, unsigned lexicographic. */
  private int compareStored(long slotAddress, long b, int length) {
    long a = varArea.memoryAddress() + MemoryUtil.getLong(slotAddress);
    int n = MemoryUtil.getInt(slotAddress + MINMAX_LENGTH);
    int m = Math.min(n, length);
    for (int i = 0; i < m; i++) {
      int x = MemoryUtil.getByte(a + i) & 0xFF;
      int y = MemoryUtil.getByte(b + i) & 0xFF;
      if (x != y) {
        return x - y;
      }
    }
    return n - length;
  }

  /** The bytes a min/max slot holds, or null if it has none. */
  public byte[] storedBytes(long slotAddress) {
    if (MemoryUtil.getInt(slotAddress + MINMAX_HAS) == 0) {
      return null;
    }
    byte[] b = new byte[MemoryUtil.getInt(slotAddress + MINMAX_LENGTH)];
    MemoryUtil.copyFromMemory(varArea.memoryAddress() + MemoryUtil.getLong(slotAddress), b, 0, b.length);
    return b;
  }

  // ---------------------------------------------------------------- distinct (on-heap)

  /** Adds a normalized value to aggregate {@code aggregate}'s set of group {@code group}. */
  public void addDistinct(int aggregate, int group, Object normalized) {
    List<Set<Object>> sets = distinct.get(aggregate);
    Set<Object> set = sets.get(group);
    if (set == null) {
      set = new LinkedHashSet<>();
      sets.set(group, set);
    }
    set.add(normalized);
  }

  /** The set of a DISTINCT aggregate for a group; null if it saw no value. */
  public Set<Object> distinctValues(int aggregate, int group) {
    return distinct.get(aggregate).get(group);
  }

  @Override
  public void close() {
    index.close();
    records.close();
    varArea.close();
    scratch.close();
    varScratch.close();
    distinct.clear();
  }
}
