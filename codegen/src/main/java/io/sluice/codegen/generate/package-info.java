/** Kernel stage: Java source generation for fused pipelines, Janino compilation and the compiled-class cache. */
package io.sluice.codegen.generate;
