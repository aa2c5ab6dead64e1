package io.sluice.codegen.ir;

import io.sluice.columnar.types.DataType;

/** Spark's DECIMAL precision and scale rules (DecimalPrecision, allowPrecisionLoss = true). */
public final class DecimalTypes {

  private static final int MAX = DataType.MAX_DECIMAL_PRECISION;
  /** Spark keeps at least this many fractional digits when it must cut precision. */
  private static final int MINIMUM_ADJUSTED_SCALE = 6;

  private DecimalTypes() {}

  /** The decimal an integral type widens to: tinyint (3,0), smallint (5,0), int (10,0), bigint (20,0). */
  public static DataType ofIntegral(DataType t) {
    switch (t.kind()) {
      case TINYINT:
        return DataType.decimal(3, 0);
      case SMALLINT:
        return DataType.decimal(5, 0);
      case INT:
        return DataType.decimal(10, 0);
      case BIGINT:
        return DataType.decimal(20, 0);
      case DECIMAL:
        return t;
      default:
        throw new IllegalArgumentException("not integral: " + t);
    }
  }

  /** Spark's {@code DecimalType.fromLiteral} for an integral value: DECIMAL(digits, 0). */
  public static DataType ofLiteral(long value) {
    return DataType.decimal(java.math.BigDecimal.valueOf(value).precision(), 0);
  }

  /** {@code DecimalType.bounded}: both capped at 38. */
  public static DataType bounded(int precision, int scale) {
    int s = Math.min(scale, MAX);
    return DataType.decimal(Math.max(1, Math.min(precision, MAX)), s);
  }

  /** {@code adjustPrecisionScale}: past 38 digits, keep the integer digits and cut the scale. */
  public static DataType adjusted(int precision, int scale) {
    if (precision <= MAX) {
      return DataType.decimal(Math.max(precision, 1), scale);
    }
    int intDigits = precision - scale;
    int minScale = Math.min(scale, MINIMUM_ADJUSTED_SCALE);
    int adjustedScale = Math.max(MAX - intDigits, minScale);
    return DataType.decimal(MAX, adjustedScale);
  }

  /**
   * Spark 4's {@code widerDecimalType}: the decimal that holds every value of both; past 38
   * digits it keeps the integral digits and drops fraction digits ({@code
   * boundedPreferIntegralDigits}, SPARK-45905), so DECIMAL(38,28) and DECIMAL(38,6) meet at
   * DECIMAL(38,6), not DECIMAL(38,28).
   */
  public static DataType wider(DataType a, DataType b) {
    int scale = Math.max(a.scale(), b.scale());
    int range = Math.max(a.precision() - a.scale(), b.precision() - b.scale());
    int precision = range + scale;
    if (precision <= MAX) {
      return DataType.decimal(Math.max(precision, 1), scale);
    }
    return DataType.decimal(MAX, Math.max(0, scale - (precision - MAX)));
  }

  /** Result type of {@code a op b} over decimals, with Spark's default precision loss allowed. */
  public static DataType arithmetic(Arithmetic.Op op, DataType a, DataType b) {
    return arithmetic(op, a, b, true);
  }

  /**
   * Result type of {@code a op b} over decimals. With {@code allowPrecisionLoss} ({@code
   * spark.sql.decimalOperations.allowPrecisionLoss}, default true) a result past 38 digits keeps
   * its integer digits and gives up scale (down to 6); without it the type is only capped at 38
   * (division splits the excess between both sides), so more results overflow.
   */
  public static DataType arithmetic(
      Arithmetic.Op op, DataType a, DataType b, boolean allowPrecisionLoss) {
    return allowPrecisionLoss ? withPrecisionLoss(op, a, b) : withoutPrecisionLoss(op, a, b);
  }

  private static DataType withoutPrecisionLoss(Arithmetic.Op op, DataType a, DataType b) {
    int p1 = a.precision();
    int s1 = a.scale();
    int p2 = b.precision();
    int s2 = b.scale();
    switch (op) {
      case ADD:
      case SUBTRACT:
        {
          int scale = Math.max(s1, s2);
          return bounded(Math.max(p1 - s1, p2 - s2) + scale + 1, scale);
        }
      case MULTIPLY:
        return bounded(p1 + p2 + 1, s1 + s2);
      case DIVIDE:
        {
          int intDigits = Math.min(MAX, p1 - s1 + s2);
          int fraction = Math.min(MAX, Math.max(MINIMUM_ADJUSTED_SCALE, s1 + p2 + 1));
          int excess = intDigits + fraction - MAX;
          if (excess > 0) {
            fraction -= excess / 2 + 1;
            intDigits = MAX - fraction;
          }
          return bounded(intDigits + fraction, fraction);
        }
      case REMAINDER:
        {
          int scale = Math.max(s1, s2);
          return bounded(Math.min(p1 - s1, p2 - s2) + scale, scale);
        }
      default:
        throw new AssertionError(op);
    }
  }

  private static DataType withPrecisionLoss(Arithmetic.Op op, DataType a, DataType b) {
    int p1 = a.precision();
    int s1 = a.scale();
    int p2 = b.precision();
    int s2 = b.scale();
    switch (op) {
      case ADD:
      case SUBTRACT:
        {
          int scale = Math.max(s1, s2);
          return adjusted(Math.max(p1 - s1, p2 - s2) + scale + 1, scale);
        }
      case MULTIPLY:
        return adjusted(p1 + p2 + 1, s1 + s2);
      case DIVIDE:
        {
          int scale = Math.max(MINIMUM_ADJUSTED_SCALE, s1 + p2 + 1);
          return adjusted(p1 - s1 + s2 + scale, scale);
        }
      case REMAINDER:
        {
          int scale = Math.max(s1, s2);
          return adjusted(Math.min(p1 - s1, p2 - s2) + scale, scale);
        }
      default:
        throw new AssertionError(op);
    }
  }

  /** {@code sum} of DECIMAL(p,s): DECIMAL(min(38,p+10),s). */
  public static DataType sum(DataType t) {
    return bounded(t.precision() + 10, t.scale());
  }

  /** {@code avg} of DECIMAL(p,s): DECIMAL(min(38,p+4),min(38,s+4)). */
  public static DataType avg(DataType t) {
    return bounded(t.precision() + 4, t.scale() + 4);
  }
}
