package io.sluice.plan;

import org.apache.arrow.vector.types.pojo.Schema;

/**
 * What a streaming leaf reads, as {@code readStream()} described it (format, options, schema).
 * The streaming runtime turns it into a running source when a query starts.
 */
public interface StreamSourceSpec {

  /** For explain and progress: {@code FileStreamSource[file:/data]}, {@code RateStreamV2[...]}. */
  String description();

  Schema schema();
}
