package io.sluice.execution;

/** Which groups an aggregation outputs after a micro-batch: all (complete mode) or changed (update mode). */
public enum AggregateEmit {
  ALL,
  UPDATED
}
