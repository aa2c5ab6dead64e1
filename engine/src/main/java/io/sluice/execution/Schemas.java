package io.sluice.execution;

import io.sluice.analysis.Attribute;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/** Arrow schemas of analyzed relations. */
public final class Schemas {
  private Schemas() {}

  public static Schema of(List<Attribute> attributes) {
    List<Field> fields = new ArrayList<>(attributes.size());
    for (Attribute a : attributes) {
      fields.add(a.toField());
    }
    return new Schema(fields);
  }
}
