package io.sluice.differential.cases;

/**
 * How two answers differ. {@code kind} is one of {@code sluice-error} (only Sluice failed), {@code
 * spark-error} (only Spark failed), {@code error-kind}, {@code types}, {@code names}, {@code
 * row-count}, {@code values}; {@code detail} says where.
 */
public record Mismatch(String kind, String detail) {}
