package io.sluice.columnar.io;

import io.sluice.columnar.types.DataType;

/**
 * Spark's CSV type inference for one column: each field moves the column's type along
 * {@code INT -> BIGINT -> DOUBLE -> (DATE, only with a user dateFormat) -> TIMESTAMP -> BOOLEAN
 * -> STRING}, starting from where the column already is, and the two types merge as Spark's
 * {@code compatibleType} does. Null fields leave the type unchanged; a column of only nulls is
 * STRING. (Spark infers DECIMAL only with {@code prefersDecimal}, which Sluice does not offer.)
 */
final class CsvTypeInference {

  private final TextFieldConverter converter;
  private final String nullValue;

  CsvTypeInference(TextFieldConverter converter, String nullValue) {
    this.converter = converter;
    this.nullValue = nullValue;
  }

  /** The column's type after seeing {@code field}; {@code soFar} is NULL before the first. */
  DataType infer(DataType soFar, String field) {
    if (field == null || field.isEmpty() || field.equals(nullValue)) {
      return soFar;
    }
    DataType fieldType;
    switch (soFar.kind()) {
      case NULL:
      case INT:
        fieldType = tryInt(field);
        break;
      case BIGINT:
        fieldType = tryLong(field);
        break;
      case DOUBLE:
        fieldType = tryDouble(field);
        break;
      case DATE:
        fieldType = tryDate(field);
        break;
      case TIMESTAMP:
        fieldType = tryTimestamp(field);
        break;
      case BOOLEAN:
        fieldType = tryBoolean(field);
        break;
      default:
        return DataType.STRING;
    }
    return merge(soFar, fieldType);
  }

  /** The final type of a column: all-null columns are STRING. */
  static DataType finish(DataType type) {
    return type.kind() == DataType.Kind.NULL ? DataType.STRING : type;
  }

  private DataType tryInt(String field) {
    try {
      Integer.parseInt(field);
      return DataType.INT;
    } catch (NumberFormatException e) {
      return tryLong(field);
    }
  }

  private DataType tryLong(String field) {
    try {
      Long.parseLong(field);
      return DataType.BIGINT;
    } catch (NumberFormatException e) {
      return tryDouble(field);
    }
  }

  private DataType tryDouble(String field) {
    try {
      TextFieldConverter.parseDouble(field);
      return DataType.DOUBLE;
    } catch (NumberFormatException e) {
      return tryDate(field);
    }
  }

  private DataType tryDate(String field) {
    if (converter.temporal().hasUserDateFormat()) {
      try {
        converter.temporal().parseDate(field);
        return DataType.DATE;
      } catch (RuntimeException e) {
        // not a date: fall through to timestamp
      }
    }
    return tryTimestamp(field);
  }

  private DataType tryTimestamp(String field) {
    try {
      converter.temporal().parseTimestamp(field);
      return DataType.TIMESTAMP;
    } catch (RuntimeException e) {
      return tryBoolean(field);
    }
  }

  private static DataType tryBoolean(String field) {
    return field.equalsIgnoreCase("true") || field.equalsIgnoreCase("false")
        ? DataType.BOOLEAN
        : DataType.STRING;
  }

  /** Spark's {@code CSVInferSchema.compatibleType}, with STRING when nothing fits. */
  static DataType merge(DataType a, DataType b) {
    if (a.equals(b)) {
      return a;
    }
    if (a.kind() == DataType.Kind.NULL) {
      return b;
    }
    if (b.kind() == DataType.Kind.NULL) {
      return a;
    }
    if (isNumber(a) && isNumber(b)) {
      return rank(a) >= rank(b) ? a : b;
    }
    if (isTemporal(a) && isTemporal(b)) {
      return DataType.TIMESTAMP;
    }
    return DataType.STRING;
  }

  private static boolean isNumber(DataType t) {
    return t.equals(DataType.INT) || t.equals(DataType.BIGINT) || t.equals(DataType.DOUBLE);
  }

  private static boolean isTemporal(DataType t) {
    return t.equals(DataType.DATE) || t.equals(DataType.TIMESTAMP);
  }

  private static int rank(DataType t) {
    return t.equals(DataType.INT) ? 0 : t.equals(DataType.BIGINT) ? 1 : 2;
  }
}
