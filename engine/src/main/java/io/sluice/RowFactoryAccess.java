package io.sluice;

import org.apache.arrow.vector.types.pojo.Schema;

/** Lets the engine's execution package make Rows that carry a schema; not a user API. */
public final class RowFactoryAccess {
  private RowFactoryAccess() {}

  public static Row create(Object[] values, Schema schema) {
    return new Row(values, schema);
  }
}
