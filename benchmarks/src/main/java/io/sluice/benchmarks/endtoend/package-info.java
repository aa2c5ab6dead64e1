/** End to end: the seed program over generated seed-shaped Parquet files, start() to the last commit. */
package io.sluice.benchmarks.endtoend;
