package io.sluice.differential.cases;

/** One ORDER BY key over an output column. */
public record SortKey(String column, boolean descending, boolean nullsFirst) {}
