/** Kernel stage: static operations that generated code and the interpreter both call, so that the two cannot diverge. */
package io.sluice.codegen.runtime;
