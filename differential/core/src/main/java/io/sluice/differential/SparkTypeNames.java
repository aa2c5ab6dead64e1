package io.sluice.differential;

import java.util.Locale;

/** Spark's {@code simpleString} of a {@code dtypes()} type name ({@code IntegerType} to {@code int}). */
final class SparkTypeNames {

  private SparkTypeNames() {}

  static String simpleString(String dtype) {
    switch (dtype) {
      case "IntegerType":
        return "int";
      case "LongType":
        return "bigint";
      case "ShortType":
        return "smallint";
      case "ByteType":
        return "tinyint";
      case "DoubleType":
        return "double";
      case "FloatType":
        return "float";
      case "StringType":
        return "string";
      case "BooleanType":
        return "boolean";
      case "DateType":
        return "date";
      case "TimestampType":
        return "timestamp";
      case "TimestampNTZType":
        return "timestamp_ntz";
      case "BinaryType":
        return "binary";
      case "NullType":
        return "void";
      default:
        // DecimalType(10,2) -> decimal(10,2)
        if (dtype.startsWith("DecimalType")) {
          return "decimal" + dtype.substring("DecimalType".length()).replace(" ", "");
        }
        return dtype.toLowerCase(Locale.ROOT);
    }
  }
}
