package io.sluice.codegen.ir;

/**
 * What an expression that can fail (integral overflow, division by zero, a cast of a value that
 * does not parse or fit) does when it fails. Spark's {@code EvalMode}, except that ANSI and
 * LEGACY are one value here: the kernel that runs the expression knows which ({@code
 * EvalOptions.ansi()}), so the analyzer does not need the session's setting.
 */
public enum EvalMode {
  /**
   * With ANSI on, Spark's error ({@code [ARITHMETIC_OVERFLOW]}, {@code [DIVIDE_BY_ZERO]}, {@code
   * [CAST_INVALID_INPUT]}, ...); with it off, Spark's legacy result (wrap, null).
   */
  DEFAULT,
  /** Null instead of the error, whatever the setting: {@code try_add}, {@code try_cast}, ... */
  TRY
}
