package io.sluice.function;

import java.io.Serializable;

/** Spark's {@code org.apache.spark.api.java.function.VoidFunction2}, so Java lambdas port unchanged. */
@FunctionalInterface
public interface VoidFunction2<T1, T2> extends Serializable {
  void call(T1 v1, T2 v2) throws Exception;
}
