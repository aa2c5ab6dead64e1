package io.sluice.sql;

/**
 * Spark's parser configurations that change how SQL text reads. Immutable.
 *
 * @param doubleQuotedIdentifiers {@code "x"} is an identifier, as {@code `x`} (Spark:
 *     spark.sql.ansi.doubleQuotedIdentifiers, effective with ANSI mode on); else a string literal
 * @param consecutiveStringLiterals a doubled quote inside a literal ends it and starts an adjacent
 *     one, so {@code 'S''par''k'} is {@code Spark} (Spark:
 *     spark.sql.legacy.consecutiveStringLiterals.enabled); else it stands for the quote
 */
public record SqlParserOptions(boolean doubleQuotedIdentifiers, boolean consecutiveStringLiterals) {
  /** Spark's defaults: both off. */
  public static final SqlParserOptions SPARK_DEFAULTS = new SqlParserOptions(false, false);
}
