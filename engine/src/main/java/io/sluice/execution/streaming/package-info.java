/**
 * The micro-batch runtime: runs a streaming query's plan once per micro-batch over the offsets
 * its sources admit, hands the result to the sink, and records offsets and commits.
 */
package io.sluice.execution.streaming;
