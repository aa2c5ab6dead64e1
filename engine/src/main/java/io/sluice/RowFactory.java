package io.sluice;

/** Spark's {@code RowFactory}: {@code RowFactory.create(values...)}. */
public final class RowFactory {
  private RowFactory() {}

  public static Row create(Object... values) {
    return Row.of(values);
  }
}
