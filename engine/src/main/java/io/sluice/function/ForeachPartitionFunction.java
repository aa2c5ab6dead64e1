package io.sluice.function;

import java.io.Serializable;

/** Spark's {@code org.apache.spark.api.java.function.ForeachPartitionFunction}, so Java lambdas port unchanged. */
@FunctionalInterface
public interface ForeachPartitionFunction<T> extends Serializable {
  void call(java.util.Iterator<T> t) throws Exception;
}
