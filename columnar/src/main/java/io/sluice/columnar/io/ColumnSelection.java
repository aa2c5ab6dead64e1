package io.sluice.columnar.io;

import java.util.List;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Where each column of a required schema sits in the data schema: by name, exactly first, else
 * case-insensitively (Spark's default {@code caseSensitive=false}). Immutable.
 */
final class ColumnSelection {

  /** For each required column, its index in the data schema. */
  final int[] dataIndex;

  private ColumnSelection(int[] dataIndex) {
    this.dataIndex = dataIndex;
  }

  /**
   * @throws IllegalArgumentException when a required column is not a data column
   */
  static ColumnSelection of(Schema dataSchema, Schema requiredSchema) {
    List<Field> required = requiredSchema.getFields();
    int[] index = new int[required.size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = indexOf(dataSchema.getFields(), required.get(i).getName());
      if (index[i] < 0) {
        throw new IllegalArgumentException(
            "required column '"
                + required.get(i).getName()
                + "' is not in the data schema "
                + io.sluice.columnar.types.Ddl.toDdl(dataSchema));
      }
    }
    return new ColumnSelection(index);
  }

  /** The index of {@code name} in {@code fields}, exact match first; -1 if absent. */
  static int indexOf(List<Field> fields, String name) {
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).getName().equals(name)) {
        return i;
      }
    }
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).getName().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }
}
