package io.sluice.function;

import java.io.Serializable;

/** Spark's {@code org.apache.spark.api.java.function.Function2}, so Java lambdas port unchanged. */
@FunctionalInterface
public interface Function2<T1, T2, R> extends Serializable {
  R call(T1 v1, T2 v2) throws Exception;
}
