/** Batch stage: Arrow batches and the value-level access every other stage builds on. */
package io.sluice.columnar;
