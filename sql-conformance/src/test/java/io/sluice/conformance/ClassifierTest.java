package io.sluice.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ClassifierTest {
  private static final GoldenResult ROWS = new GoldenResult("SELECT a FROM t", "struct<a:int>", "1\n2", null, null);
  private static final GoldenResult ORDERED = new GoldenResult("SELECT a FROM t ORDER BY a DESC", "struct<a:int>", "2\n1", null, null);
  private static final GoldenResult DIVIDE_BY_ZERO =
      new GoldenResult("SELECT 1/0", "struct<>", "x", "org.apache.spark.SparkArithmeticException", "DIVIDE_BY_ZERO");
  private static final GoldenResult PLAIN_ERROR = new GoldenResult("SELECT f()", "struct<>", "x", "java.lang.RuntimeException", null);

  /** An exception that names its error class as Spark's SparkThrowable does. */
  static final class ConditionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String condition;

    ConditionException(String condition) {
      super("failed");
      this.condition = condition;
    }

    public String getCondition() {
      return condition;
    }
  }

  @Test
  void unorderedRowsCompareAsAMultiset() {
    assertThat(Classifier.classify(ROWS, SluiceResult.rows(List.of("2", "1")))).isEqualTo(Outcome.PASS);
    assertThat(Classifier.classify(ROWS, SluiceResult.rows(List.of("1", "1")))).isEqualTo(Outcome.WRONG);
    assertThat(Classifier.classify(ROWS, SluiceResult.rows(List.of("1", "2", "2")))).isEqualTo(Outcome.WRONG);
  }

  @Test
  void orderedRowsCompareInOrder() {
    assertThat(Classifier.classify(ORDERED, SluiceResult.rows(List.of("2", "1")))).isEqualTo(Outcome.PASS);
    assertThat(Classifier.classify(ORDERED, SluiceResult.rows(List.of("1", "2")))).isEqualTo(Outcome.WRONG);
  }

  @Test
  void refusalsAndErrors() {
    assertThat(Classifier.classify(ROWS, SluiceResult.error(new IllegalStateException("no")))).isEqualTo(Outcome.UNSUPPORTED);
    assertThat(Classifier.classify(ROWS, SluiceResult.timeout())).isEqualTo(Outcome.UNSUPPORTED);
    assertThat(Classifier.classify(DIVIDE_BY_ZERO, SluiceResult.rows(List.of("NULL")))).isEqualTo(Outcome.MISSING_ERROR);
    assertThat(Classifier.classify(DIVIDE_BY_ZERO, SluiceResult.error(new ArithmeticException("/ by zero"))))
        .isEqualTo(Outcome.ERROR_MISMATCH);
    assertThat(Classifier.classify(DIVIDE_BY_ZERO, SluiceResult.error(new ConditionException("DIVIDE_BY_ZERO")))).isEqualTo(Outcome.PASS);
    assertThat(Classifier.classify(DIVIDE_BY_ZERO, SluiceResult.error(new RuntimeException("[DIVIDE_BY_ZERO] Division by zero."))))
        .isEqualTo(Outcome.PASS);
    assertThat(Classifier.classify(PLAIN_ERROR, SluiceResult.error(new IllegalStateException("any")))).isEqualTo(Outcome.PASS);
  }

  @Test
  void onlyTheOutermostOrderByOrders() {
    assertThat(QueryOrder.isOrdered("SELECT * FROM t ORDER BY a LIMIT 3")).isTrue();
    assertThat(QueryOrder.isOrdered("select a from (select a from t order by a) s")).isFalse();
    assertThat(QueryOrder.isOrdered("SELECT rank() OVER (ORDER BY a) FROM t")).isFalse();
    assertThat(QueryOrder.isOrdered("SELECT 'order by' FROM t -- order by\n")).isFalse();
    assertThat(QueryOrder.isOrdered("SELECT a FROM t SORT BY a")).isFalse();
  }
}
