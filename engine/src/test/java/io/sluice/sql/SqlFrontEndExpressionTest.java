package io.sluice.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.columnar.types.DataType;
import io.sluice.plan.expr.Alias;
import io.sluice.plan.expr.BinaryOperator;
import io.sluice.plan.expr.CaseExpr;
import io.sluice.plan.expr.CastTo;
import io.sluice.plan.expr.ColumnName;
import io.sluice.plan.expr.FunctionCall;
import io.sluice.plan.expr.InList;
import io.sluice.plan.expr.LiteralValue;
import io.sluice.plan.expr.Star;
import io.sluice.plan.expr.UnaryOperator;
import io.sluice.plan.expr.UnresolvedExpr;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SqlFrontEndExpressionTest {

  private static UnresolvedExpr expr(String text) {
    return SqlFrontEnd.parseExpression(text);
  }

  private static String sql(String text) {
    return expr(text).sql();
  }

  private static LiteralValue literal(String text) {
    return (LiteralValue) expr(text);
  }

  @Test
  void booleanLogicAndNullTests() {
    UnresolvedExpr e = expr("age > 10 AND name IS NOT NULL");
    assertThat(e).isInstanceOf(BinaryOperator.class);
    assertThat(((BinaryOperator) e).op()).isEqualTo(BinaryOperator.Op.AND);
    assertThat(e.sql()).isEqualTo("((age > 10) AND (name IS NOT NULL))");
    assertThat(sql("NOT a OR b IS NULL")).isEqualTo("((NOT a) OR (b IS NULL))");
    assertThat(sql("a = 1 AND b = 2 AND c = 3")).isEqualTo("(((a = 1) AND (b = 2)) AND (c = 3))");
  }

  @Test
  void comparisons() {
    assertThat(sql("a < 1 OR a <= 2 OR a >= 3 OR a > 4"))
        .isEqualTo("((((a < 1) OR (a <= 2)) OR (a >= 3)) OR (a > 4))");
    assertThat(((BinaryOperator) expr("a != b")).op()).isEqualTo(BinaryOperator.Op.NE);
    assertThat(((BinaryOperator) expr("a <> b")).op()).isEqualTo(BinaryOperator.Op.NE);
    assertThat(((BinaryOperator) expr("a <=> b")).op()).isEqualTo(BinaryOperator.Op.NULL_SAFE_EQ);
    assertThat(sql("a IS DISTINCT FROM b")).isEqualTo("(NOT (a <=> b))");
  }

  @Test
  void arithmetic() {
    assertThat(sql("a + b * c - d / e % f")).isEqualTo("((a + (b * c)) - ((d / e) % f))");
    UnaryOperator neg = (UnaryOperator) expr("-x");
    assertThat(neg.op()).isEqualTo(UnaryOperator.Op.NEGATE);
    assertThat(neg.sql()).isEqualTo("(- x)");
    assertThat(sql("+x")).isEqualTo("(+ x)"); // Spark's UnaryPositive.sql
    assertThat(sql("mod(a, 2)")).isEqualTo("mod(a, 2)");
  }

  @Test
  void integerLiterals() {
    assertThat(literal("42").value()).isEqualTo(42);
    assertThat(literal("-7").value()).isEqualTo(-7);
    assertThat(literal("-2147483648").value()).isEqualTo(Integer.MIN_VALUE);
    assertThat(literal("3000000000").value()).isEqualTo(3_000_000_000L);
    assertThat(literal("3000000000").sql()).isEqualTo("3000000000L");
    LiteralValue huge = literal("99999999999999999999");
    assertThat(huge.value()).isEqualTo(new BigDecimal("99999999999999999999"));
    assertThat(huge.type()).isEqualTo(DataType.decimal(20, 0));
  }

  @Test
  void decimalAndDoubleLiteralsAsSpark() {
    LiteralValue d = literal("1.5");
    assertThat(d.value()).isEqualTo(new BigDecimal("1.5"));
    assertThat(d.type()).isEqualTo(DataType.decimal(2, 1));
    assertThat(d.sql()).isEqualTo("1.5");
    assertThat(literal("0.05").type()).isEqualTo(DataType.decimal(2, 2));
    assertThat(literal("-12.340").type()).isEqualTo(DataType.decimal(5, 3));
    assertThat(literal("1.5e3").value()).isEqualTo(1500.0);
    assertThat(literal("1.5e3").type()).isNull();
  }

  @Test
  void sparkNumericSuffixes() {
    assertThat(literal("10L").value()).isEqualTo(10L);
    assertThat(literal("10l").value()).isEqualTo(10L);
    assertThat(literal("-3L").value()).isEqualTo(-3L);
    assertThat(literal("2S").value()).isEqualTo((short) 2);
    assertThat(literal("2Y").value()).isEqualTo((byte) 2);
    assertThat(literal("1.5D").value()).isEqualTo(1.5);
    assertThat(literal("1.5F").value()).isEqualTo(1.5f);
    assertThat(literal("1.50BD").type()).isEqualTo(DataType.decimal(3, 2));
    assertThat(sql("x + 1L")).isEqualTo("(x + 1L)");
  }

  @Test
  void stringBooleanAndNullLiterals() {
    assertThat(literal("'hello'").value()).isEqualTo("hello");
    assertThat(literal("\"double\"").value()).isEqualTo("double");
    assertThat(literal("'it\\'s'").value()).isEqualTo("it's");
    assertThat(literal("TRUE").value()).isEqualTo(true);
    assertThat(literal("false").value()).isEqualTo(false);
    assertThat(literal("NULL").value()).isNull();
    assertThat(literal("'hello'").sql()).isEqualTo("hello");
  }

  @Test
  void dateAndTimestampLiterals() {
    LiteralValue date = literal("DATE '2020-01-01'");
    assertThat(date.type()).isEqualTo(DataType.DATE);
    assertThat(date.value()).isEqualTo((int) LocalDate.of(2020, 1, 1).toEpochDay());
    assertThat(date.sql()).isEqualTo("DATE '2020-01-01'");
    LiteralValue ts = literal("TIMESTAMP '2020-01-01 10:11:12.123456'");
    assertThat(ts.type()).isEqualTo(DataType.TIMESTAMP);
    Instant instant = Instant.parse("2020-01-01T10:11:12.123456Z");
    assertThat(ts.value()).isEqualTo(instant.getEpochSecond() * 1_000_000L + 123_456L);
    assertThat(literal("TIMESTAMP '2020-01-02'").value()).isEqualTo(
        LocalDate.of(2020, 1, 2).toEpochDay() * 86_400_000_000L);
  }

  @Test
  void casts() {
    CastTo cast = (CastTo) expr("CAST(x AS INT)");
    assertThat(cast.type()).isEqualTo(DataType.INT);
    assertThat(cast.child()).isInstanceOf(ColumnName.class);
    assertThat(cast.sql()).isEqualTo("CAST(x AS INT)");
    assertThat(((CastTo) expr("cast(x as integer)")).type()).isEqualTo(DataType.INT);
    assertThat(((CastTo) expr("cast(x as bigint)")).type()).isEqualTo(DataType.BIGINT);
    assertThat(((CastTo) expr("cast(x as long)")).type()).isEqualTo(DataType.BIGINT);
    assertThat(((CastTo) expr("cast(x as string)")).type()).isEqualTo(DataType.STRING);
    assertThat(((CastTo) expr("cast(x as varchar(10))")).type()).isEqualTo(DataType.STRING);
    assertThat(((CastTo) expr("cast(x as double)")).type()).isEqualTo(DataType.DOUBLE);
    assertThat(((CastTo) expr("cast(x as float)")).type()).isEqualTo(DataType.FLOAT);
    assertThat(((CastTo) expr("cast(x as decimal(10,2))")).type()).isEqualTo(DataType.decimal(10, 2));
    assertThat(((CastTo) expr("cast(x as decimal)")).type()).isEqualTo(DataType.DECIMAL_DEFAULT);
    assertThat(((CastTo) expr("cast(x as date)")).type()).isEqualTo(DataType.DATE);
    assertThat(((CastTo) expr("cast(x as timestamp)")).type()).isEqualTo(DataType.TIMESTAMP);
    assertThat(((CastTo) expr("cast(x as boolean)")).type()).isEqualTo(DataType.BOOLEAN);
    assertThat(((CastTo) expr("cast(x as smallint)")).type()).isEqualTo(DataType.SMALLINT);
    assertThat(((CastTo) expr("cast(x as tinyint)")).type()).isEqualTo(DataType.TINYINT);
  }

  @Test
  void caseExpressions() {
    CaseExpr searched = (CaseExpr) expr("CASE WHEN x > 1 THEN 'big' WHEN x > 0 THEN 'small' ELSE 'none' END");
    assertThat(searched.sql())
        .isEqualTo("CASE WHEN (x > 1) THEN big WHEN (x > 0) THEN small ELSE none END");
    CaseExpr simple = (CaseExpr) expr("CASE x WHEN 1 THEN 'one' WHEN 2 THEN 'two' END");
    assertThat(simple.otherwise()).isNull();
    assertThat(simple.sql()).isEqualTo("CASE WHEN (x = 1) THEN one WHEN (x = 2) THEN two END");
    assertThat(((CaseExpr) expr("CASE WHEN a THEN 1 ELSE NULL END")).otherwise())
        .isInstanceOf(LiteralValue.class);
  }

  @Test
  void inBetweenLike() {
    InList in = (InList) expr("x IN (1, 2, 3)");
    assertThat(in.values()).hasSize(3);
    assertThat(sql("x NOT IN ('a')")).isEqualTo("(NOT (x IN (a)))");
    assertThat(sql("x BETWEEN 1 AND 3")).isEqualTo("((x >= 1) AND (x <= 3))");
    assertThat(sql("x NOT BETWEEN 1 AND 3")).isEqualTo("(NOT ((x >= 1) AND (x <= 3)))");
    FunctionCall like = (FunctionCall) expr("name LIKE 'a%'");
    assertThat(like.name()).isEqualTo("like");
    assertThat(like.args()).hasSize(2);
    assertThat(sql("name NOT LIKE 'a%'")).isEqualTo("(NOT like(name, a%))");
  }

  @Test
  void functionCalls() {
    FunctionCall count = (FunctionCall) expr("count(*)");
    assertThat(count.name()).isEqualTo("count");
    assertThat(count.args()).singleElement().isInstanceOf(Star.class);
    assertThat(((Star) count.args().get(0)).qualifier()).isNull();
    assertThat(count.sql()).isEqualTo("count(1)");
    assertThat(sql("upper(name)")).isEqualTo("upper(name)");
    assertThat(sql("UPPER(name)")).isEqualTo("upper(name)");
    assertThat(sql("my_udf(a, 1, 'x')")).isEqualTo("my_udf(a, 1, x)");
    assertThat(sql("coalesce(a, b)")).isEqualTo("coalesce(a, b)");
    assertThat(sql("substring(s, 1, 2)")).isEqualTo("substring(s, 1, 2)");
    assertThat(sql("year(d) + month(d)")).isEqualTo("(year(d) + month(d))");
    assertThat(sql("left(s, 2)")).isEqualTo("left(s, 2)");
    assertThat(sql("a || b")).isEqualTo("concat(a, b)");
    assertThat(sql("trim(s)")).isEqualTo("trim(s)");
    assertThat(sql("trim(LEADING FROM s)")).isEqualTo("ltrim(s)");
    assertThat(sql("extract(YEAR FROM d)")).isEqualTo("year(d)");
    assertThat(sql("current_date")).isEqualTo("current_date()");
    assertThat(((FunctionCall) expr("count(DISTINCT a, b)")).distinct()).isTrue();
  }

  @Test
  void aliasesAndStars() {
    Alias alias = (Alias) expr("age + 1 AS next");
    assertThat(alias.name()).isEqualTo("next");
    assertThat(alias.child().sql()).isEqualTo("(age + 1)");
    assertThat(expr("*")).isInstanceOf(Star.class);
    assertThat(((Star) expr("t.*")).qualifier()).isEqualTo("t");
    assertThat(((ColumnName) expr("`a.b`")).parts()).containsExactly("a.b");
    assertThat(((ColumnName) expr("t.`year`")).parts()).containsExactly("t", "year");
    assertThat(((ColumnName) expr("count")).name()).isEqualTo("count");
  }
}
