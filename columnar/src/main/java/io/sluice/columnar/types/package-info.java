/** Batch stage: Spark SQL types mapped onto Arrow types, and DDL strings. */
package io.sluice.columnar.types;
