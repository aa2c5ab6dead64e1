/** Latency: a row handed to a MemoryStream until it is visible in the memory sink's table. */
package io.sluice.benchmarks.latency;
