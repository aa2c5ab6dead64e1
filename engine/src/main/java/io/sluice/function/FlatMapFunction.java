package io.sluice.function;

import java.io.Serializable;

/** Spark's {@code org.apache.spark.api.java.function.FlatMapFunction}, so Java lambdas port unchanged. */
@FunctionalInterface
public interface FlatMapFunction<T, R> extends Serializable {
  java.util.Iterator<R> call(T t) throws Exception;
}
