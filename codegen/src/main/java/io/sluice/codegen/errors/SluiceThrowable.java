package io.sluice.codegen.errors;

import java.util.Map;

/**
 * Spark's {@code SparkThrowable}: an error with a condition name ({@code ARITHMETIC_OVERFLOW}), its
 * SQLSTATE and the parameters its message was made from. The message starts with the condition in
 * square brackets and ends with {@code SQLSTATE: xxxxx}, as Spark prints it.
 */
public interface SluiceThrowable {

  /** The error condition, e.g. {@code CAST_INVALID_INPUT} or {@code NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION}. */
  String getCondition();

  /** Spark's older name of {@link #getCondition()}. */
  default String getErrorClass() {
    return getCondition();
  }

  String getSqlState();

  /** The values substituted into the message template, by parameter name. */
  Map<String, String> getMessageParameters();
}
