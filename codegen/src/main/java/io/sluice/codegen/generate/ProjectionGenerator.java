package io.sluice.codegen.generate;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.ir.Expr;
import io.sluice.columnar.types.DataType;
import java.util.List;

/**
 * Generates the class of a fused filter and projection: one loop over the input rows that
 * evaluates the filter, skips rows where it is not true, and writes every output expression into
 * the output vectors by address.
 *
 * <pre>
 * public int run(FieldVector[] in, int rowCount, FieldVector[] out) {
 *   final long in0Validity = ...;          // addresses of every used column, once per batch
 *   int outRow = 0;
 *   for (int row = 0; row < rowCount; row++) {
 *     ...filter...   if (!(v) ) continue;
 *     ...output k... write by address, or setSafe for variable width
 *     outRow++;
 *   }
 *   return outRow;
 * }
 * </pre>
 */
public final class ProjectionGenerator {

  private ProjectionGenerator() {}

  /** With Spark 4's defaults (ANSI on, UTC). */
  public static GeneratedClass generate(DataType[] inputTypes, Expr filter, List<Expr> outputs) {
    return generate(inputTypes, filter, outputs, EvalOptions.DEFAULT);
  }

  public static GeneratedClass generate(
      DataType[] inputTypes, Expr filter, List<Expr> outputs, EvalOptions options) {
    ClassContext context = new ClassContext();
    JavaEmitter body = new JavaEmitter(3);
    ExprCodegen codegen = new ExprCodegen(body, context, "row", options);
    if (filter != null) {
      body.comment("filter");
      ExprCodegen.Value f = codegen.emit(filter);
      body.beginIf(f.isNull + " || !" + f.value);
      body.statement("continue");
      body.end();
    }
    for (int k = 0; k < outputs.size(); k++) {
      Expr o = outputs.get(k);
      body.comment("output " + k + ": " + o.type().sqlName());
      ExprCodegen.Value v = codegen.emit(o);
      OutputCode.write(body, k, o.type(), v, "outRow");
    }
    body.statement("outRow++");

    JavaEmitter run = new JavaEmitter(1);
    run.begin("public int run(org.apache.arrow.vector.FieldVector[] in, int rowCount, "
        + "org.apache.arrow.vector.FieldVector[] out)");
    context.emitColumnAddresses(run);
    for (int k = 0; k < outputs.size(); k++) {
      OutputCode.declare(run, k, outputs.get(k).type());
    }
    run.declare(JavaType.INT, "outRow", "0");
    run.begin("for (int row = 0; row < rowCount; row++)");
    run.append(body);
    run.end();
    run.statement("return outRow");
    run.end();
    String source = GeneratedClass.assemble(
        "GeneratedProjection", ProjectionBody.class.getName(), context, run);
    return new GeneratedClass("GeneratedProjection", source, context.references());
  }
}
