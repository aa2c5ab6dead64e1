package io.sluice.codegen.kernel;

/** Placeholder until the Janino implementation lands. */
final class CompiledKernels {
  static final Kernels INSTANCE = null;

  private CompiledKernels() {}
}
