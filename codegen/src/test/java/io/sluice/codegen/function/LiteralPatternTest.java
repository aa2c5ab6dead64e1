package io.sluice.codegen.function;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.codegen.generate.GeneratedClass;
import io.sluice.codegen.generate.ProjectionGenerator;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.codegen.kernel.KernelSchemas;
import io.sluice.codegen.kernel.Kernels;
import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

/**
 * Literal patterns of rlike, regexp_replace, regexp_extract and LIKE are compiled once, when the
 * kernel is generated, and handed to it as references; a pattern from a column is not.
 */
class LiteralPatternTest {

  private static final DataType[] TYPES = {DataType.STRING, DataType.STRING};
  private static final Expr S = Exprs.column(0, "s", DataType.STRING, true);
  private static final Expr P = Exprs.column(1, "p", DataType.STRING, true);

  private static List<Expr> calls(Expr pattern, Expr like) {
    return List.of(
        Exprs.call("rlike", List.of(S, pattern)),
        Exprs.call("regexp_replace", List.of(S, pattern, Exprs.literalOf("#"))),
        Exprs.call("regexp_extract", List.of(S, pattern, Exprs.literalOf(0))),
        Exprs.call("like", List.of(S, like)));
  }

  private static List<Pattern> patterns(GeneratedClass generated) {
    List<Pattern> out = new ArrayList<>();
    for (Object o : generated.references()) {
      if (o instanceof Pattern) {
        out.add((Pattern) o);
      }
    }
    return out;
  }

  @Test
  void literalPatternsAreCompiledOnceIntoTheKernel() {
    GeneratedClass generated =
        ProjectionGenerator.generate(TYPES, null, calls(Exprs.literalOf("b+c"), Exprs.literalOf("a%c")));
    assertThat(patterns(generated)).extracting(Pattern::pattern).hasSize(4).contains("b+c");
    assertThat(generated.source()).contains("private final java.util.regex.Pattern reference");
    // The value is a reference, not part of the source: another pattern reuses the compiled class.
    GeneratedClass other =
        ProjectionGenerator.generate(TYPES, null, calls(Exprs.literalOf("x"), Exprs.literalOf("y_")));
    assertThat(other.source()).isEqualTo(generated.source());
  }

  @Test
  void columnPatternsAndInvalidLiteralsStayOnThePerRowPath() {
    assertThat(patterns(ProjectionGenerator.generate(TYPES, null, calls(P, P)))).isEmpty();
    assertThat(StringFunctions.literalPattern("rlike", "(")).isNull();
    assertThat(StringFunctions.literalPattern("upper", "a")).isNull();
  }

  @Test
  void compiledAndInterpretedAgree() {
    Schema schema = new Schema(List.of(
        KernelSchemas.field("s", DataType.STRING, true), KernelSchemas.field("p", DataType.STRING, true)));
    List<Expr> outputs = new ArrayList<>(calls(Exprs.literalOf("b+c"), Exprs.literalOf("a%c")));
    outputs.addAll(calls(P, P));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < outputs.size(); i++) {
      names.add("o" + i);
    }
    try (RootAllocator allocator = new RootAllocator();
        BatchBuilder builder = new BatchBuilder(schema, allocator)) {
      builder.appendRow("abbc", "b+").appendRow("xyz", "a%").appendRow("a\nc", "a_c").appendRow(null, "c");
      try (Batch in = builder.build();
          Batch compiled = Kernels.compiled().projection(schema, null, outputs, names).apply(in, allocator);
          Batch interpreted = Kernels.interpreted().projection(schema, null, outputs, names).apply(in, allocator)) {
        for (int c = 0; c < outputs.size(); c++) {
          for (int r = 0; r < in.rowCount(); r++) {
            assertThat(Values.get(compiled.vector(c), r))
                .as("column %d row %d", c, r)
                .isEqualTo(Values.get(interpreted.vector(c), r));
          }
        }
        // Spark: 'abbc' RLIKE 'b+c' is true; regexp_replace gives 'a#'; LIKE 'a%c' matches "a\nc".
        assertThat(Arrays.asList(Values.get(compiled.vector(0), 0), Values.get(compiled.vector(1), 0),
                Values.get(compiled.vector(2), 0), Values.get(compiled.vector(3), 2)))
            .containsExactly(true, "a#", "bbc", true);
      }
    }
  }
}
