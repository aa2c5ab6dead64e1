package io.sluice.function;

import java.io.Serializable;

/** Spark's {@code org.apache.spark.api.java.function.FilterFunction}, so Java lambdas port unchanged. */
@FunctionalInterface
public interface FilterFunction<T> extends Serializable {
  boolean call(T value) throws Exception;
}
