package io.sluice.codegen.generate;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.hash.GroupIds;
import io.sluice.codegen.hash.GroupLayout;
import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.ColumnRef;
import io.sluice.codegen.ir.DecimalTypes;
import io.sluice.codegen.ir.Expr;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.DataType.Kind;
import java.util.List;

/**
 * Generates the class of a fused filter, key and argument projection, and hash-aggregation
 * update: per row, evaluate the filter, stage every key in the {@link
 * io.sluice.codegen.hash.GroupTable}, find or insert the group, and update each aggregate buffer
 * at a constant offset from the group's record.
 */
public final class AggregationGenerator {

  private static final String BUFFERS = ExprCodegen.RUNTIME + "AggregateBuffers";

  private AggregationGenerator() {}

  /**
   * The column of a single plain key that {@link GroupIds} maps to groups itself, or -1 when the
   * generated code stages the keys row by row.
   */
  public static int directKeyColumn(List<Expr> keys) {
    if (keys.size() == 1 && keys.get(0) instanceof ColumnRef && GroupIds.handles(keys.get(0).type())) {
      return ((ColumnRef) keys.get(0)).ordinal();
    }
    return -1;
  }

  /**
   * The update method, a chunk of rows at a time:
   *
   * <pre>
   * for each chunk [start, end):
   *   phase 1: filter into selection[0, n); the group of each selected row into groups[0, n)
   *            (GroupIds.map for one plain key column, else staged keys and findOrInsert)
   *   phase 2: for i in [0, n): record = records + groups[i] * recordSize; mark it updated;
   *            update each aggregate
   * </pre>
   *
   * Phase 2 inserts no group, so the records' base address is read once per chunk.
   */
  public static GeneratedClass generate(
      DataType[] inputTypes, Expr filter, List<Expr> keys, List<AggregateCall> aggregates, GroupLayout layout) {
    return generate(inputTypes, filter, keys, aggregates, layout, EvalOptions.DEFAULT);
  }

  /** With the session's {@code options}: ANSI mode also makes integral {@code sum} raise on overflow. */
  public static GeneratedClass generate(
      DataType[] inputTypes,
      Expr filter,
      List<Expr> keys,
      List<AggregateCall> aggregates,
      GroupLayout layout,
      EvalOptions options) {
    ClassContext context = new ClassContext();
    int keyColumn = directKeyColumn(keys);
    boolean global = keys.isEmpty();
    boolean dense = filter == null && (keyColumn >= 0 || global);

    // Phase 1: filter and keys, row by row (unless dense).
    JavaEmitter select = new JavaEmitter(4);
    ExprCodegen selectCodegen = new ExprCodegen(select, context, "row", options);
    if (filter != null) {
      select.comment("filter");
      ExprCodegen.Value f = selectCodegen.emit(filter);
      select.beginIf(f.isNull + " || !" + f.value);
      select.statement("continue");
      select.end();
    }
    if (keyColumn >= 0 || global) {
      select.statement("selection[n++] = row");
    } else {
      select.statement("table.beginKey()");
      for (int k = 0; k < keys.size(); k++) {
        Expr key = keys.get(k);
        select.comment("key " + k + ": " + key.type().sqlName());
        stageKey(select, selectCodegen, context, k, key);
      }
      select.statement("groups[n] = table.findOrInsert()");
      select.statement("selection[n++] = row");
    }

    // Phase 2: aggregates of the selected rows.
    JavaEmitter body = new JavaEmitter(4);
    body.continueNamesFrom(select);
    ExprCodegen codegen = new ExprCodegen(body, context, "row", options);
    body.declareFinal("int", "row", dense ? "start + i" : "selection[i]");
    if (global) {
      body.declareFinal("int", "group", "0");
      body.declareFinal("long", "record", "records");
    } else {
      body.declareFinal("int", "group", "groups[i]");
      body.declareFinal("long", "record", "records + (long) group * " + layout.recordSize());
      body.statement(BUFFERS + ".markUpdated(record)");
    }
    for (int a = 0; a < aggregates.size(); a++) {
      AggregateCall call = aggregates.get(a);
      body.comment("aggregate " + a + ": " + call.function() + (call.distinct() ? " DISTINCT" : ""));
      update(body, codegen, context, a, call, layout, options.ansi(), global);
    }

    JavaEmitter run = new JavaEmitter(1);
    run.begin("public void update(org.apache.arrow.vector.FieldVector[] in, int rowCount, "
        + "io.sluice.codegen.hash.GroupTable table, io.sluice.codegen.hash.GroupIds ids)");
    context.emitColumnAddresses(run);
    run.declareFinal("int[]", "groups", "ids.groups()");
    run.declareFinal("int[]", "selection", "ids.selection()");
    if (keyColumn >= 0) {
      run.statement("ids.beginBatch(in[" + keyColumn + "], rowCount)");
    }
    run.begin("for (int start = 0; start < rowCount; start += " + GroupIds.CHUNK_ROWS + ")");
    run.declareFinal("int", "end", "Math.min(rowCount, start + " + GroupIds.CHUNK_ROWS + ")");
    if (dense) {
      run.declareFinal("int", "n", "end - start");
    } else {
      run.declare("int", "n", "0");
      run.begin("for (int row = start; row < end; row++)");
      run.append(select);
      run.end();
    }
    if (keyColumn >= 0) {
      run.statement("ids.map(start, " + (dense ? "null" : "selection") + ", n)");
    } else if (global) {
      run.beginIf("n > 0");
      run.statement("table.markUpdated(0)");
      run.end();
    }
    run.declareFinal("long", "records", "table.recordsAddress()");
    run.begin("for (int i = 0; i < n; i++)");
    run.append(body);
    run.end();
    run.end();
    run.end();
    String source = GeneratedClass.assemble(
        "GeneratedAggregation", AggregationBody.class.getName(), context, run);
    return new GeneratedClass("GeneratedAggregation", source, context.references());
  }

  private static void stageKey(JavaEmitter body, ExprCodegen codegen, ClassContext context, int k, Expr key) {
    DataType t = key.type();
    if (t.kind() == Kind.NULL) {
      body.statement("table.keyNull(" + k + ")");
      return;
    }
    if (key instanceof ColumnRef && (GroupLayout.isVar(t) || t.kind() == Kind.DECIMAL)) {
      // Copy straight from the Arrow buffers: no String, no BigDecimal.
      int c = ((ColumnRef) key).ordinal();
      context.useColumn(c, t);
      body.beginIf(ClassContext.isNull(c, "row"));
      body.statement("table.keyNull(" + k + ")");
      body.orElse();
      if (t.kind() == Kind.DECIMAL) {
        body.statement("table.keyDecimal128(" + k + ", " + ClassContext.data(c) + " + ((long) row << 4))");
      } else {
        body.statement("table.keyArrowBytes(" + k + ", " + ClassContext.data(c) + ", "
            + ClassContext.offsets(c) + ", row)");
      }
      body.end();
      return;
    }
    ExprCodegen.Value v = codegen.emit(key);
    body.beginIf(v.isNull);
    body.statement("table.keyNull(" + k + ")");
    body.orElse();
    body.statement("table." + keyMethod(t) + "(" + k + ", " + v.value + ")");
    body.end();
  }

  private static String keyMethod(DataType t) {
    switch (t.kind()) {
      case BOOLEAN:
        return "keyBoolean";
      case FLOAT:
        return "keyFloat";
      case DOUBLE:
        return "keyDouble";
      case DECIMAL:
        return "keyDecimal";
      case STRING:
        return "keyString";
      case BINARY:
        return "keyBytes";
      default:
        return "keyLong";
    }
  }

  private static void update(
      JavaEmitter body,
      ExprCodegen codegen,
      ClassContext context,
      int a,
      AggregateCall call,
      GroupLayout layout,
      boolean ansi,
      boolean global) {
    String slot = "record + " + layout.slotOffset(a);
    if (call.function() == AggregateCall.Function.COUNT_STAR) {
      body.statement(BUFFERS + ".count(" + slot + ")");
      return;
    }
    Expr arg = call.argument();
    DataType t = arg.type();
    GroupLayout.AggregateSlot shape = layout.slot(a);
    if (shape == GroupLayout.AggregateSlot.SUM_DECIMAL && arg instanceof ColumnRef) {
      int c = ((ColumnRef) arg).ordinal();
      context.useColumn(c, t);
      body.beginIf("!" + ClassContext.isNull(c, "row"));
      body.statement(BUFFERS + ".sumDecimal128(" + slot + ", " + ClassContext.data(c) + " + ((long) row << 4), "
          + decimalCheck(call, global) + ")");
      body.end();
      return;
    }
    boolean max = call.function() == AggregateCall.Function.MAX;
    if (shape == GroupLayout.AggregateSlot.MINMAX_BYTES && arg instanceof ColumnRef) {
      // min/max of a string column: compare and copy straight from the Arrow buffers, no String.
      int c = ((ColumnRef) arg).ordinal();
      context.useColumn(c, t);
      body.beginIf("!" + ClassContext.isNull(c, "row"));
      body.statement("table.minMaxArrowBytes(" + slot + ", " + ClassContext.data(c) + ", "
          + ClassContext.offsets(c) + ", row, " + max + ")");
      body.end();
      return;
    }
    ExprCodegen.Value v = codegen.emit(arg);
    if (t.kind() == Kind.NULL) {
      return;
    }
    body.beginIf("!" + v.isNull);
    switch (shape) {
      case DISTINCT:
        body.statement("table.addDistinct(" + a + ", group, " + ExprCodegen.RUNTIME
            + "GroupingValues.normalize(" + box(v) + "))");
        break;
      case COUNT:
        body.statement(BUFFERS + ".count(" + slot + ")");
        break;
      case SUM_LONG:
        // ANSI: sum (not avg, whose Spark sum is a double) raises on overflow; try_sum: null.
        boolean sum = call.function() == AggregateCall.Function.SUM;
        String method = sum && call.nullOnOverflow() ? ".sumLongTry(" : ansi && sum ? ".sumLongExact(" : ".sumLong(";
        body.statement(BUFFERS + method + slot + ", (long) " + v.value + ")");
        break;
      case SUM_DOUBLE:
        body.statement(BUFFERS + ".sumDouble(" + slot + ", (double) " + v.value + ")");
        break;
      case SUM_DECIMAL:
        body.statement(BUFFERS + ".sumDecimal(" + slot + ", " + v.value + ", " + t.scale() + ", "
            + decimalCheck(call, global) + ")");
        break;
      case MINMAX_DECIMAL:
        body.statement(BUFFERS + (max ? ".maxDecimal(" : ".minDecimal(") + slot + ", " + v.value + ", " + t.scale() + ")");
        break;
      case MINMAX_BYTES:
        body.statement("table." + (t.kind() == Kind.STRING ? "minMaxString(" : "minMaxBytes(") + slot + ", "
            + v.value + ", " + max + ")");
        break;
      default:
        {
          String m = max ? "max" : "min";
          if (t.kind() == Kind.FLOAT || t.kind() == Kind.DOUBLE) {
            body.statement(BUFFERS + "." + m + "Double(" + slot + ", (double) " + v.value + ")");
          } else if (t.kind() == Kind.BOOLEAN) {
            body.statement(BUFFERS + "." + m + "Long(" + slot + ", " + v.value + " ? 1L : 0L)");
          } else {
            body.statement(BUFFERS + "." + m + "Long(" + slot + ", (long) " + v.value + ")");
          }
        }
    }
    body.end();
  }

  /**
   * The precision a decimal sum is checked at after each row: its buffer's when grouped (Spark
   * stores the buffer in a row after every update), none for a global aggregation (Spark keeps
   * that buffer in variables and checks only the total).
   */
  static String decimalCheck(AggregateCall call, boolean global) {
    return global
        ? BUFFERS + ".UNCHECKED"
        : Integer.toString(DecimalTypes.sum(call.argument().type()).precision());
  }

  /** The boxed internal value (DISTINCT sets hold the interpreter's values). */
  private static String box(ExprCodegen.Value v) {
    return "(Object) " + (v.type.primitive() ? v.type.box + ".valueOf(" + v.value + ")" : v.value);
  }
}
