package io.sluice.analysis;

import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import org.apache.arrow.vector.types.pojo.Field;

/** An output column of an analyzed relation: its name, the alias it can be qualified by, its type. */
public final class Attribute {
  private final String name;
  private final String qualifier;
  private final DataType type;
  private final boolean nullable;

  public Attribute(String name, String qualifier, DataType type, boolean nullable) {
    this.name = name;
    this.qualifier = qualifier;
    this.type = type;
    this.nullable = nullable;
  }

  public static Attribute of(Field field) {
    return new Attribute(field.getName(), null, Ddl.typeOf(field), field.isNullable());
  }

  public String name() {
    return name;
  }

  /** The relation alias ({@code t} of {@code t.age}), or null. */
  public String qualifier() {
    return qualifier;
  }

  public DataType type() {
    return type;
  }

  public boolean nullable() {
    return nullable;
  }

  public Attribute withQualifier(String newQualifier) {
    return new Attribute(name, newQualifier, type, nullable);
  }

  public Attribute withNullable(boolean newNullable) {
    return new Attribute(name, qualifier, type, newNullable);
  }

  public Field toField() {
    return Ddl.field(name, type, nullable);
  }

  @Override
  public String toString() {
    return (qualifier == null ? "" : qualifier + ".") + name;
  }
}
