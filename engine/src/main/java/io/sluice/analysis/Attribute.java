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
  private final boolean qualifiedOnly;

  public Attribute(String name, String qualifier, DataType type, boolean nullable) {
    this(name, qualifier, type, nullable, false);
  }

  private Attribute(String name, String qualifier, DataType type, boolean nullable, boolean qualifiedOnly) {
    this.name = name;
    this.qualifier = qualifier;
    this.type = type;
    this.nullable = nullable;
    this.qualifiedOnly = qualifiedOnly;
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

  /**
   * True for a column a USING or NATURAL join keeps only for qualified access: {@code t1.k} and
   * {@code t1.*} see it, {@code k} and {@code *} do not (Spark's "qualified access only" columns).
   */
  public boolean qualifiedOnly() {
    return qualifiedOnly;
  }

  public Attribute withQualifier(String newQualifier) {
    return new Attribute(name, newQualifier, type, nullable, qualifiedOnly);
  }

  public Attribute withNullable(boolean newNullable) {
    return new Attribute(name, qualifier, type, newNullable, qualifiedOnly);
  }

  public Attribute asQualifiedOnly() {
    return new Attribute(name, qualifier, type, nullable, true);
  }

  public Field toField() {
    return Ddl.field(name, type, nullable);
  }

  @Override
  public String toString() {
    return (qualifier == null ? "" : qualifier + ".") + name + (qualifiedOnly ? " (qualified only)" : "");
  }
}
