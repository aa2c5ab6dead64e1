/** Kernel stage: built-in scalar functions, their type resolution and the one Java implementation both the interpreter and generated code call. */
package io.sluice.codegen.function;
