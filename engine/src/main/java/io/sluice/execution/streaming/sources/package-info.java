/** Streaming sources: where micro-batches' input comes from (files, rate, memory). */
package io.sluice.execution.streaming.sources;
