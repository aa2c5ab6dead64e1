package io.sluice.function;

import java.io.Serializable;

/** Spark's {@code org.apache.spark.api.java.function.ReduceFunction}, so Java lambdas port unchanged. */
@FunctionalInterface
public interface ReduceFunction<T> extends Serializable {
  T call(T v1, T v2) throws Exception;
}
