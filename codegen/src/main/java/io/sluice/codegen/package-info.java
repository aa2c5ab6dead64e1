/** Kernel stage: the reference interpreter and codegen-wide tunables. */
package io.sluice.codegen;
