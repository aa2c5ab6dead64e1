package io.sluice.codegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.hash.GroupLayout;
import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Arithmetic;
import io.sluice.codegen.ir.Comparison;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.codegen.kernel.KernelSchemas;
import io.sluice.codegen.kernel.Kernels;
import io.sluice.columnar.types.DataType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the emitted source (src/test/resources/golden; regenerate with
 * -Dgolden.update=true and review the diff), and the compile cache.
 */
class GeneratedSourceTest {

  private static final DataType[] TYPES = {DataType.INT, DataType.STRING, DataType.DOUBLE};

  private static Expr col(int i, String name) {
    return Exprs.column(i, name, TYPES[i], true);
  }

  private static GeneratedClass filterProject(String a, String s, int limit) {
    Expr filter = Exprs.and(
        Exprs.comparison(Comparison.Op.GT, col(0, a), Exprs.literalOf(limit)),
        Exprs.isNotNull(col(1, s)));
    return ProjectionGenerator.generate(TYPES, filter, List.of(
        Exprs.arithmetic(Arithmetic.Op.MULTIPLY, col(0, a), col(2, "d")),
        Exprs.call("upper", List.of(col(1, s)))));
  }

  private static GeneratedClass groupBy() {
    List<Expr> keys = List.of(col(1, "s"));
    List<AggregateCall> aggs = List.of(
        Exprs.aggregate("count", null, false),
        Exprs.aggregate("sum", col(0, "a"), false),
        Exprs.aggregate("max", col(2, "d"), false));
    GroupLayout layout = new GroupLayout(List.of(DataType.STRING), aggs);
    return AggregationGenerator.generate(TYPES, null, keys, aggs, layout);
  }

  @Test
  void filterProjectSource() throws IOException {
    golden("filter_project.java.txt", filterProject("a", "s", 10).source());
  }

  @Test
  void caseInSource() throws IOException {
    Expr e = Exprs.caseWhen(
        List.of(Exprs.in(col(0, "a"), List.of(Exprs.literalOf(1), Exprs.literalOf(2)))),
        List.of(Exprs.literalOf("small")), Exprs.cast(col(2, "d"), DataType.STRING));
    golden("case_in.java.txt", ProjectionGenerator.generate(TYPES, null, List.of(e)).source());
  }

  @Test
  void groupBySource() throws IOException {
    golden("group_by.java.txt", groupBy().source());
  }

  @Test
  void sourceIgnoresNamesAndLiteralValues() {
    assertThat(filterProject("x", "y", 99).source()).isEqualTo(filterProject("a", "s", 10).source());
  }

  @Test
  void samePipelineCompilesOnce() {
    Schema schema = new Schema(List.of(KernelSchemas.field("q", DataType.BIGINT, true)));
    Expr e = Exprs.arithmetic(Arithmetic.Op.SUBTRACT, Exprs.column(0, "q", DataType.BIGINT, true), Exprs.literalOf(12345L));
    long before = KernelCompiler.INSTANCE.compilations();
    for (int i = 0; i < 50; i++) {
      Expr renamed = Exprs.arithmetic(Arithmetic.Op.SUBTRACT,
          Exprs.column(0, "name" + i, DataType.BIGINT, true), Exprs.literalOf((long) i));
      Kernels.compiled().projection(schema, null, List.of(i == 0 ? e : renamed), List.of("o" + i));
    }
    assertThat(KernelCompiler.INSTANCE.compilations() - before).isLessThanOrEqualTo(1);
    try (RootAllocator allocator = new RootAllocator()) {
      long again = KernelCompiler.INSTANCE.compilations();
      for (int i = 0; i < 5; i++) {
        Kernels.compiled().aggregation(schema, null, List.of(), List.of(),
            List.of(Exprs.aggregate("sum", Exprs.column(0, "q" + i, DataType.BIGINT, true), false)),
            List.of("s"), allocator).close();
      }
      assertThat(KernelCompiler.INSTANCE.compilations() - again).isLessThanOrEqualTo(1);
    }
  }

  @Test
  void ansiOnAndOffAreDifferentClasses() {
    Expr e = Exprs.arithmetic(Arithmetic.Op.ADD, Exprs.column(0, "q", DataType.INT, true), Exprs.literalOf(1));
    String ansi = ProjectionGenerator.generate(TYPES, null, List.of(e), EvalOptions.DEFAULT).source();
    String legacy = ProjectionGenerator.generate(TYPES, null, List.of(e), EvalOptions.LEGACY).source();
    // The source is the compile cache's key: the two settings never share a compiled class.
    assertThat(ansi).contains("ExactMath.addExact(").isNotEqualTo(legacy);
    assertThat(legacy).doesNotContain("ExactMath");
    // The time zone is a reference, not part of the source.
    assertThat(ProjectionGenerator.generate(TYPES, null, List.of(e),
            EvalOptions.of(true, java.time.ZoneId.of("Asia/Tokyo"))).source()).isEqualTo(ansi);
  }

  @Test
  void compileFailureIsReported() {
    GeneratedClass broken = new GeneratedClass("Broken", "package " + GeneratedClass.PACKAGE
        + ";\npublic final class Broken implements Runnable { public Broken(Object[] r) {} int x = ; }\n", new Object[0]);
    KernelCompiler compiler = new KernelCompiler(4);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> compiler.instantiate(broken, Runnable.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not compile");
  }

  private static void golden(String name, String actual) throws IOException {
    Path path = Path.of("src/test/resources/golden", name);
    if (Boolean.getBoolean("golden.update") || !Files.exists(path)) {
      Files.createDirectories(path.getParent());
      Files.writeString(path, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
  }
}
