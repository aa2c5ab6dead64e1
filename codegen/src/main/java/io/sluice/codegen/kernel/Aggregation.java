package io.sluice.codegen.kernel;

import io.sluice.columnar.Batch;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A hash aggregation whose keys and aggregate buffers live off-heap: {@code SELECT keys...,
 * aggs... FROM input [WHERE filter] GROUP BY keys}. Keeps its groups across {@link #update}
 * calls, which is what a streaming aggregation's state is between micro-batches.
 *
 * <p>Single-threaded. Partial aggregations built by parallel tasks are combined with {@link
 * #merge}. With no keys there is exactly one group, present even before any row arrives (so
 * {@code count()} of nothing is 0, as in Spark).
 */
public interface Aggregation extends AutoCloseable {

  /** Key columns then aggregate columns. */
  Schema outputSchema();

  /**
   * Folds the rows of {@code input} (after the filter) into the groups. Every column holds plain
   * values: a dictionary-encoded column needs {@link #update(Batch, DictionaryProvider)}.
   */
  void update(Batch input);

  /**
   * {@link #update(Batch)} for a batch whose columns may be dictionary-encoded: a column whose
   * field has a {@link DictionaryEncoding} holds ids into {@code dictionaries.lookup(id)}'s vector
   * (Arrow's IPC and Parquet dictionary representation). The result is the same as updating with
   * the decoded batch. The compiled aggregation groups a dictionary-encoded STRING/BINARY key
   * column by its ids directly (a lookup per distinct id and batch, not per row); this default
   * decodes every encoded column first. {@code input} and the dictionaries are not closed.
   */
  default void update(Batch input, DictionaryProvider dictionaries) {
    List<FieldVector> vectors = input.vectors();
    List<FieldVector> plain = new ArrayList<>(vectors.size());
    List<FieldVector> decoded = new ArrayList<>();
    try {
      for (FieldVector v : vectors) {
        DictionaryEncoding encoding = v.getField().getDictionary();
        if (encoding == null) {
          plain.add(v);
        } else {
          Dictionary dictionary = dictionaries.lookup(encoding.getId());
          if (dictionary == null) {
            throw new IllegalArgumentException("no dictionary " + encoding.getId() + " for column " + v.getName());
          }
          FieldVector values = (FieldVector) DictionaryEncoder.decode(v, dictionary);
          decoded.add(values);
          plain.add(values);
        }
      }
      if (decoded.isEmpty()) {
        update(input);
      } else {
        // A batch over vectors it does not own: never closed; the decoded vectors are, below.
        update(Batch.of(plain, input.rowCount()));
      }
    } finally {
      for (FieldVector v : decoded) {
        v.close();
      }
    }
  }

  /** Folds another aggregation of the same shape into this one; {@code other} is unchanged. */
  void merge(Aggregation other);

  /**
   * Throws what {@link #merge} of {@code other} would throw (an ANSI overflow of an integral
   * sum), changing nothing: checking first makes a merge all or nothing at the cost of one lookup
   * per group of {@code other}, not a copy of this aggregation. Does nothing if merging cannot
   * fail.
   */
  default void checkMerge(Aggregation other) {}

  /** Number of groups. */
  int groupCount();

  /** Every group's keys and current aggregate values, in a new batch owned by the caller. */
  Batch result(BufferAllocator allocator);

  /** Only the groups changed by {@link #update} or {@link #merge} since {@link #clearUpdated}. */
  Batch updatedResult(BufferAllocator allocator);

  /** Forgets which groups were changed (called after a micro-batch's output is written). */
  void clearUpdated();

  /** Frees every off-heap byte. */
  @Override
  void close();
}
