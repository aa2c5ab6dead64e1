/** JMH benchmarks of the generated kernels alone (codegen module): rows per second per core. */
package io.sluice.benchmarks.kernels;
