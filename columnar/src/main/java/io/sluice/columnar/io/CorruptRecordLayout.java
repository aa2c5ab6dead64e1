package io.sluice.columnar.io;

import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Splits a requested schema into the data columns a text record fills and the optional
 * corrupt-record column ({@code columnNameOfCorruptRecord}) that PERMISSIVE mode fills with the
 * raw record, as Spark does. Immutable.
 */
final class CorruptRecordLayout {

  /** Index in the requested schema of each data column. */
  final int[] dataIndex;
  /** The data columns, in schema order. */
  final List<Field> dataFields;
  /** Index of the corrupt-record column in the requested schema, or -1. */
  final int corruptIndex;

  private CorruptRecordLayout(int[] dataIndex, List<Field> dataFields, int corruptIndex) {
    this.dataIndex = dataIndex;
    this.dataFields = dataFields;
    this.corruptIndex = corruptIndex;
  }

  static CorruptRecordLayout of(Schema schema, ReadOptions options) {
    String corruptName = options.corruptRecordColumn();
    List<Field> fields = schema.getFields();
    int corrupt = -1;
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).getName().equals(corruptName)) {
        if (!Ddl.typeOf(fields.get(i)).equals(DataType.STRING) || !fields.get(i).isNullable()) {
          throw new IllegalArgumentException(
              "the corrupt record column '" + corruptName + "' must be a nullable STRING column");
        }
        corrupt = i;
      }
    }
    int[] index = new int[fields.size() - (corrupt >= 0 ? 1 : 0)];
    List<Field> data = new ArrayList<>(index.length);
    for (int i = 0, j = 0; i < fields.size(); i++) {
      if (i != corrupt) {
        index[j++] = i;
        data.add(fields.get(i));
      }
    }
    return new CorruptRecordLayout(index, List.copyOf(data), corrupt);
  }

  int dataColumns() {
    return dataIndex.length;
  }
}
