package io.sluice.codegen;

/**
 * Every tunable of the codegen module, in one place: name (a system property), default, value.
 * Read once at class initialisation.
 */
public final class CodegenTunables {

  /** Compiled classes kept in the cache (least recently used evicted first). */
  public static final String CACHE_SIZE_PROP = "sluice.codegen.cacheSize";
  public static final int CACHE_SIZE_DEFAULT = 512;
  public static final int CACHE_SIZE = Integer.getInteger(CACHE_SIZE_PROP, CACHE_SIZE_DEFAULT);

  /** Initial slots of an aggregation's hash index (a power of two; it doubles at half full). */
  public static final String INITIAL_TABLE_CAPACITY_PROP = "sluice.codegen.initialTableCapacity";
  public static final int INITIAL_TABLE_CAPACITY_DEFAULT = 1024;
  public static final int INITIAL_TABLE_CAPACITY =
      Integer.getInteger(INITIAL_TABLE_CAPACITY_PROP, INITIAL_TABLE_CAPACITY_DEFAULT);

  /** Initial bytes of an aggregation's area for variable-width keys and min/max strings. */
  public static final String INITIAL_VAR_BYTES_PROP = "sluice.codegen.initialVarBytes";
  public static final int INITIAL_VAR_BYTES_DEFAULT = 64 * 1024;
  public static final int INITIAL_VAR_BYTES =
      Integer.getInteger(INITIAL_VAR_BYTES_PROP, INITIAL_VAR_BYTES_DEFAULT);

  /**
   * Rows per chunk of an aggregation's update: group ids of a chunk are found first, then the
   * aggregates are updated, so the per-chunk scratch arrays stay in the L1/L2 cache.
   */
  public static final String CHUNK_ROWS_PROP = "sluice.codegen.chunkRows";
  public static final int CHUNK_ROWS_DEFAULT = 4096;
  public static final int CHUNK_ROWS = Math.max(64, Integer.getInteger(CHUNK_ROWS_PROP, CHUNK_ROWS_DEFAULT));

  /**
   * Largest value range (max - min + 1) of a single integral key column that is mapped to groups
   * through a direct-indexed {@code int[]} instead of the hash index. The array also holds at most
   * max(65,536, 4 × (groups + batch rows)) entries, so sparse keys use the hash index.
   */
  public static final String DIRECT_RANGE_LIMIT_PROP = "sluice.codegen.directRangeLimit";
  public static final int DIRECT_RANGE_LIMIT_DEFAULT = 1 << 22;
  public static final int DIRECT_RANGE_LIMIT =
      Integer.getInteger(DIRECT_RANGE_LIMIT_PROP, DIRECT_RANGE_LIMIT_DEFAULT);

  private CodegenTunables() {}
}
