/** Side by side with peer engines: one child JVM per engine and workload, one table (-Ppeers). */
package io.sluice.benchmarks.peers;
