package io.sluice.columnar.types;

import java.util.Objects;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;

/**
 * A SQL type with Spark's names, mapped one to one onto an Arrow type.
 *
 * <p>Internal values (what kernels, the interpreter and {@link io.sluice.columnar.Values} use):
 * BOOLEAN {@code Boolean}, TINYINT {@code Byte}, SMALLINT {@code Short}, INT {@code Integer},
 * BIGINT {@code Long}, FLOAT {@code Float}, DOUBLE {@code Double}, DECIMAL {@code BigDecimal},
 * STRING {@code String}, BINARY {@code byte[]}, DATE {@code Integer} days since 1970-01-01,
 * TIMESTAMP {@code Long} microseconds since the epoch (UTC), NULL always {@code null}.
 */
public final class DataType {

  /** The kinds of type Sluice computes with. */
  public enum Kind {
    NULL,
    BOOLEAN,
    TINYINT,
    SMALLINT,
    INT,
    BIGINT,
    FLOAT,
    DOUBLE,
    DECIMAL,
    STRING,
    BINARY,
    DATE,
    TIMESTAMP
  }

  public static final int MAX_DECIMAL_PRECISION = 38;

  public static final DataType NULL = new DataType(Kind.NULL, 0, 0);
  public static final DataType BOOLEAN = new DataType(Kind.BOOLEAN, 0, 0);
  public static final DataType TINYINT = new DataType(Kind.TINYINT, 0, 0);
  public static final DataType SMALLINT = new DataType(Kind.SMALLINT, 0, 0);
  public static final DataType INT = new DataType(Kind.INT, 0, 0);
  public static final DataType BIGINT = new DataType(Kind.BIGINT, 0, 0);
  public static final DataType FLOAT = new DataType(Kind.FLOAT, 0, 0);
  public static final DataType DOUBLE = new DataType(Kind.DOUBLE, 0, 0);
  public static final DataType STRING = new DataType(Kind.STRING, 0, 0);
  public static final DataType BINARY = new DataType(Kind.BINARY, 0, 0);
  public static final DataType DATE = new DataType(Kind.DATE, 0, 0);
  public static final DataType TIMESTAMP = new DataType(Kind.TIMESTAMP, 0, 0);
  /** Spark's default decimal, {@code DECIMAL(10,0)}. */
  public static final DataType DECIMAL_DEFAULT = new DataType(Kind.DECIMAL, 10, 0);

  /** The time zone Sluice stamps on Arrow timestamp vectors; values are instants. */
  public static final String TIMESTAMP_ZONE = "UTC";

  private final Kind kind;
  private final int precision;
  private final int scale;

  private DataType(Kind kind, int precision, int scale) {
    this.kind = kind;
    this.precision = precision;
    this.scale = scale;
  }

  public static DataType decimal(int precision, int scale) {
    if (precision < 1 || precision > MAX_DECIMAL_PRECISION) {
      throw new IllegalArgumentException(
          "DECIMAL precision " + precision + " is out of range [1, " + MAX_DECIMAL_PRECISION + "]");
    }
    if (scale < 0 || scale > precision) {
      throw new IllegalArgumentException(
          "DECIMAL scale " + scale + " must be between 0 and the precision " + precision);
    }
    return new DataType(Kind.DECIMAL, precision, scale);
  }

  public Kind kind() {
    return kind;
  }

  /** Decimal precision; 0 for other kinds. */
  public int precision() {
    return precision;
  }

  /** Decimal scale; 0 for other kinds. */
  public int scale() {
    return scale;
  }

  public boolean isIntegral() {
    return kind == Kind.TINYINT || kind == Kind.SMALLINT || kind == Kind.INT || kind == Kind.BIGINT;
  }

  /** The smallest value of an integral type (TINYINT to BIGINT), as a long; BIGINT's otherwise. */
  public long integralMin() {
    switch (kind) {
      case TINYINT:
        return Byte.MIN_VALUE;
      case SMALLINT:
        return Short.MIN_VALUE;
      case INT:
        return Integer.MIN_VALUE;
      default:
        return Long.MIN_VALUE;
    }
  }

  /** The largest value of an integral type (TINYINT to BIGINT), as a long; BIGINT's otherwise. */
  public long integralMax() {
    switch (kind) {
      case TINYINT:
        return Byte.MAX_VALUE;
      case SMALLINT:
        return Short.MAX_VALUE;
      case INT:
        return Integer.MAX_VALUE;
      default:
        return Long.MAX_VALUE;
    }
  }

  public boolean isFractional() {
    return kind == Kind.FLOAT || kind == Kind.DOUBLE || kind == Kind.DECIMAL;
  }

  public boolean isNumeric() {
    return isIntegral() || isFractional();
  }

  /** Spark's {@code simpleString}: the lower-case name printSchema and error messages use. */
  public String simpleString() {
    switch (kind) {
      case NULL:
        return "void";
      case DECIMAL:
        return "decimal(" + precision + "," + scale + ")";
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Spark's {@code typeName}, which {@code printSchema} shows: {@code integer}, {@code long},
   * {@code short}, {@code byte}, {@code string}, {@code decimal(10,2)}, ...
   */
  public String typeName() {
    switch (kind) {
      case INT:
        return "integer";
      case BIGINT:
        return "long";
      case SMALLINT:
        return "short";
      case TINYINT:
        return "byte";
      default:
        return simpleString();
    }
  }

  /** Spark's {@code DataType.toString} in Scala/Java, which {@code Dataset.dtypes} returns. */
  public String sparkTypeString() {
    switch (kind) {
      case NULL:
        return "NullType";
      case BOOLEAN:
        return "BooleanType";
      case TINYINT:
        return "ByteType";
      case SMALLINT:
        return "ShortType";
      case INT:
        return "IntegerType";
      case BIGINT:
        return "LongType";
      case FLOAT:
        return "FloatType";
      case DOUBLE:
        return "DoubleType";
      case DECIMAL:
        return "DecimalType(" + precision + "," + scale + ")";
      case STRING:
        return "StringType";
      case BINARY:
        return "BinaryType";
      case DATE:
        return "DateType";
      default:
        return "TimestampType";
    }
  }

  /** The DDL name, as {@link Ddl} writes it: {@code STRING}, {@code DECIMAL(10,2)}, ... */
  public String sqlName() {
    switch (kind) {
      case NULL:
        return "VOID";
      case DECIMAL:
        return "DECIMAL(" + precision + "," + scale + ")";
      default:
        return kind.name();
    }
  }

  /** The Arrow type that vectors of this type have. */
  public ArrowType toArrow() {
    switch (kind) {
      case NULL:
        return ArrowType.Null.INSTANCE;
      case BOOLEAN:
        return ArrowType.Bool.INSTANCE;
      case TINYINT:
        return new ArrowType.Int(8, true);
      case SMALLINT:
        return new ArrowType.Int(16, true);
      case INT:
        return new ArrowType.Int(32, true);
      case BIGINT:
        return new ArrowType.Int(64, true);
      case FLOAT:
        return new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
      case DOUBLE:
        return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      case DECIMAL:
        return new ArrowType.Decimal(precision, scale, 128);
      case STRING:
        return ArrowType.Utf8.INSTANCE;
      case BINARY:
        return ArrowType.Binary.INSTANCE;
      case DATE:
        return new ArrowType.Date(DateUnit.DAY);
      case TIMESTAMP:
        return new ArrowType.Timestamp(TimeUnit.MICROSECOND, TIMESTAMP_ZONE);
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * The Sluice type of an Arrow type. Types a file may carry that Sluice normalises on read
   * (large strings, other timestamp units, millisecond dates, unsigned ints) map to the type the
   * reader converts them to.
   *
   * @throws IllegalArgumentException for Arrow types Sluice does not support (lists, structs, ...)
   */
  public static DataType fromArrow(ArrowType type) {
    switch (type.getTypeID()) {
      case Null:
        return NULL;
      case Bool:
        return BOOLEAN;
      case Int:
        {
          ArrowType.Int t = (ArrowType.Int) type;
          int bits = t.getBitWidth();
          if (!t.getIsSigned()) {
            bits = Math.min(64, bits * 2);
          }
          switch (bits) {
            case 8:
              return TINYINT;
            case 16:
              return SMALLINT;
            case 32:
              return INT;
            default:
              return BIGINT;
          }
        }
      case FloatingPoint:
        return ((ArrowType.FloatingPoint) type).getPrecision() == FloatingPointPrecision.DOUBLE
            ? DOUBLE
            : FLOAT;
      case Decimal:
        {
          ArrowType.Decimal d = (ArrowType.Decimal) type;
          return decimal(d.getPrecision(), d.getScale());
        }
      case Utf8:
      case LargeUtf8:
      case Utf8View:
        return STRING;
      case Binary:
      case LargeBinary:
      case FixedSizeBinary:
      case BinaryView:
        return BINARY;
      case Date:
        return DATE;
      case Timestamp:
        return TIMESTAMP;
      default:
        throw new IllegalArgumentException("unsupported Arrow type " + type);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DataType)) {
      return false;
    }
    DataType that = (DataType) o;
    return kind == that.kind && precision == that.precision && scale == that.scale;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, precision, scale);
  }

  @Override
  public String toString() {
    return sqlName();
  }
}
