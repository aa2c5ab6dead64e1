package io.sluice.codegen.errors;

import java.util.Map;

/** Spark's {@code SparkDateTimeException}: a string that is not a date or timestamp, a datetime out of range. */
public final class SluiceDateTimeException extends java.time.DateTimeException implements SluiceThrowable {
  private static final long serialVersionUID = 1L;

  private final ErrorCondition condition;
  private final Map<String, String> parameters;

  SluiceDateTimeException(ErrorCondition condition, Map<String, String> parameters) {
    super(condition.message(parameters));
    this.condition = condition;
    this.parameters = Map.copyOf(parameters);
  }

  @Override
  public String getCondition() {
    return condition.fullName();
  }

  @Override
  public String getSqlState() {
    return condition.sqlState();
  }

  @Override
  public Map<String, String> getMessageParameters() {
    return parameters;
  }
}
