/** Streaming sinks: where micro-batches' results go (memory table, console, foreachBatch, foreach). */
package io.sluice.execution.streaming.sinks;
