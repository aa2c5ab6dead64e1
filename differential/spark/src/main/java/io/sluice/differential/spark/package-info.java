/** Spark's side of the differential run: a child JVM on Spark's own class path that answers cases over stdin/stdout. */
package io.sluice.differential.spark;
