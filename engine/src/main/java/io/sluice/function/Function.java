package io.sluice.function;

import java.io.Serializable;

/** Spark's {@code org.apache.spark.api.java.function.Function}, so Java lambdas port unchanged. */
@FunctionalInterface
public interface Function<T1, R> extends Serializable {
  R call(T1 v1) throws Exception;
}
