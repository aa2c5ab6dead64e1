package io.sluice.codegen.ir;

/**
 * An expression whose types do not fit together, or a call of an unknown function. The message
 * follows Spark's ({@code cannot resolve '(name + 1)' due to data type mismatch: ...}) so that
 * users who know Spark recognise it.
 */
public final class TypeCheckException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TypeCheckException(String message) {
    super(message);
  }

  /**
   * Spark's {@code [DATATYPE_MISMATCH.<subCondition>] Cannot resolve "<sqlExpr>" due to data type
   * mismatch: <detail>}, the form of every type-check failure Spark names.
   */
  public static TypeCheckException datatypeMismatch(String subCondition, String sqlExpr, String detail) {
    return new TypeCheckException(
        "[DATATYPE_MISMATCH." + subCondition + "] Cannot resolve \"" + sqlExpr
            + "\" due to data type mismatch: " + detail);
  }

  /** {@code cannot resolve '<sql>' due to data type mismatch: <reason>}. */
  static TypeCheckException mismatch(String sql, String reason) {
    return new TypeCheckException(
        "cannot resolve '" + sql + "' due to data type mismatch: " + reason);
  }
}
