package io.sluice.codegen.generate;

import io.sluice.codegen.hash.GroupTable;
import org.apache.arrow.vector.FieldVector;

/** What a generated aggregation class implements. */
public interface AggregationBody {

  /** Folds the rows of {@code in} that pass the filter into {@code table}'s groups. */
  void update(FieldVector[] in, int rowCount, GroupTable table);
}
