/** The public API, as Spark's org.apache.spark.sql: Session, Dataset, Row, Column, functions. */
package io.sluice;
