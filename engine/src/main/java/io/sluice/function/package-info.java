/** Function interfaces that user code passes to the API, named and shaped as Spark's Java ones. */
package io.sluice.function;
