package io.sluice.codegen.kernel;

import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Expr;
import io.sluice.columnar.types.DataType;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/** Output schemas of kernels, the same for the compiled and the interpreted ones. */
public final class KernelSchemas {

  private KernelSchemas() {}

  public static Field field(String name, DataType type, boolean nullable) {
    return new Field(name, new FieldType(nullable || type.kind() == DataType.Kind.NULL, type.toArrow(), null), null);
  }

  public static Schema projection(List<Expr> outputs, List<String> names) {
    if (outputs.size() != names.size()) {
      throw new IllegalArgumentException(outputs.size() + " outputs but " + names.size() + " names");
    }
    List<Field> fields = new ArrayList<>(outputs.size());
    for (int i = 0; i < outputs.size(); i++) {
      fields.add(field(names.get(i), outputs.get(i).type(), outputs.get(i).nullable()));
    }
    return new Schema(fields);
  }

  public static Schema aggregation(
      List<Expr> keys, List<String> keyNames, List<AggregateCall> aggregates, List<String> aggregateNames) {
    if (keys.size() != keyNames.size() || aggregates.size() != aggregateNames.size()) {
      throw new IllegalArgumentException("one name per key and per aggregate");
    }
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      fields.add(field(keyNames.get(i), keys.get(i).type(), keys.get(i).nullable()));
    }
    for (int i = 0; i < aggregates.size(); i++) {
      fields.add(field(aggregateNames.get(i), aggregates.get(i).type(), aggregates.get(i).nullable()));
    }
    return new Schema(fields);
  }

  /** The Sluice types of a schema's columns. */
  public static DataType[] types(Schema schema) {
    List<Field> fields = schema.getFields();
    DataType[] types = new DataType[fields.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = DataType.fromArrow(fields.get(i).getType());
    }
    return types;
  }
}
