package io.sluice.codegen.generate;

import io.sluice.columnar.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a generated class needs besides its loop: constants passed in through {@code references}
 * (so that the source, and so the cache key, does not depend on literal values), and the input
 * columns whose buffer addresses the loop reads.
 */
public final class ClassContext {

  private final List<Object> references = new ArrayList<>();
  private final JavaEmitter fields = new JavaEmitter(1);
  private final JavaEmitter constructor = new JavaEmitter(2);
  private final Map<Integer, DataType> columns = new TreeMap<>();

  /** A final field holding {@code value}, initialised from the references array; returns its name. */
  public String constant(JavaType type, Object value) {
    int i = references.size();
    references.add(value);
    String name = "constant" + i;
    fields.statement("private final " + type.name + " " + name);
    constructor.assign("this." + name, type.fromBox("references[" + i + "]"));
    return name;
  }

  /** A final field of class {@code javaClass} holding {@code value} (a time zone, say); its name. */
  public String reference(String javaClass, Object value) {
    int i = references.size();
    references.add(value);
    String name = "constant" + i;
    fields.statement("private final " + javaClass + " " + name);
    constructor.assign("this." + name, "(" + javaClass + ") references[" + i + "]");
    return name;
  }

  public void useColumn(int ordinal, DataType type) {
    columns.put(ordinal, type);
  }

  public Map<Integer, DataType> columns() {
    return columns;
  }

  public Object[] references() {
    return references.toArray();
  }

  JavaEmitter fields() {
    return fields;
  }

  JavaEmitter constructor() {
    return constructor;
  }

  /** Local names of an input column's buffer addresses. */
  public static String validity(int ordinal) {
    return "in" + ordinal + "Validity";
  }

  public static String data(int ordinal) {
    return "in" + ordinal + "Data";
  }

  public static String offsets(int ordinal) {
    return "in" + ordinal + "Offsets";
  }

  public static String noNulls(int ordinal) {
    return "in" + ordinal + "NoNulls";
  }

  /**
   * Whether column {@code ordinal} is null at {@code index}: the bitmap is read only when the
   * vector's null count (taken once per batch) is not zero.
   */
  public static String isNull(int ordinal, String index) {
    return "(!" + noNulls(ordinal) + " && " + ExprCodegen.MEMORY + ".isNull(" + validity(ordinal) + ", " + index + "))";
  }

  /** Declares the address locals of every used column (before the loop: fields copied to locals). */
  void emitColumnAddresses(JavaEmitter e) {
    for (Map.Entry<Integer, DataType> c : columns.entrySet()) {
      int k = c.getKey();
      DataType.Kind kind = c.getValue().kind();
      if (kind == DataType.Kind.NULL) {
        continue;
      }
      e.declareFinal("long", validity(k), "in[" + k + "].getValidityBufferAddress()");
      e.declareFinal("boolean", noNulls(k), "in[" + k + "].getNullCount() == 0");
      e.declareFinal("long", data(k), "in[" + k + "].getDataBufferAddress()");
      if (kind == DataType.Kind.STRING || kind == DataType.Kind.BINARY) {
        e.declareFinal("long", offsets(k), "in[" + k + "].getOffsetBufferAddress()");
      }
    }
  }
}
