package io.sluice.sql;

/**
 * Spark's parser configurations that change how SQL text reads. Immutable.
 *
 * @param doubleQuotedIdentifiers {@code "x"} is an identifier, as {@code `x`} (Spark:
 *     spark.sql.ansi.doubleQuotedIdentifiers, effective with ANSI mode on); else a string literal
 * @param consecutiveStringLiterals a doubled quote inside a literal ends it and starts an adjacent
 *     one, so {@code 'S''par''k'} is {@code Spark} (Spark:
 *     spark.sql.legacy.consecutiveStringLiterals.enabled); else it stands for the quote
 * @param nestedCteNameConflictFails a CTE defined at the start of another CTE's definition with
 *     the name of an outer CTE is {@code AMBIGUOUS_ALIAS_IN_NESTED_CTE} (Spark:
 *     spark.sql.legacy.ctePrecedencePolicy=EXCEPTION); else the inner one shadows (CORRECTED)
 */
public record SqlParserOptions(
    boolean doubleQuotedIdentifiers, boolean consecutiveStringLiterals, boolean nestedCteNameConflictFails) {
  /** Spark's defaults: all off. */
  public static final SqlParserOptions SPARK_DEFAULTS = new SqlParserOptions(false, false, false);
}
