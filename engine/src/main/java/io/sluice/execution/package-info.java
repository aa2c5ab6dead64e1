/** Operator stage: physical operators that run kernels over Arrow batches, and what they share while running. */
package io.sluice.execution;
