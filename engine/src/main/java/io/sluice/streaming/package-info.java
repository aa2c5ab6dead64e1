/**
 * The streaming API, Spark's {@code org.apache.spark.sql.streaming}: readers and writers of
 * streams, the running query's handle, its progress and listeners, triggers and output modes.
 */
package io.sluice.streaming;
