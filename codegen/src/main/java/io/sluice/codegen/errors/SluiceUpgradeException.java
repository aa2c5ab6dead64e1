package io.sluice.codegen.errors;

import java.util.Map;

/** Spark's {@code SparkUpgradeException}: a datetime pattern Spark 2 accepted and Spark 3+ does not. */
public final class SluiceUpgradeException extends RuntimeException implements SluiceThrowable {
  private static final long serialVersionUID = 1L;

  private final ErrorCondition condition;
  private final Map<String, String> parameters;

  SluiceUpgradeException(ErrorCondition condition, Map<String, String> parameters) {
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
