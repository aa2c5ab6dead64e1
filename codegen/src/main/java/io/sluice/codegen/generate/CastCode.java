package io.sluice.codegen.generate;

import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.DataType.Kind;

/**
 * The Java expression of {@code CAST(value AS to)} for a non-null value: a primitive conversion
 * (Java's narrowing is Spark's wrapping and truncation), or a call of {@link
 * io.sluice.codegen.runtime.Casts}, the same methods the interpreter uses. {@link #result} is the
 * expression's Java class; a non-primitive one may be null.
 */
final class CastCode {

  private static final String CASTS = ExprCodegen.RUNTIME + "Casts";

  final String expression;
  final Class<?> result;

  private CastCode(String expression, Class<?> result) {
    this.expression = expression;
    this.result = result;
  }

  private static CastCode primitive(String expression) {
    return new CastCode(expression, long.class);
  }

  private static CastCode nullable(String expression) {
    return new CastCode(expression, Object.class);
  }

  static CastCode of(DataType from, DataType to, String v) {
    Kind f = from.kind();
    Kind t = to.kind();
    JavaType target = JavaType.of(to);
    if (from.equals(to)) {
      return new CastCode(v, target.primitive() ? long.class : Object.class);
    }
    if (t == Kind.STRING) {
      return new CastCode(CASTS + "." + toStringMethod(from) + "(" + v + ")", String.class);
    }
    switch (f) {
      case STRING:
        return nullable(fromString(to, v));
      case BOOLEAN:
        if (t == Kind.DECIMAL) {
          return nullable(CASTS + ".longToDecimal(" + v + " ? 1L : 0L, " + to.precision() + ", " + to.scale() + ")");
        }
        return primitive("(" + target.name + ") (" + v + " ? 1 : 0)");
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
        switch (t) {
          case BOOLEAN:
            return primitive(v + " != 0");
          case DECIMAL:
            return nullable(CASTS + ".longToDecimal(" + v + ", " + to.precision() + ", " + to.scale() + ")");
          case TIMESTAMP:
            return primitive("(long) " + v + " * " + CASTS + ".MICROS_PER_SECOND");
          default:
            return primitive("(" + target.name + ") " + v);
        }
      case FLOAT:
      case DOUBLE:
        switch (t) {
          case BOOLEAN:
            return primitive(v + " != 0");
          case DECIMAL:
            return nullable(CASTS + ".doubleToDecimal(" + v + ", " + to.precision() + ", " + to.scale() + ")");
          case TIMESTAMP:
            return nullable(CASTS + ".doubleToTimestamp(" + v + ")");
          case TINYINT:
          case SMALLINT:
            // Java narrows double to byte/short through int, as Spark does.
            return primitive("(" + target.name + ") (int) " + v);
          default:
            return primitive("(" + target.name + ") " + v);
        }
      case DECIMAL:
        switch (t) {
          case BOOLEAN:
            return primitive(v + ".signum() != 0");
          case DECIMAL:
            return nullable(CASTS + ".decimalToDecimal(" + v + ", " + to.precision() + ", " + to.scale() + ")");
          case FLOAT:
            return primitive(v + ".floatValue()");
          case DOUBLE:
            return primitive(v + ".doubleValue()");
          case TIMESTAMP:
            return nullable(CASTS + ".doubleToTimestamp(" + v + ".doubleValue())");
          default:
            return primitive("(" + target.name + ") " + CASTS + ".decimalToLong(" + v + ")");
        }
      case DATE:
        if (t == Kind.TIMESTAMP) {
          return primitive(CASTS + ".dateToTimestamp(" + v + ")");
        }
        break;
      case TIMESTAMP:
        switch (t) {
          case DATE:
            return primitive(CASTS + ".timestampToDate(" + v + ")");
          case BOOLEAN:
            return primitive(v + " != 0");
          case FLOAT:
            return primitive("(float) " + CASTS + ".timestampToDouble(" + v + ")");
          case DOUBLE:
            return primitive(CASTS + ".timestampToDouble(" + v + ")");
          case DECIMAL:
            return nullable(CASTS + ".decimalToDecimal(java.math.BigDecimal.valueOf(" + v + ", 6), "
                + to.precision() + ", " + to.scale() + ")");
          default:
            return primitive("(" + target.name + ") " + CASTS + ".timestampToLong(" + v + ")");
        }
      default:
        break;
    }
    throw new IllegalArgumentException("cannot cast " + from + " to " + to);
  }

  private static String toStringMethod(DataType from) {
    switch (from.kind()) {
      case BOOLEAN:
        return "booleanToString";
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
        return "longToString";
      case FLOAT:
        return "floatToString";
      case DOUBLE:
        return "doubleToString";
      case DECIMAL:
        return "decimalToString";
      case DATE:
        return "dateToString";
      case TIMESTAMP:
        return "timestampToString";
      case BINARY:
        return "binaryToString";
      default:
        throw new IllegalArgumentException("cannot cast " + from + " to string");
    }
  }

  private static String fromString(DataType to, String v) {
    switch (to.kind()) {
      case BOOLEAN:
        return CASTS + ".stringToBoolean(" + v + ")";
      case TINYINT:
        return CASTS + ".stringToByte(" + v + ")";
      case SMALLINT:
        return CASTS + ".stringToShort(" + v + ")";
      case INT:
        return CASTS + ".stringToInt(" + v + ")";
      case BIGINT:
        return CASTS + ".stringToLong(" + v + ")";
      case FLOAT:
        return CASTS + ".stringToFloat(" + v + ")";
      case DOUBLE:
        return CASTS + ".stringToDouble(" + v + ")";
      case DECIMAL:
        return CASTS + ".stringToDecimal(" + v + ", " + to.precision() + ", " + to.scale() + ")";
      case DATE:
        return CASTS + ".stringToDate(" + v + ")";
      case TIMESTAMP:
        return CASTS + ".stringToTimestamp(" + v + ")";
      case BINARY:
        return CASTS + ".stringToBinary(" + v + ")";
      default:
        throw new IllegalArgumentException("cannot cast string to " + to);
    }
  }

}
