package io.sluice.codegen;

import static io.sluice.codegen.ir.Exprs.arithmetic;
import static io.sluice.codegen.ir.Exprs.call;
import static io.sluice.codegen.ir.Exprs.cast;
import static io.sluice.codegen.ir.Exprs.comparison;
import static io.sluice.codegen.ir.Exprs.literal;
import static io.sluice.codegen.ir.Exprs.literalOf;
import static io.sluice.codegen.testing.Evaluate.both;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.codegen.ir.Arithmetic.Op;
import io.sluice.codegen.ir.Comparison;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.columnar.types.DataType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spark's semantics, each checked on the interpreter and on generated code. */
class SparkSemanticsTest {

  private static final Expr NULL_BOOL = literal(null, DataType.BOOLEAN);
  private static final Expr T = literalOf(true);
  private static final Expr F = literalOf(false);

  private static Object fn(String name, Object... args) {
    return both(call(name, Arrays.stream(args).map(a -> a instanceof Expr ? (Expr) a : literalOf(a)).toList()));
  }

  @Test
  void threeValuedLogic() {
    assertThat(both(Exprs.and(NULL_BOOL, F))).isEqualTo(false);
    assertThat(both(Exprs.and(NULL_BOOL, T))).isNull();
    assertThat(both(Exprs.or(NULL_BOOL, T))).isEqualTo(true);
    assertThat(both(Exprs.or(NULL_BOOL, F))).isNull();
    assertThat(both(Exprs.not(NULL_BOOL))).isNull();
    assertThat(both(Exprs.in(literalOf(1), List.of(literalOf(2), literal(null, DataType.INT))))).isNull();
    assertThat(both(Exprs.in(literalOf(2), List.of(literalOf(2), literal(null, DataType.INT))))).isEqualTo(true);
    assertThat(both(comparison(Comparison.Op.NULL_SAFE_EQ, literal(null, DataType.INT), literal(null, DataType.INT)))).isEqualTo(true);
    assertThat(both(comparison(Comparison.Op.EQ, literal(null, DataType.INT), literalOf(1)))).isNull();
  }

  @Test
  void arithmeticTypesAndNulls() {
    Expr div = arithmetic(Op.DIVIDE, literalOf(7), literalOf(2));
    assertThat(div.type()).isEqualTo(DataType.DOUBLE);
    assertThat(both(div)).isEqualTo(3.5);
    assertThat(both(arithmetic(Op.DIVIDE, literalOf(1), literalOf(0)))).isNull();
    assertThat(both(arithmetic(Op.REMAINDER, literalOf(5), literalOf(0)))).isNull();
    assertThat(both(arithmetic(Op.ADD, literalOf(Integer.MAX_VALUE), literalOf(1)))).isEqualTo(Integer.MIN_VALUE);
    assertThat(arithmetic(Op.ADD, literalOf(1), literalOf(2L)).type()).isEqualTo(DataType.BIGINT);
    assertThat(arithmetic(Op.ADD, literalOf(1), literalOf(2.0)).type()).isEqualTo(DataType.DOUBLE);
    assertThat(both(arithmetic(Op.ADD, literalOf("1.5"), literalOf(1)))).isEqualTo(2.5);
    assertThat(both(arithmetic(Op.ADD, literalOf("x"), literalOf(1)))).isNull();
    assertThat(both(arithmetic(Op.MULTIPLY, literal(null, DataType.INT), literalOf(3)))).isNull();
  }

  @Test
  void decimalArithmetic() {
    Expr a = literalOf(new BigDecimal("1.10"));
    Expr b = literalOf(new BigDecimal("2.205"));
    Expr sum = arithmetic(Op.ADD, a, b);
    assertThat(sum.type()).isEqualTo(DataType.decimal(5, 3));
    assertThat(both(sum)).isEqualTo(new BigDecimal("3.305"));
    Expr product = arithmetic(Op.MULTIPLY, a, b);
    assertThat(product.type()).isEqualTo(DataType.decimal(8, 5));
    assertThat(both(product)).isEqualTo(new BigDecimal("2.42550"));
    Expr quotient = arithmetic(Op.DIVIDE, literalOf(new BigDecimal("1")), literalOf(new BigDecimal("3")));
    assertThat(quotient.type()).isEqualTo(DataType.decimal(7, 6));
    assertThat(both(quotient)).isEqualTo(new BigDecimal("0.333333"));
    // An integral literal next to a decimal is DECIMAL(digits, 0) in Spark's DecimalPrecision
    // (postgreSQL/numeric.sql: 70.0 / 70 is decimal(8,6)): 1.10 + 1 is DECIMAL(1,0) + DECIMAL(3,2).
    Expr withInt = arithmetic(Op.ADD, a, literalOf(1));
    assertThat(withInt.type()).isEqualTo(DataType.decimal(4, 2));
    assertThat(arithmetic(Op.ADD, a, literalOf(1.0)).type()).isEqualTo(DataType.DOUBLE);
    Expr big = literal(new BigDecimal("99999999999999999999999999999999999999"), DataType.decimal(38, 0));
    assertThat(both(arithmetic(Op.ADD, big, big))).isNull();
    assertThat(both(arithmetic(Op.DIVIDE, a, literalOf(new BigDecimal("0"))))).isNull();
  }

  @Test
  void castsFromStrings() {
    assertThat(both(cast(literalOf(" 12 "), DataType.INT))).isEqualTo(12);
    assertThat(both(cast(literalOf("1.9"), DataType.INT))).isEqualTo(1);
    assertThat(both(cast(literalOf("abc"), DataType.INT))).isNull();
    assertThat(both(cast(literalOf("3000000000"), DataType.INT))).isNull();
    assertThat(both(cast(literalOf("yes"), DataType.BOOLEAN))).isEqualTo(true);
    assertThat(both(cast(literalOf("2020-02-30"), DataType.DATE))).isNull();
    assertThat(both(cast(literalOf("2020-02-03 garbage"), DataType.DATE)))
        .isEqualTo((int) LocalDate.of(2020, 2, 3).toEpochDay());
    assertThat(both(cast(literalOf("1970-01-01 00:00:01.5"), DataType.TIMESTAMP))).isEqualTo(1_500_000L);
    assertThat(both(cast(literalOf("1.005"), DataType.decimal(4, 2)))).isEqualTo(new BigDecimal("1.01"));
    assertThat(both(cast(literalOf(1.9e10), DataType.INT))).isEqualTo(Integer.MAX_VALUE);
    assertThat(both(cast(literalOf(300), DataType.TINYINT))).isEqualTo((byte) 44);
    assertThat(both(cast(literalOf(1_500_000L), DataType.TIMESTAMP))).isEqualTo(1_500_000_000_000L);
    assertThat(both(cast(literal(1_500_000L, DataType.TIMESTAMP), DataType.STRING))).isEqualTo("1970-01-01 00:00:01.5");
  }

  @Test
  void comparisonsCoerceLikeSpark() {
    assertThat(both(comparison(Comparison.Op.EQ, literalOf("1"), literalOf(1)))).isEqualTo(true);
    assertThat(both(comparison(Comparison.Op.LT, literalOf(Double.NaN), literalOf(1.0)))).isEqualTo(false);
    assertThat(both(comparison(Comparison.Op.EQ, literalOf(Double.NaN), literalOf(Double.NaN)))).isEqualTo(true);
    assertThat(both(comparison(Comparison.Op.EQ, literalOf(-0.0), literalOf(0.0)))).isEqualTo(true);
    assertThat(both(comparison(Comparison.Op.LT, literalOf("2020-01-01"), literalOf(LocalDate.of(2020, 1, 2))))).isEqualTo(true);
    assertThat(both(comparison(Comparison.Op.GT, literalOf("\uD83D\uDE00"), literalOf("\uFFFD")))).isEqualTo(true);
  }

  @Test
  void caseWhenAndCoalesce() {
    Expr c = Exprs.caseWhen(List.of(NULL_BOOL, T), List.of(literalOf(1), literalOf(2L)), null);
    assertThat(c.type()).isEqualTo(DataType.BIGINT);
    assertThat(both(c)).isEqualTo(2L);
    assertThat(fn("coalesce", literal(null, DataType.INT), 5, 6)).isEqualTo(5);
    assertThat(fn("nvl", literal(null, DataType.STRING), "x")).isEqualTo("x");
    assertThat(fn("nullif", 3, 3)).isNull();
    assertThat(fn("greatest", 1, literal(null, DataType.INT), 7L)).isEqualTo(7L);
    assertThat(fn("least", "b", "a")).isEqualTo("a");
  }

  @Test
  void stringFunctions() {
    assertThat(fn("upper", "abc")).isEqualTo("ABC");
    assertThat(fn("length", "日本")).isEqualTo(2);
    assertThat(fn("substring", "Spark SQL", 5)).isEqualTo("k SQL");
    assertThat(fn("substring", "Spark SQL", -3)).isEqualTo("SQL");
    assertThat(fn("substring", "Spark SQL", 0, 2)).isEqualTo("Sp");
    assertThat(fn("substr", "Spark SQL", 5, 1)).isEqualTo("k");
    assertThat(fn("concat", "a", 1, "b")).isEqualTo("a1b");
    assertThat(fn("concat", "a", literal(null, DataType.STRING))).isNull();
    assertThat(fn("concat_ws", "-", "a", literal(null, DataType.STRING), "b")).isEqualTo("a-b");
    assertThat(fn("trim", "  a b  ")).isEqualTo("a b");
    assertThat(fn("ltrim", "  a ")).isEqualTo("a ");
    assertThat(fn("rtrim", " a  ")).isEqualTo(" a");
    assertThat(fn("lpad", "hi", 5, "??")).isEqualTo("???hi");
    assertThat(fn("rpad", "hi", 1)).isEqualTo("h");
    assertThat(fn("replace", "ABCabc", "abc", "DEF")).isEqualTo("ABCDEF");
    assertThat(fn("regexp_replace", "100-200", "(\\d+)", "num")).isEqualTo("num-num");
    assertThat(fn("instr", "SparkSQL", "SQL")).isEqualTo(6);
    assertThat(fn("reverse", "abc")).isEqualTo("cba");
    assertThat(fn("initcap", "sPark sql")).isEqualTo("Spark Sql");
    assertThat(fn("upper", literal(null, DataType.STRING))).isNull();
  }

  @Test
  void mathFunctions() {
    assertThat(fn("abs", -3)).isEqualTo(3);
    assertThat(fn("round", 2.5)).isEqualTo(3.0);
    assertThat(fn("round", -2.5)).isEqualTo(-3.0);
    assertThat(fn("bround", 2.5)).isEqualTo(2.0);
    assertThat(fn("round", 1234, -2)).isEqualTo(1200);
    assertThat(fn("round", new BigDecimal("1.255"), 2)).isEqualTo(new BigDecimal("1.26"));
    assertThat(fn("floor", -1.5)).isEqualTo(-2L);
    assertThat(fn("ceil", 1.2)).isEqualTo(2L);
    assertThat(fn("ceiling", new BigDecimal("1.2"))).isEqualTo(new BigDecimal("2"));
    assertThat(fn("sqrt", 16)).isEqualTo(4.0);
    assertThat(fn("exp", 0)).isEqualTo(1.0);
    assertThat(fn("ln", 0)).isNull();
    assertThat(fn("log", 10, 100)).isEqualTo(2.0);
    assertThat(fn("log10", 1000)).isEqualTo(3.0);
    assertThat(fn("pow", 2, 10)).isEqualTo(1024.0);
    assertThat(fn("power", 2, 0.5)).isEqualTo(Math.sqrt(2));
    assertThat(fn("pmod", -7, 3)).isEqualTo(2);
    assertThat(fn("pmod", 7, 0)).isNull();
  }

  @Test
  void dateFunctions() {
    int day = (int) LocalDate.of(2024, 2, 29).toEpochDay();
    Expr date = literal(day, DataType.DATE);
    long ts = 1_709_210_096_789_000L; // 2024-02-29 12:34:56.789 UTC
    Expr timestamp = literal(ts, DataType.TIMESTAMP);
    assertThat(fn("year", date)).isEqualTo(2024);
    assertThat(fn("month", date)).isEqualTo(2);
    assertThat(fn("dayofmonth", date)).isEqualTo(29);
    assertThat(fn("day", timestamp)).isEqualTo(29);
    assertThat(fn("dayofweek", date)).isEqualTo(5); // Thursday
    assertThat(fn("hour", timestamp)).isEqualTo(12);
    assertThat(fn("minute", timestamp)).isEqualTo(34);
    assertThat(fn("second", timestamp)).isEqualTo(56);
    assertThat(fn("to_date", "2024-02-29")).isEqualTo(day);
    assertThat(fn("to_date", "29/02/2024", "dd/MM/yyyy")).isEqualTo(day);
    assertThat(fn("to_date", "nope", "dd/MM/yyyy")).isNull();
    assertThat(fn("to_timestamp", "2024-02-29 12:34:56", "yyyy-MM-dd HH:mm:ss")).isEqualTo(1_709_210_096_000_000L);
    assertThat(fn("date_add", date, 1)).isEqualTo(day + 1);
    assertThat(fn("date_sub", "2024-03-01", 1)).isEqualTo(day);
    assertThat(fn("datediff", "2024-03-01", date)).isEqualTo(1);
    assertThat(fn("date_format", timestamp, "yyyy/MM/dd HH:mm")).isEqualTo("2024/02/29 12:34");
    assertThat(fn("unix_timestamp", "1970-01-02 00:00:00")).isEqualTo(86_400L);
    assertThat(fn("unix_timestamp", timestamp)).isEqualTo(1_709_210_096L);
    assertThat(fn("from_unixtime", 0L)).isEqualTo("1970-01-01 00:00:00");
    Expr today = call("current_date", List.of());
    // Spark: current_date() is the query's instant's date in the session time zone, so the cast
    // of the instant is left to the kernel, which has the zone.
    assertThat(today).isInstanceOf(io.sluice.codegen.ir.Cast.class);
    assertThat(today.type()).isEqualTo(DataType.DATE);
    assertThat(call("current_timestamp", List.of()).type()).isEqualTo(DataType.TIMESTAMP);
  }

  @Test
  void literalInference() {
    assertThat(literalOf(new BigDecimal("123.45")).type()).isEqualTo(DataType.decimal(5, 2));
    assertThat(literalOf(new BigDecimal("0.001")).type()).isEqualTo(DataType.decimal(3, 3));
    assertThat(literalOf(LocalDate.of(1970, 1, 2)).value()).isEqualTo(1);
    assertThat(literalOf(java.time.Instant.ofEpochSecond(1, 5000)).value()).isEqualTo(1_000_005L);
    assertThat(literalOf(null).type()).isEqualTo(DataType.NULL);
    assertThat(literalOf((short) 1).type()).isEqualTo(DataType.SMALLINT);
  }
}
