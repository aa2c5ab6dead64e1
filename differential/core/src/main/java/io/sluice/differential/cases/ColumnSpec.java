package io.sluice.differential.cases;

/** One column of a generated table: its name and its Spark DDL type ({@code int}, {@code decimal(10,2)}, ...). */
public record ColumnSpec(String name, String type) {}
