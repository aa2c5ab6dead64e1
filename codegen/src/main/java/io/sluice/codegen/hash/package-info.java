/** Kernel stage: the off-heap open-addressing hash table that holds aggregation groups. */
package io.sluice.codegen.hash;
