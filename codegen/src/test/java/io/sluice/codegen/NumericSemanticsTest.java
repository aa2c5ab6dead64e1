package io.sluice.codegen;

import static io.sluice.codegen.ir.Exprs.arithmetic;
import static io.sluice.codegen.ir.Exprs.call;
import static io.sluice.codegen.ir.Exprs.literal;
import static io.sluice.codegen.ir.Exprs.literalOf;
import static io.sluice.codegen.testing.Evaluate.ansi;
import static io.sluice.codegen.testing.Evaluate.ansiError;
import static io.sluice.codegen.testing.Evaluate.both;
import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.codegen.errors.SluiceThrowable;
import io.sluice.codegen.ir.Arithmetic.Op;
import io.sluice.codegen.ir.Comparison;
import io.sluice.codegen.ir.DecimalTypes;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.ir.Exprs;
import io.sluice.columnar.types.DataType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Math, decimal typing, regexp and string coercion as Spark 4.2.0, on both evaluators. Expected
 * values are from Spark's golden files (named per assertion; statement numbers count from 0).
 */
class NumericSemanticsTest {

  private static Expr fn(String name, Object... args) {
    Expr[] exprs = new Expr[args.length];
    for (int i = 0; i < args.length; i++) {
      exprs[i] = args[i] instanceof Expr ? (Expr) args[i] : literalOf(args[i]);
    }
    return call(name, List.of(exprs));
  }

  private static String condition(RuntimeException e) {
    return ((SluiceThrowable) e).getCondition();
  }

  @Test
  void integralRoundKeepsTheTypeAndOverflows() {
    // math.sql #3 round(25y, -1) = 30 (tinyint), #31 bround(25y, -1) = 20
    assertThat(ansi(fn("round", (byte) 25, -1))).isEqualTo((byte) 30);
    assertThat(ansi(fn("bround", (byte) 25, -1))).isEqualTo((byte) 20);
    assertThat(fn("round", (short) 25, -1).type()).isEqualTo(DataType.SMALLINT);
    // math.sql #6, #20, #27, #56: ARITHMETIC_OVERFLOW "Overflow"
    assertThat(ansiError(fn("round", (byte) 127, -1)).getMessage())
        .isEqualTo("[ARITHMETIC_OVERFLOW] Overflow. If necessary set \"spark.sql.ansi.enabled\" to"
            + " \"false\" to bypass this error. SQLSTATE: 22003");
    assertThat(condition(ansiError(fn("round", 2147483647, -1)))).isEqualTo("ARITHMETIC_OVERFLOW");
    assertThat(condition(ansiError(fn("round", Long.MAX_VALUE, -1)))).isEqualTo("ARITHMETIC_OVERFLOW");
    assertThat(condition(ansiError(fn("bround", Long.MIN_VALUE, -1)))).isEqualTo("ARITHMETIC_OVERFLOW");
    // nonansi/math.sql #6 -126, #20 -2147483646, #27 -9223372036854775806, #56 9223372036854775806
    assertThat(both(fn("round", (byte) 127, -1))).isEqualTo((byte) -126);
    assertThat(both(fn("round", 2147483647, -1))).isEqualTo(-2147483646);
    assertThat(both(fn("round", Long.MAX_VALUE, -1))).isEqualTo(-9223372036854775806L);
    assertThat(both(fn("bround", Long.MIN_VALUE, -1))).isEqualTo(9223372036854775806L);
  }

  @Test
  void strictMathAndIsnan() {
    // postgreSQL/numeric.sql: exp(1.0) = 2.7182818284590455 (Math.exp gives ...045)
    assertThat(ansi(fn("exp", 1.0))).isEqualTo(2.7182818284590455);
    // Spark's IsNaN is not null-intolerant: isnan(NULL) is false (differential case 20261202-20)
    Expr isnanNull = fn("isnan", literal(null, DataType.DOUBLE));
    assertThat(ansi(isnanNull)).isEqualTo(false);
    assertThat(both(fn("isnan", literal(null, DataType.INT)))).isEqualTo(false);
    assertThat(ansi(fn("isnan", Double.NaN))).isEqualTo(true);
  }

  @Test
  void regexpExtractGroupIndex() {
    // regexp-functions.sql #3 (\\d written [0-9]): group 1 of a pattern with none
    RuntimeException e = ansiError(fn("regexp_extract", "1a 2b 14m", "[0-9]+", 1));
    assertThat(e.getMessage())
        .isEqualTo("[INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX] The value of parameter(s) `idx` in"
            + " `regexp_extract` is invalid: Expects group index between 0 and 0, but got 1."
            + " SQLSTATE: 22023");
    // #13: -1; #11: group 2 is "a"
    assertThat(ansiError(fn("regexp_extract", "1a 2b 14m", "([0-9]+)([a-z]+)", -1)).getMessage())
        .contains("between 0 and 2, but got -1.");
    assertThat(both(fn("regexp_extract", "1a 2b 14m", "([0-9]+)([a-z]+)", 2))).isEqualTo("a");
  }

  @Test
  void decimalPmod() {
    // decimalArithmeticOperations.sql #28: pmod(CAST(10 AS DECIMAL(10, 2)), CAST(3 AS DECIMAL(5, 1)))
    // is DECIMAL(6,2) 1.00
    Expr pmod = fn("pmod", Exprs.cast(literalOf(10), DataType.decimal(10, 2)),
        Exprs.cast(literalOf(3), DataType.decimal(5, 1)));
    assertThat(pmod.type()).isEqualTo(DataType.decimal(6, 2));
    assertThat(ansi(pmod)).isEqualTo(new BigDecimal("1.00"));
    assertThat(ansi(fn("pmod", new BigDecimal("-7.5"), new BigDecimal("2")))).isEqualTo(new BigDecimal("0.5"));
    // decimalArithmeticOperations.sql #4: pmod(1.0, 0.0) raises REMAINDER_BY_ZERO; NULL with ANSI off
    assertThat(condition(ansiError(fn("pmod", new BigDecimal("1.0"), new BigDecimal("0.0")))))
        .isEqualTo("REMAINDER_BY_ZERO");
    assertThat(both(fn("pmod", new BigDecimal("1.0"), new BigDecimal("0.0")))).isNull();
  }

  @Test
  void decimalResultTypes() {
    // postgreSQL/numeric.sql: 70.0 / 70 is decimal(8,6) (70 is DECIMAL(2,0) as a literal)
    Expr div = arithmetic(Op.DIVIDE, literalOf(new BigDecimal("70.0")), literalOf(70));
    assertThat(div.type()).isEqualTo(DataType.decimal(8, 6));
    assertThat(ansi(div)).isEqualTo(new BigDecimal("1.000000"));
    // decimalArithmeticOperations.sql with allowPrecisionLoss=false: #36 decimal(38,36), #54 decimal(38,7)
    assertThat(DecimalTypes.arithmetic(Op.MULTIPLY, DataType.decimal(20, 18), DataType.decimal(19, 18), false))
        .isEqualTo(DataType.decimal(38, 36));
    assertThat(DecimalTypes.arithmetic(Op.DIVIDE, DataType.decimal(38, 6), DataType.decimal(3, 1), false))
        .isEqualTo(DataType.decimal(38, 7));
    // ... and with it (the default): #9 decimal(38,34)
    assertThat(DecimalTypes.arithmetic(Op.MULTIPLY, DataType.decimal(20, 18), DataType.decimal(19, 18)))
        .isEqualTo(DataType.decimal(38, 34));
  }

  @Test
  void ansiStringCoercion() {
    // typeCoercion/native/implicitTypeCasts.sql #1: 1 + '2' is BIGINT 3 (ANSI); #5 1.1 + '2' DOUBLE
    Expr plus = Exprs.arithmetic(Op.ADD, literalOf(1), literalOf("2"), true, true);
    assertThat(plus.type()).isEqualTo(DataType.BIGINT);
    assertThat(ansi(plus)).isEqualTo(3L);
    assertThat(Exprs.arithmetic(Op.ADD, literalOf(new BigDecimal("1.1")), literalOf("2"), true, true).type())
        .isEqualTo(DataType.DOUBLE);
    // predicate-functions.sql: 2 > '1.0' -> CAST_INVALID_INPUT to BIGINT
    Expr gt = Exprs.comparison(Comparison.Op.GT, literalOf(2), literalOf("1.0"), true);
    assertThat(ansiError(gt).getMessage()).contains("cannot be cast to \"BIGINT\"");
    // legacy (ANSI off): the string takes the integral side's type; arithmetic reads it as DOUBLE
    assertThat(Exprs.arithmetic(Op.ADD, literalOf(1), literalOf("2")).type()).isEqualTo(DataType.DOUBLE);
    assertThat(both(Exprs.comparison(Comparison.Op.GT, literalOf(2), literalOf("1.0")))).isEqualTo(true);
  }
}
