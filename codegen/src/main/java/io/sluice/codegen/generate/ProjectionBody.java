package io.sluice.codegen.generate;

import org.apache.arrow.vector.FieldVector;

/** What a generated projection class implements. */
public interface ProjectionBody {

  /**
   * Writes the rows of {@code in} that pass the filter to {@code out} and returns how many were
   * written. Fixed-width vectors of {@code out} hold at least {@code rowCount} values with
   * cleared validity; value counts are the caller's to set.
   */
  int run(FieldVector[] in, int rowCount, FieldVector[] out);
}
