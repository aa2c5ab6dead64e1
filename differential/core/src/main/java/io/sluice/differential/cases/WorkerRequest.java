package io.sluice.differential.cases;

/**
 * One request line to Spark's child JVM. {@code write}: write every table of {@code diffCase} as
 * one file of its format under {@code dir/<table>}, answer {@code {"ok":true}}. {@code run}: run
 * the case over those files and answer with an {@link Answer}. {@code exit}: stop.
 */
public record WorkerRequest(String op, String dir, DiffCase diffCase) {}
