package io.sluice.differential.cases;

/** A SQL expression and the alias of the output column it becomes. */
public record NamedExpr(String expr, String alias) {}
