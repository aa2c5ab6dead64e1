package io.sluice.codegen.generate;

import io.sluice.columnar.types.DataType;

/** How a value of a SQL type is held in generated code: the Java type, its zero, its box. */
public enum JavaType {
  BOOLEAN("boolean", "false", "Boolean", "booleanValue"),
  BYTE("byte", "(byte) 0", "Byte", "byteValue"),
  SHORT("short", "(short) 0", "Short", "shortValue"),
  INT("int", "0", "Integer", "intValue"),
  LONG("long", "0L", "Long", "longValue"),
  FLOAT("float", "0.0f", "Float", "floatValue"),
  DOUBLE("double", "0.0d", "Double", "doubleValue"),
  DECIMAL("java.math.BigDecimal", "null", "java.math.BigDecimal", null),
  STRING("String", "null", "String", null),
  BINARY("byte[]", "null", "byte[]", null);

  /** The declaration type. */
  public final String name;
  /** The value a variable holds while its null flag is set. */
  public final String zero;
  /** The boxed type ({@code Object} arrays and nullable method results). */
  public final String box;
  /** The method that unboxes, null for reference types. */
  public final String unbox;

  JavaType(String name, String zero, String box, String unbox) {
    this.name = name;
    this.zero = zero;
    this.box = box;
    this.unbox = unbox;
  }

  public boolean primitive() {
    return unbox != null;
  }

  /** An expression that turns {@code boxedExpr} (of {@link #box}) into this type. */
  public String fromBox(String boxedExpr) {
    return primitive() ? "((" + box + ") " + boxedExpr + ")." + unbox + "()" : "(" + box + ") " + boxedExpr;
  }

  public static JavaType of(DataType t) {
    switch (t.kind()) {
      case BOOLEAN:
      case NULL:
        return BOOLEAN;
      case TINYINT:
        return BYTE;
      case SMALLINT:
        return SHORT;
      case INT:
      case DATE:
        return INT;
      case BIGINT:
      case TIMESTAMP:
        return LONG;
      case FLOAT:
        return FLOAT;
      case DOUBLE:
        return DOUBLE;
      case DECIMAL:
        return DECIMAL;
      case STRING:
        return STRING;
      case BINARY:
        return BINARY;
      default:
        throw new AssertionError(t);
    }
  }

  /** The {@link io.sluice.codegen.runtime.ArrowMemory} read/write suffix for fixed-width types. */
  static String memorySuffix(DataType t) {
    switch (t.kind()) {
      case TINYINT:
        return "Byte";
      case SMALLINT:
        return "Short";
      case INT:
      case DATE:
        return "Int";
      case BIGINT:
      case TIMESTAMP:
        return "Long";
      case FLOAT:
        return "Float";
      case DOUBLE:
        return "Double";
      case BOOLEAN:
        return "Boolean";
      default:
        throw new IllegalArgumentException("not fixed-width: " + t);
    }
  }
}
