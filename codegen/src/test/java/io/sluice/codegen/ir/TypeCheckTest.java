package io.sluice.codegen.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.columnar.types.DataType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeCheckTest {

  private static final Expr NAME = Exprs.column(0, "name", DataType.BOOLEAN, true);
  private static final Expr AGE = Exprs.column(1, "age", DataType.INT, true);

  @Test
  void arithmeticOnBooleanNamesTheExpression() {
    assertThatThrownBy(() -> Exprs.arithmetic(Arithmetic.Op.ADD, NAME, Exprs.literalOf(1)))
        .isInstanceOf(TypeCheckException.class)
        .hasMessage("[DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES] Cannot resolve \"(name + 1)\" due to data"
            + " type mismatch: the left and right operands of the binary operator have incompatible"
            + " types (\"BOOLEAN\" and \"INT\").");
  }

  @Test
  void comparisonOfDifferingTypes() {
    assertThatThrownBy(() -> Exprs.comparison(Comparison.Op.EQ, NAME, AGE))
        .hasMessage("[DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES] Cannot resolve \"(name = age)\" due to data"
            + " type mismatch: the left and right operands of the binary operator have incompatible"
            + " types (\"BOOLEAN\" and \"INT\").");
  }

  @Test
  void impossibleCast() {
    assertThatThrownBy(() -> Exprs.cast(NAME, DataType.DATE))
        .hasMessage("[DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION] Cannot resolve \"CAST(name AS DATE)\" due"
            + " to data type mismatch: cannot cast \"BOOLEAN\" to \"DATE\".");
  }

  @Test
  void logicNeedsBooleans() {
    assertThatThrownBy(() -> Exprs.and(NAME, AGE))
        .hasMessageContaining("argument 2 requires boolean type, however, 'age' is of int type.");
  }

  @Test
  void unknownAndMisusedFunctions() {
    assertThatThrownBy(() -> Exprs.call("foo", List.of()))
        .isInstanceOf(TypeCheckException.class)
        .hasMessageStartingWith("[UNRESOLVED_ROUTINE] Cannot resolve routine `foo`");
    assertThatThrownBy(() -> Exprs.call("UPPER", List.of()))
        .hasMessageStartingWith("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `upper` requires 1 parameters but"
            + " the actual number is 0.");
    assertThatThrownBy(() -> Exprs.call("sqrt", List.of(Exprs.literalOf(new byte[] {1}))))
        .hasMessageContaining("argument 1 requires double type");
    assertThat(Exprs.call("Upper", List.of(Exprs.literalOf("a"))).type()).isEqualTo(DataType.STRING);
  }

  @Test
  void aggregates() {
    assertThatThrownBy(() -> Exprs.aggregate("sum", NAME, false))
        .hasMessageContaining("function sum requires numeric types, not boolean");
    assertThat(Exprs.aggregate("sum", AGE, false).type()).isEqualTo(DataType.BIGINT);
    assertThat(Exprs.aggregate("mean", AGE, false).function()).isEqualTo(AggregateCall.Function.AVG);
    assertThat(Exprs.aggregate("sum", Exprs.literalOf("1"), false).type()).isEqualTo(DataType.DOUBLE);
    assertThat(Exprs.aggregate("avg", Exprs.column(0, "d", DataType.decimal(10, 2), true), false).type())
        .isEqualTo(DataType.decimal(14, 6));
    assertThat(Exprs.aggregate("sum", Exprs.column(0, "d", DataType.decimal(10, 2), true), false).type())
        .isEqualTo(DataType.decimal(20, 2));
    assertThat(Exprs.aggregate("count", null, false).function()).isEqualTo(AggregateCall.Function.COUNT_STAR);
    assertThat(Exprs.isAggregateFunction("MAX")).isTrue();
    assertThatThrownBy(() -> Exprs.aggregate("median", AGE, false)).hasMessageStartingWith("[UNRESOLVED_ROUTINE] Cannot resolve routine `median`");
  }

  @Test
  void caseWithoutCommonType() {
    assertThatThrownBy(() -> Exprs.caseWhen(List.of(NAME), List.of(AGE), Exprs.literalOf(new byte[0])))
        .hasMessageContaining("THEN and ELSE expressions should all be same type or coercible to a common type");
  }

  @Test
  void commonTypes() {
    assertThat(Exprs.commonType(DataType.INT, DataType.BIGINT)).isEqualTo(DataType.BIGINT);
    assertThat(Exprs.commonType(DataType.INT, DataType.decimal(5, 2))).isEqualTo(DataType.decimal(12, 2));
    assertThat(Exprs.commonType(DataType.DOUBLE, DataType.decimal(5, 2))).isEqualTo(DataType.DOUBLE);
    assertThat(Exprs.commonType(DataType.DATE, DataType.TIMESTAMP)).isEqualTo(DataType.TIMESTAMP);
    assertThat(Exprs.commonType(DataType.STRING, DataType.INT)).isEqualTo(DataType.STRING);
    assertThat(Exprs.commonType(DataType.NULL, DataType.DATE)).isEqualTo(DataType.DATE);
    assertThat(Exprs.commonType(DataType.BOOLEAN, DataType.INT)).isNull();
  }
}
