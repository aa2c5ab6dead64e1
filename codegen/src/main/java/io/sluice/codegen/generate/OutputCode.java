package io.sluice.codegen.generate;

import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.DataType.Kind;

/** Declares output vector addresses and writes one evaluated value into output column k. */
final class OutputCode {

  private OutputCode() {}

  static String validity(int k) {
    return "out" + k + "Validity";
  }

  static String data(int k) {
    return "out" + k + "Data";
  }

  static String vector(int k) {
    return "out" + k;
  }

  static void declare(JavaEmitter e, int k, DataType t) {
    switch (t.kind()) {
      case NULL:
        return;
      case STRING:
      case BINARY:
        e.declareFinal("org.apache.arrow.vector.BaseVariableWidthVector", vector(k),
            "(org.apache.arrow.vector.BaseVariableWidthVector) out[" + k + "]");
        return;
      default:
        e.declareFinal("long", validity(k), "out[" + k + "].getValidityBufferAddress()");
        e.declareFinal("long", data(k), "out[" + k + "].getDataBufferAddress()");
    }
  }

  static void write(JavaEmitter e, int k, DataType t, ExprCodegen.Value v, String index) {
    Kind kind = t.kind();
    if (kind == Kind.NULL) {
      return;
    }
    e.beginIf("!" + v.isNull);
    String memory = ExprCodegen.MEMORY;
    switch (kind) {
      case STRING:
        e.statement(memory + ".writeUtf8(" + vector(k) + ", " + index + ", " + v.value + ")");
        break;
      case BINARY:
        e.statement(memory + ".writeBinary(" + vector(k) + ", " + index + ", " + v.value + ")");
        break;
      case DECIMAL:
        e.statement(memory + ".setValid(" + validity(k) + ", " + index + ")");
        e.statement(memory + ".writeDecimal(" + data(k) + ", " + index + ", " + v.value + ", " + t.scale() + ")");
        break;
      default:
        e.statement(memory + ".setValid(" + validity(k) + ", " + index + ")");
        e.statement(memory + ".write" + JavaType.memorySuffix(t) + "(" + data(k) + ", " + index + ", " + v.value + ")");
    }
    e.end();
  }
}
