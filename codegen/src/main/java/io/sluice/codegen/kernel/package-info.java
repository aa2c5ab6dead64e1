/** Kernel stage: compiled (and reference-interpreted) filters, projections and aggregations over Arrow batches. */
package io.sluice.codegen.kernel;
