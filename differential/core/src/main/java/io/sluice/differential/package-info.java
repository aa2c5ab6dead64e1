/**
 * The differential run's driver and Sluice's side: generates cases, runs them on Sluice in this
 * JVM and on Spark in a child JVM, compares, reduces mismatches and saves them as regressions.
 */
package io.sluice.differential;
