package io.sluice.codegen.errors;

import java.util.Map;

/** Spark's {@code SparkIllegalArgumentException}: an invalid argument such as a datetime pattern Spark rejects. */
public final class SluiceIllegalArgumentException extends IllegalArgumentException implements SluiceThrowable {
  private static final long serialVersionUID = 1L;

  private final ErrorCondition condition;
  private final Map<String, String> parameters;

  SluiceIllegalArgumentException(ErrorCondition condition, Map<String, String> parameters) {
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
