package io.sluice.codegen.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.codegen.ir.Arithmetic;
import io.sluice.codegen.ir.Comparison;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

class ProjectionSmokeTest {
  @Test
  void filtersAndProjects() {
    try (RootAllocator allocator = new RootAllocator()) {
      Schema schema = new Schema(List.of(
          KernelSchemas.field("a", DataType.INT, true), KernelSchemas.field("s", DataType.STRING, true)));
      Expr a = Exprs.column(0, "a", DataType.INT, true);
      Expr s = Exprs.column(1, "s", DataType.STRING, true);
      Expr filter = Exprs.comparison(Comparison.Op.GT, a, Exprs.literalOf(1));
      List<Expr> outs = List.of(Exprs.arithmetic(Arithmetic.Op.ADD, a, Exprs.literalOf(10)), Exprs.call("upper", List.of(s)));
      try (BatchBuilder b = new BatchBuilder(schema, allocator)) {
        b.appendRow(1, "x").appendRow(2, "y").appendRow(null, "z").appendRow(3, null);
        try (Batch in = b.build();
            Batch out = Kernels.compiled().projection(schema, filter, outs, List.of("p", "u")).apply(in, allocator)) {
          assertThat(out.rowCount()).isEqualTo(2);
          assertThat(Values.get(out.vector(0), 0)).isEqualTo(12);
          assertThat(Values.get(out.vector(1), 0)).isEqualTo("Y");
          assertThat(Values.get(out.vector(1), 1)).isNull();
        }
      }
    }
  }
}
