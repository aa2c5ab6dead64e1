package io.sluice.execution;

/**
 * Implemented by the state a stateful operator keeps in {@code ExecContext.state}, so progress can
 * report {@code stateOperators}; state that does not implement it is reported as unknown (-1).
 */
public interface StateStoreMetrics {

  /** Keys held after the last micro-batch. */
  long numRowsTotal();

  /** Keys the last micro-batch inserted or changed. */
  long numRowsUpdated();

  /** Off-heap bytes held. */
  long memoryUsedBytes();
}
