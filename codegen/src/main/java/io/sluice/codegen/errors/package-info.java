/** Spark's runtime error conditions: the exceptions a kernel raises with ANSI mode on. */
package io.sluice.codegen.errors;
