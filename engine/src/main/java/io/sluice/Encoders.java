package io.sluice;

import io.sluice.columnar.types.DataType;

/** Spark's {@code Encoders} for single values: the result column is named {@code value}. */
public final class Encoders {
  private Encoders() {}

  public static Encoder<String> STRING() {
    return new Encoder<>(String.class, DataType.STRING);
  }

  public static Encoder<Integer> INT() {
    return new Encoder<>(Integer.class, DataType.INT);
  }

  public static Encoder<Long> LONG() {
    return new Encoder<>(Long.class, DataType.BIGINT);
  }

  public static Encoder<Double> DOUBLE() {
    return new Encoder<>(Double.class, DataType.DOUBLE);
  }

  public static Encoder<Float> FLOAT() {
    return new Encoder<>(Float.class, DataType.FLOAT);
  }

  public static Encoder<Boolean> BOOLEAN() {
    return new Encoder<>(Boolean.class, DataType.BOOLEAN);
  }

  public static Encoder<Short> SHORT() {
    return new Encoder<>(Short.class, DataType.SMALLINT);
  }

  public static Encoder<Byte> BYTE() {
    return new Encoder<>(Byte.class, DataType.TINYINT);
  }

  public static Encoder<java.math.BigDecimal> DECIMAL() {
    return new Encoder<>(java.math.BigDecimal.class, DataType.decimal(38, 18));
  }

  public static Encoder<java.sql.Date> DATE() {
    return new Encoder<>(java.sql.Date.class, DataType.DATE);
  }

  public static Encoder<java.sql.Timestamp> TIMESTAMP() {
    return new Encoder<>(java.sql.Timestamp.class, DataType.TIMESTAMP);
  }

  public static Encoder<byte[]> BINARY() {
    return new Encoder<>(byte[].class, DataType.BINARY);
  }
}
