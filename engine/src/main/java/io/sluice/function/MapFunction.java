package io.sluice.function;

import java.io.Serializable;

/** Spark's {@code org.apache.spark.api.java.function.MapFunction}, so Java lambdas port unchanged. */
@FunctionalInterface
public interface MapFunction<T, U> extends Serializable {
  U call(T value) throws Exception;
}
