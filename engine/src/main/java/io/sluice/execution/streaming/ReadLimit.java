package io.sluice.execution.streaming;

/** How much a source may admit into one micro-batch (Spark's {@code ReadLimit}). */
public enum ReadLimit {
  /** The source's own limit, e.g. {@code maxFilesPerTrigger}. */
  SOURCE_DEFAULT,
  /** Everything available ({@code Trigger.Once}). */
  ALL_AVAILABLE
}
