/** Kernel stage: the typed, immutable expression IR that the interpreter and codegen both read. */
package io.sluice.codegen.ir;
