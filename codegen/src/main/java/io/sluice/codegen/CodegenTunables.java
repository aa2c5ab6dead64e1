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

  private CodegenTunables() {}
}
