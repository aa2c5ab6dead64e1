package io.sluice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inline tables ({@code VALUES}). Expected rows, names and types are Spark 4.2.0's, from the golden
 * file inline-table.sql.out (sql-tests/results in Spark's sql tests jar), except where a comment
 * names Spark's rule.
 */
class SqlInlineTableTest {
  private Session spark;

  @BeforeEach
  void setUp() {
    spark = Session.builder().appName("sql-values").master("local[1]").getOrCreate();
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  @Test
  void valuesAsAQueryAndAsARelationNamesColumnsByPosition() {
    // inline-table.sql.out: select * from values ("one", 1) -> struct<col1:string,col2:int>
    Dataset<Row> one = spark.sql("select * from values (\"one\", 1)");
    assertThat(one.columns()).containsExactly("col1", "col2");
    assertThat(one.collectAsList()).containsExactly(Row.of("one", 1));
    // select * from values ("one", 1) as data(a, b) -> struct<a:string,b:int>
    assertThat(spark.sql("select * from values (\"one\", 1) as data(a, b)").columns()).containsExactly("a", "b");
    // select * from values (1 as a, 2 as b) -> struct<col1:int,col2:int>: a value's alias is ignored
    Dataset<Row> aliased = spark.sql("select * from values (1 as a, 2 as b)");
    assertThat(aliased.columns()).containsExactly("col1", "col2");
    assertThat(aliased.collectAsList()).containsExactly(Row.of(1, 2));
    // select * from values ("one", 1 as one) as data(a, b) -> one 1
    assertThat(spark.sql("select * from values (\"one\", 1 as one) as data(a, b)").collectAsList())
        .containsExactly(Row.of("one", 1));
    // select * from values 1, 2, 3 as data(a) -> struct<a:int>, 1 2 3
    assertThat(spark.sql("select * from values 1, 2, 3 as data(a)").collectAsList())
        .containsExactly(Row.of(1), Row.of(2), Row.of(3));
    assertThat(spark.sql("SELECT a FROM VALUES 1, 2 AS data(a) WHERE a > 1").collectAsList()).containsExactly(Row.of(2));
    assertThat(spark.sql("SELECT CAST(col1 AS STRING) FROM VALUES (CAST(1 AS BIGINT))").collectAsList())
        .containsExactly(Row.of("1"));
    assertThat(spark.sql("VALUES (1, 'a'), (2, 'b')").collectAsList()).containsExactly(Row.of(1, "a"), Row.of(2, "b"));
    assertThat(spark.sql("SELECT b FROM (VALUES (1, 'a'), (2, 'b')) AS t(a, b) WHERE a = 2").collectAsList())
        .containsExactly(Row.of("b"));
  }

  @Test
  void rowsAreWidenedToTheirCommonType() {
    // inline-table.sql.out: ("one", 1), ("two", 2), ("three", null) -> struct<a:string,b:int>
    Dataset<Row> withNull = spark.sql("select * from values (\"one\", 1), (\"two\", 2), (\"three\", null) as data(a, b)");
    assertThat(withNull.dtypes()[1]).containsExactly("b", "IntegerType");
    assertThat(withNull.collectAsList()).containsExactly(Row.of("one", 1), Row.of("two", 2), Row.of("three", null));
    // ("one", 1), ("two", 2L) -> struct<a:string,b:bigint>
    Dataset<Row> longs = spark.sql("select * from values (\"one\", 1), (\"two\", 2L) as data(a, b)");
    assertThat(longs.dtypes()[1]).containsExactly("b", "LongType");
    assertThat(longs.collectAsList()).containsExactly(Row.of("one", 1L), Row.of("two", 2L));
    // ("one", 2.0), ("two", 3.0D) -> struct<a:string,b:double>
    Dataset<Row> doubles = spark.sql("select * from values (\"one\", 2.0), (\"two\", 3.0D) as data(a, b)");
    assertThat(doubles.dtypes()[1]).containsExactly("b", "DoubleType");
    assertThat(doubles.collectAsList()).containsExactly(Row.of("one", 2.0), Row.of("two", 3.0));
    // Spark's widening of INT and DECIMAL(2,1) is DECIMAL(11,1) (DecimalPrecision.widerDecimalType).
    Dataset<Row> decimals = spark.sql("VALUES (1), (2.5)");
    assertThat(decimals.dtypes()[0]).containsExactly("col1", "DecimalType(11,1)");
    assertThat(decimals.collectAsList()).containsExactly(Row.of(new BigDecimal("1.0")), Row.of(new BigDecimal("2.5")));
  }

  @Test
  void malformedInlineTablesFailAsSparkDoes() {
    // inline-table.sql.out: select * from values ("one", 2.0), ("two") as data(a, b)
    assertThatThrownBy(() -> spark.sql("select * from values (\"one\", 2.0), (\"two\") as data(a, b)"))
        .isInstanceOf(AnalysisException.class)
        .satisfies(e -> assertThat(((AnalysisException) e).getCondition())
            .isEqualTo("INVALID_INLINE_TABLE.NUM_COLUMNS_MISMATCH"));
    // select * from values ("one", count(1)), ("two", 2) as data(a, b)
    assertThatThrownBy(() -> spark.sql("select * from values (\"one\", count(1)), (\"two\", 2) as data(a, b)"))
        .satisfies(e -> assertThat(((AnalysisException) e).getCondition())
            .isEqualTo("INVALID_INLINE_TABLE.CANNOT_EVALUATE_EXPRESSION_IN_INLINE_TABLE"));
  }
}
