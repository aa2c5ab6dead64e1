/**
 * Source and sink stage, file edge: readers that turn Parquet, ORC, CSV and JSON-lines files into
 * Sluice {@link io.sluice.columnar.Batch}es of an exact schema, and writers for the same formats.
 */
package io.sluice.columnar.io;
