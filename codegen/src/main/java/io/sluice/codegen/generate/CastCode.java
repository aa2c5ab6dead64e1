package io.sluice.codegen.generate;

import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.DataType.Kind;
import java.util.function.Function;

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

  /**
   * Spark's legacy cast. {@code zone} is the field holding the session time zone, needed (non-null)
   * only between TIMESTAMP and STRING or DATE.
   */
  static CastCode of(DataType from, DataType to, String v, String zone) {
    Kind f = from.kind();
    Kind t = to.kind();
    JavaType target = JavaType.of(to);
    if (from.equals(to)) {
      return new CastCode(v, target.primitive() ? long.class : Object.class);
    }
    if (t == Kind.STRING) {
      String zoneArgument = f == Kind.TIMESTAMP ? ", " + zone : "";
      return new CastCode(
          CASTS + "." + toStringMethod(from) + "(" + v + zoneArgument + ")", String.class);
    }
    switch (f) {
      case STRING:
        if (t == Kind.TIMESTAMP) {
          return nullable(CASTS + ".stringToTimestamp(" + v + ", " + zone + ")");
        }
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
          return primitive(CASTS + ".dateToTimestamp(" + v + ", " + zone + ")");
        }
        break;
      case TIMESTAMP:
        switch (t) {
          case DATE:
            return primitive(CASTS + ".timestampToDate(" + v + ", " + zone + ")");
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

  private static final String ANSI = ExprCodegen.RUNTIME + "AnsiCasts";

  /**
   * Spark's ANSI cast of a pair that {@link io.sluice.codegen.runtime.AnsiCasts#canFail} says can
   * fail: a call of {@code AnsiCasts} that returns the value or throws Spark's error (never null).
   */
  static CastCode ansi(
      DataType from, DataType to, String v, String zone, Function<DataType, String> typeField) {
    Kind f = from.kind();
    Kind t = to.kind();
    String p = to.kind() == Kind.DECIMAL ? to.precision() + ", " + to.scale() : "";
    String fromType = typeField.apply(from);
    switch (f) {
      case STRING:
        switch (t) {
          case DECIMAL:
            return exact(ANSI + ".stringToDecimal(" + v + ", " + p + ")");
          case TIMESTAMP:
            return exact(ANSI + ".stringToTimestamp(" + v + ", " + zone + ")");
          default:
            return exact(fromString(to, v).replace(CASTS + ".", ANSI + "."));
        }
      case BOOLEAN:
        return exact(ANSI + ".longToDecimal(" + v + " ? 1L : 0L, " + p + ")");
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
        return t == Kind.DECIMAL
            ? exact(ANSI + ".longToDecimal(" + v + ", " + p + ")")
            : exact(ANSI + ".longTo" + integralName(t) + "(" + v + ", " + fromType + ")");
      case FLOAT:
      case DOUBLE:
        switch (t) {
          case DECIMAL:
            // NaN and the infinities are NULL, not an error.
            return nullable(ANSI + ".doubleToDecimal(" + v + ", " + fromType + ", " + p + ")");
          case TIMESTAMP:
            return exact(ANSI + ".doubleToTimestamp(" + v + ", " + fromType + ")");
          default:
            return exact(ANSI + ".doubleTo" + integralName(t) + "(" + v + ", " + fromType + ")");
        }
      case DECIMAL:
        if (t == Kind.DECIMAL) {
          return exact(ANSI + ".decimalToDecimal(" + v + ", " + p + ")");
        }
        return exact("(" + JavaType.of(to).name + ") " + ANSI + ".decimalToLong(" + v + ", "
            + fromType + ", " + typeField.apply(to) + ")");
      case TIMESTAMP:
        if (t == Kind.DECIMAL) {
          return exact(ANSI + ".decimalToDecimal(java.math.BigDecimal.valueOf(" + v + ", 6), " + p + ")");
        }
        return exact(ANSI + ".longTo" + integralName(t) + "(" + CASTS + ".timestampToLong(" + v
            + "), io.sluice.columnar.types.DataType.BIGINT)");
      default:
        throw new IllegalArgumentException("no ANSI cast of " + from + " to " + to);
    }
  }

  /** A value that is never null: primitive results and ANSI's reference results alike. */
  private static CastCode exact(String expression) {
    return new CastCode(expression, long.class);
  }

  private static String integralName(Kind k) {
    switch (k) {
      case TINYINT:
        return "Byte";
      case SMALLINT:
        return "Short";
      case INT:
        return "Int";
      default:
        return "Long";
    }
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
