package io.sluice.columnar.io;

import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A text format's read of a data schema into a required schema, with the optional corrupt-record
 * column ({@code columnNameOfCorruptRecord}) that PERMISSIVE mode fills with the raw record, as
 * Spark's {@code CSVFileFormat}/{@code JsonFileFormat.buildReader} split them: the corrupt column
 * is not a data column (records do not have it) and is filled only when it is required. Immutable.
 */
final class CorruptRecordLayout {

  /** Spark's {@code UNSUPPORTED_FEATURE.QUERY_ONLY_CORRUPT_RECORD_COLUMN} message. */
  static final String QUERY_ONLY_CORRUPT_RECORD_COLUMN =
      "[UNSUPPORTED_FEATURE.QUERY_ONLY_CORRUPT_RECORD_COLUMN] The feature is not supported: "
          + "Queries from raw JSON/CSV/XML files are disallowed when the referenced columns only "
          + "include the internal corrupt record column (named `_corrupt_record` by default). For "
          + "example: `spark.read.schema(schema).json(file).filter($\"_corrupt_record\".isNotNull).count()` "
          + "and `spark.read.schema(schema).json(file).select(\"_corrupt_record\").show()`. Instead, "
          + "you can cache or save the parsed results and then send the same query. For example, "
          + "`val df = spark.read.schema(schema).json(file).cache()` and then "
          + "`df.filter($\"_corrupt_record\".isNotNull).count()`.";

  /** The data columns: the data schema without the corrupt-record column, in file order. */
  final List<Field> dataFields;
  /** The required data columns, in required order. */
  final List<Field> requiredFields;
  /** For each required data column, its index in the required schema (the output column). */
  final int[] outputIndex;
  /** For each required data column, its index in {@link #dataFields}. */
  final int[] dataPosition;
  /** Index of the corrupt-record column in the required schema, or -1. */
  final int corruptIndex;

  private CorruptRecordLayout(
      List<Field> dataFields,
      List<Field> requiredFields,
      int[] outputIndex,
      int[] dataPosition,
      int corruptIndex) {
    this.dataFields = dataFields;
    this.requiredFields = requiredFields;
    this.outputIndex = outputIndex;
    this.dataPosition = dataPosition;
    this.corruptIndex = corruptIndex;
  }

  /**
   * @throws IllegalArgumentException when a required column is not in the data schema, the
   *     corrupt-record column is not a nullable STRING, or it is the only column required
   */
  static CorruptRecordLayout of(Schema dataSchema, Schema requiredSchema, ReadOptions options) {
    String corruptName = options.corruptRecordColumn();
    ColumnSelection selection = ColumnSelection.of(dataSchema, requiredSchema);
    List<Field> data = new ArrayList<>();
    int[] positionInData = new int[dataSchema.getFields().size()];
    for (int i = 0; i < dataSchema.getFields().size(); i++) {
      Field field = dataSchema.getFields().get(i);
      if (field.getName().equals(corruptName)) {
        if (!Ddl.typeOf(field).equals(DataType.STRING) || !field.isNullable()) {
          throw new IllegalArgumentException(
              "[INVALID_CORRUPT_RECORD_TYPE] The column `"
                  + corruptName
                  + "` for corrupt records must have the nullable STRING type, but got "
                  + Ddl.typeOf(field).simpleString().toUpperCase(java.util.Locale.ROOT)
                  + (field.isNullable() ? "" : " NOT NULL")
                  + ".");
        }
        positionInData[i] = -1;
      } else {
        positionInData[i] = data.size();
        data.add(field);
      }
    }
    List<Field> required = requiredSchema.getFields();
    int corrupt = -1;
    List<Field> requiredData = new ArrayList<>(required.size());
    int[] output = new int[required.size()];
    int[] position = new int[required.size()];
    for (int i = 0; i < required.size(); i++) {
      int p = positionInData[selection.dataIndex[i]];
      if (p < 0) {
        corrupt = i;
        continue;
      }
      output[requiredData.size()] = i;
      position[requiredData.size()] = p;
      requiredData.add(required.get(i));
    }
    if (corrupt >= 0 && required.size() == 1) {
      throw new IllegalArgumentException(QUERY_ONLY_CORRUPT_RECORD_COLUMN);
    }
    int n = requiredData.size();
    return new CorruptRecordLayout(
        List.copyOf(data),
        List.copyOf(requiredData),
        java.util.Arrays.copyOf(output, n),
        java.util.Arrays.copyOf(position, n),
        corrupt);
  }

  /** Number of required data columns (the corrupt-record column excluded). */
  int requiredColumns() {
    return outputIndex.length;
  }

  /** True when fewer data columns are required than a record has: Spark's CSV column pruning. */
  boolean pruned() {
    return requiredFields.size() < dataFields.size();
  }
}
