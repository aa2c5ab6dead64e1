package io.sluice.execution.streaming;

/**
 * A position in a source's data; the offset log stores one per source per micro-batch. Offsets of
 * one source are totally ordered and compare with {@code equals}. Immutable.
 */
public interface Offset {

  /** The form stored in the offset log and shown in progress (valid JSON). */
  String json();
}
