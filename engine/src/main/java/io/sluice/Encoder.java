package io.sluice;

import io.sluice.columnar.types.DataType;

/**
 * How a typed Dataset's values map to one column, Spark's {@code Encoder} for the basic types
 * ({@link Encoders}). Sluice's Datasets are columnar; typed values exist only at the API edge.
 */
public final class Encoder<T> {
  private final Class<T> type;
  private final DataType dataType;

  Encoder(Class<T> type, DataType dataType) {
    this.type = type;
    this.dataType = dataType;
  }

  public Class<T> clsTag() {
    return type;
  }

  public DataType dataType() {
    return dataType;
  }
}
