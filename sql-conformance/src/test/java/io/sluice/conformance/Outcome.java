package io.sluice.conformance;

/** How one golden statement fared on Sluice, compared with Spark's recorded output. */
enum Outcome {
  /** Same rows as Spark (as a multiset unless the query orders them), or both raised the same error. */
  PASS,
  /** Sluice returned rows that differ from Spark's. */
  WRONG,
  /** Spark raised an error; Sluice returned rows. */
  MISSING_ERROR,
  /** Both raised, but not the error class Spark names. */
  ERROR_MISMATCH,
  /** Sluice refused (threw, or ran out of time) where Spark returned rows. */
  UNSUPPORTED;

  /** Outcomes that may only go down: each one must be listed in the baseline. */
  boolean isRatcheted() {
    return this == WRONG || this == MISSING_ERROR;
  }
}
