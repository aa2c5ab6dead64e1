/** JMH benchmarks of Sluice's kernels and queries; run from the shaded benchmarks.jar. */
package io.sluice.benchmarks;
