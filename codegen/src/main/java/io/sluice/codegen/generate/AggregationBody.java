package io.sluice.codegen.generate;

import io.sluice.codegen.hash.GroupIds;
import io.sluice.codegen.hash.GroupTable;
import org.apache.arrow.vector.FieldVector;

/** What a generated aggregation class implements. */
public interface AggregationBody {

  /**
   * Folds the rows of {@code in} that pass the filter into {@code table}'s groups, a chunk of
   * {@link GroupIds#CHUNK_ROWS} rows at a time, using {@code ids}' scratch (and its key mapping
   * when the aggregation is grouped by one plain column).
   */
  void update(FieldVector[] in, int rowCount, GroupTable table, GroupIds ids);
}
