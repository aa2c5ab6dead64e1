/** Per-trigger overhead: one micro-batch of a MemoryStream query into the memory sink. */
package io.sluice.benchmarks.trigger;
