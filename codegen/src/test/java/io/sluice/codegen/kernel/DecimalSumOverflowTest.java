package io.sluice.codegen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.errors.SluiceArithmeticException;
import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decimal {@code sum}/{@code avg}, {@code try_sum}/{@code try_avg} at the edge of DECIMAL(38,6),
 * in both kernels, global and grouped, one task and partials merged from several (a streaming
 * state takes a micro-batch's delta the same way), ANSI on and off.
 *
 * <p>Every expected value and error was recorded on Spark 4.2.0 (local[1]; one task per
 * partition of {@code range(0, 3, 1, n)}, the values picked per id with CASE; the same queries
 * with {@code GROUP BY id % 1}). Spark checks a decimal total where it stores the buffer in a row
 * (grouped: every update; a partial leaving its task; the result), not while a global
 * aggregation's buffer sits in variables: so [M, M, -M] sums to M globally and overflows grouped.
 */
class DecimalSumOverflowTest {

  private static final DataType D = DataType.decimal(38, 6);
  private static final BigDecimal M = new BigDecimal("99999999999999999999999999999999.999999");
  private static final BigDecimal N = M.negate();
  private static final String SUM_OVERFLOW =
      "[ARITHMETIC_OVERFLOW] Overflow in sum of decimals. Use 'try_sum' to tolerate overflow and"
          + " return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass"
          + " this error.";
  private static final String AVG_OVERFLOW = SUM_OVERFLOW.replace("try_sum", "try_avg");

  private BufferAllocator allocator;

  @BeforeEach
  void open() {
    allocator = new RootAllocator();
  }

  @AfterEach
  void close() {
    allocator.close(); // fails on a leak
  }

  static List<Arguments> kernels() {
    List<Arguments> all = new ArrayList<>();
    for (boolean compiled : new boolean[] {false, true}) {
      // A plain column (the compiled kernel adds Arrow's 128 bits) and an expression (BigDecimal).
      for (boolean plainColumn : new boolean[] {true, false}) {
        all.add(Arguments.of(compiled, plainColumn));
      }
    }
    return all;
  }

  @ParameterizedTest(name = "compiled={0} plainColumn={1}")
  @MethodSource("kernels")
  void globalTotalBeyondPrecisionThatComesBackIsFine(boolean compiled, boolean plain) {
    // Spark: SELECT sum(d) over [M, M, -M], one partition: M, ANSI on and off; try_sum: M.
    for (EvalOptions options : new EvalOptions[] {EvalOptions.DEFAULT, EvalOptions.LEGACY}) {
      assertThat(run(compiled, plain, options, false, "sum", List.of(List.of(M, M, N)))).isEqualTo(M);
      assertThat(run(compiled, plain, options, false, "try_sum", List.of(List.of(M, M, N)))).isEqualTo(M);
    }
    // avg: the sum is fine, M / 3 does not fit DECIMAL(38,10); Spark prints the 39-digit quotient.
    assertThatThrownBy(() -> run(compiled, plain, EvalOptions.DEFAULT, false, "avg", List.of(List.of(M, M, N))))
        .isInstanceOf(SluiceArithmeticException.class)
        .hasMessageStartingWith(
            "[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION] "
                + " 33333333333333333333333333333333.333333000000000000000000000000000000000"
                + " cannot be represented as Decimal(38, 10).");
    assertThat(run(compiled, plain, EvalOptions.LEGACY, false, "avg", List.of(List.of(M, M, N)))).isNull();
    assertThat(run(compiled, plain, EvalOptions.DEFAULT, false, "try_avg", List.of(List.of(M, M, N)))).isNull();
  }

  @ParameterizedTest(name = "compiled={0} plainColumn={1}")
  @MethodSource("kernels")
  void groupedTotalIsCheckedAfterEveryRow(boolean compiled, boolean plain) {
    // Spark: SELECT k, sum(d), avg(d) ... GROUP BY k over [M, M, -M]: overflow (null, ANSI off).
    assertThatThrownBy(() -> run(compiled, plain, EvalOptions.DEFAULT, true, "sum", List.of(List.of(M, M, N))))
        .isInstanceOf(SluiceArithmeticException.class)
        .hasMessageStartingWith(SUM_OVERFLOW)
        .satisfies(e -> assertThat(((SluiceArithmeticException) e).getCondition()).isEqualTo("ARITHMETIC_OVERFLOW"));
    assertThatThrownBy(() -> run(compiled, plain, EvalOptions.DEFAULT, true, "avg", List.of(List.of(M, M, N))))
        .hasMessageStartingWith(AVG_OVERFLOW);
    for (String f : new String[] {"sum", "avg"}) {
      assertThat(run(compiled, plain, EvalOptions.LEGACY, true, f, List.of(List.of(M, M, N)))).isNull();
      assertThat(run(compiled, plain, EvalOptions.DEFAULT, true, "try_" + f, List.of(List.of(M, M, N)))).isNull();
    }
  }

  @ParameterizedTest(name = "compiled={0} plainColumn={1}")
  @MethodSource("kernels")
  void overflowingTotal(boolean compiled, boolean plain) {
    // Spark: sum over [M, M] (global and grouped): [ARITHMETIC_OVERFLOW]; ANSI off, try_sum: null.
    for (boolean grouped : new boolean[] {false, true}) {
      assertThatThrownBy(() -> run(compiled, plain, EvalOptions.DEFAULT, grouped, "sum", List.of(List.of(M, M))))
          .hasMessageStartingWith(SUM_OVERFLOW);
      assertThatThrownBy(() -> run(compiled, plain, EvalOptions.DEFAULT, grouped, "avg", List.of(List.of(M, M))))
          .hasMessageStartingWith(AVG_OVERFLOW);
      assertThat(run(compiled, plain, EvalOptions.LEGACY, grouped, "sum", List.of(List.of(M, M)))).isNull();
      assertThat(run(compiled, plain, EvalOptions.LEGACY, grouped, "avg", List.of(List.of(M, M)))).isNull();
      assertThat(run(compiled, plain, EvalOptions.DEFAULT, grouped, "try_sum", List.of(List.of(M, M)))).isNull();
      assertThat(run(compiled, plain, EvalOptions.DEFAULT, grouped, "try_avg", List.of(List.of(M, M)))).isNull();
      // avg of one M: the sum fits, the average needs 32 integer digits of DECIMAL(38,10)'s 28.
      assertThatThrownBy(() -> run(compiled, plain, EvalOptions.DEFAULT, grouped, "avg", List.of(List.of(M))))
          .hasMessageStartingWith(
              "[NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION] "
                  + " 99999999999999999999999999999999.999999000000000000000000000000000000000"
                  + " cannot be represented as Decimal(38, 10). If"
                  + " necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error, and"
                  + " return NULL instead.");
      assertThat(run(compiled, plain, EvalOptions.DEFAULT, grouped, "try_avg", List.of(List.of(M)))).isNull();
    }
  }

  @ParameterizedTest(name = "compiled={0} plainColumn={1}")
  @MethodSource("kernels")
  void partialsAreCheckedWhenTheyLeaveTheirTask(boolean compiled, boolean plain) {
    // Spark, range(0, 3, 1, 2): tasks [-M] and [M, M]: the second partial overflows, the query
    // fails (ANSI off, try_sum: null), global and grouped alike.
    List<List<BigDecimal>> overflowingPartial = List.of(List.of(N), List.of(M, M));
    for (boolean grouped : new boolean[] {false, true}) {
      assertThatThrownBy(() -> run(compiled, plain, EvalOptions.DEFAULT, grouped, "sum", overflowingPartial))
          .hasMessageStartingWith(SUM_OVERFLOW);
      assertThatThrownBy(() -> run(compiled, plain, EvalOptions.DEFAULT, grouped, "avg", overflowingPartial))
          .hasMessageStartingWith(AVG_OVERFLOW);
      assertThat(run(compiled, plain, EvalOptions.LEGACY, grouped, "sum", overflowingPartial)).isNull();
      assertThat(run(compiled, plain, EvalOptions.DEFAULT, grouped, "try_sum", overflowingPartial)).isNull();
      // Tasks [M] and [M, -M]: every partial and the total fit.
      assertThat(run(compiled, plain, EvalOptions.DEFAULT, grouped, "sum", List.of(List.of(M), List.of(M, N))))
          .isEqualTo(M);
    }
    // Three tasks [M], [-M], [M]: fine; avg is M / 3 out of DECIMAL(38,10)'s range.
    assertThat(run(compiled, plain, EvalOptions.DEFAULT, false, "sum", List.of(List.of(M), List.of(N), List.of(M))))
        .isEqualTo(M);
  }

  @ParameterizedTest(name = "compiled={0} plainColumn={1}")
  @MethodSource("kernels")
  void ordinaryValues(boolean compiled, boolean plain) {
    // Spark: avg over DECIMAL(5,2) 1, 2, 2 is 1.666667 (decimal(9,6)); here at DECIMAL(38,6).
    BigDecimal one = new BigDecimal("1.000000");
    BigDecimal two = new BigDecimal("2.000000");
    for (boolean grouped : new boolean[] {false, true}) {
      assertThat(run(compiled, plain, EvalOptions.DEFAULT, grouped, "avg", List.of(List.of(one, two, two))))
          .isEqualTo(new BigDecimal("1.6666666667"));
      assertThat(run(compiled, plain, EvalOptions.DEFAULT, grouped, "try_sum", List.of(List.of(one), List.of(two))))
          .isEqualTo(new BigDecimal("3.000000"));
    }
  }

  @ParameterizedTest(name = "compiled={0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
  void integralTrySum(boolean compiled) {
    // Spark: try_sum over BIGINT [9223372036854775807, 1] is NULL, try_avg 4.6116860184273879E18;
    // over INT [2147483647, 1] try_sum is 2147483648.
    Schema schema = new Schema(List.of(KernelSchemas.field("x", DataType.BIGINT, true)));
    Expr x = Exprs.column(0, "x", DataType.BIGINT, true);
    for (EvalOptions options : new EvalOptions[] {EvalOptions.DEFAULT, EvalOptions.LEGACY}) {
      Kernels kernels = compiled ? Kernels.compiled(options) : Kernels.interpreted(options);
      List<AggregateCall> calls =
          List.of(Exprs.aggregate("try_sum", x, false), Exprs.aggregate("try_avg", x, false));
      for (int tasks : new int[] {1, 2}) {
        List<Aggregation> partials = new ArrayList<>();
        try {
          for (int t = 0; t < tasks; t++) {
            Aggregation a =
                kernels.aggregation(schema, null, List.of(), List.of(), calls, List.of("s", "a"), allocator);
            partials.add(a);
            try (BatchBuilder b = new BatchBuilder(schema, allocator)) {
              if (tasks == 1 || t == 0) {
                b.appendRow(Long.MAX_VALUE);
              }
              if (tasks == 1 || t == 1) {
                b.appendRow(1L);
              }
              try (Batch batch = b.build()) {
                a.update(batch);
              }
            }
          }
          for (int t = 1; t < tasks; t++) {
            partials.get(0).merge(partials.get(t));
          }
          try (Batch r = partials.get(0).result(allocator)) {
            assertThat(Values.get(r.vectors().get(0), 0)).isNull();
            assertThat(Values.get(r.vectors().get(1), 0)).isEqualTo(4.6116860184273879E18);
          }
        } finally {
          partials.forEach(Aggregation::close);
        }
      }
    }
  }

  /**
   * {@code function(d)} over DECIMAL(38,6) rows, one aggregation per task, the others merged into
   * the first; grouped: every row in one group.
   */
  private Object run(
      boolean compiled,
      boolean plainColumn,
      EvalOptions options,
      boolean grouped,
      String function,
      List<List<BigDecimal>> tasks) {
    Schema schema =
        new Schema(List.of(KernelSchemas.field("k", DataType.INT, true), KernelSchemas.field("d", D, true)));
    Expr d = Exprs.column(1, "d", D, true);
    // d + 0 (DECIMAL(38,6)) keeps every value; -(-d) would not: Spark's negation rounds M to 34
    // digits and fails.
    Expr zero = Exprs.cast(Exprs.literalOf(0), D);
    Expr argument = plainColumn ? d : Exprs.arithmetic(io.sluice.codegen.ir.Arithmetic.Op.ADD, d, zero);
    List<Expr> keys = grouped ? List.of(Exprs.column(0, "k", DataType.INT, true)) : List.of();
    List<String> keyNames = grouped ? List.of("k") : List.of();
    Kernels kernels = compiled ? Kernels.compiled(options) : Kernels.interpreted(options);
    List<AggregateCall> calls = List.of(Exprs.aggregate(function, argument, false));
    List<Aggregation> partials = new ArrayList<>();
    try {
      for (List<BigDecimal> values : tasks) {
        Aggregation a = kernels.aggregation(schema, null, keys, keyNames, calls, List.of("r"), allocator);
        partials.add(a);
        try (BatchBuilder b = new BatchBuilder(schema, allocator)) {
          for (BigDecimal v : values) {
            b.appendRow(1, v);
          }
          try (Batch batch = b.build()) {
            a.update(batch);
          }
        }
      }
      for (int t = 1; t < partials.size(); t++) {
        partials.get(0).merge(partials.get(t));
      }
      try (Batch r = partials.get(0).result(allocator)) {
        assertThat(r.rowCount()).isEqualTo(1);
        return Values.get(r.vectors().get(keys.size()), 0);
      }
    } finally {
      partials.forEach(Aggregation::close);
    }
  }
}
