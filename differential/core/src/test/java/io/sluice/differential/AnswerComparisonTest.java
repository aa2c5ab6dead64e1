package io.sluice.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.differential.cases.Answer;
import io.sluice.differential.cases.AnswerComparison;
import io.sluice.differential.cases.CanonicalValue;
import io.sluice.differential.cases.NamedExpr;
import io.sluice.differential.cases.QuerySpec;
import io.sluice.differential.cases.SortKey;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerComparisonTest {

  private static final QuerySpec SELECT =
      new QuerySpec("t0", List.of("a0"), null, null, List.of(new NamedExpr("a0", "c0")), null, null, false, null, null);
  private static final QuerySpec AGGREGATE =
      new QuerySpec("t0", List.of("a0"), null, null, null, List.of(), List.of(new NamedExpr("sum(a0)", "g0")), false, null, null);

  private static Answer rows(String... values) {
    return new Answer(List.of("c0"), List.of("double"), java.util.Arrays.stream(values).map(List::of).toList(), null, null);
  }

  @Test
  void rowsAreAMultisetUnlessEveryOutputColumnIsOrdered() {
    assertThat(AnswerComparison.compare(SELECT, rows("1.0", "2.0"), rows("2.0", "1.0"))).isNull();
    QuerySpec ordered = SELECT.withOrder(List.of(new SortKey("c0", false, true)), null);
    assertThat(ordered.totallyOrdered()).isTrue();
    assertThat(AnswerComparison.compare(ordered, rows("1.0", "2.0"), rows("2.0", "1.0")).kind()).isEqualTo("values");
    assertThat(AnswerComparison.compare(SELECT, rows("1.0", "1.0"), rows("1.0")).kind()).isEqualTo("row-count");
  }

  @Test
  void nanAndNegativeZeroAreDistinctAndOnlyAggregatesGetATolerance() {
    assertThat(AnswerComparison.compare(SELECT, rows("-0.0"), rows("0.0")).kind()).isEqualTo("values");
    assertThat(AnswerComparison.compare(SELECT, rows("NaN"), rows("NaN"))).isNull();
    assertThat(AnswerComparison.compare(SELECT, rows("0.30000000000000004"), rows("0.3")).kind()).isEqualTo("values");
    assertThat(AnswerComparison.compare(AGGREGATE, rows("0.30000000000000004"), rows("0.3"))).isNull();
    assertThat(AnswerComparison.compare(AGGREGATE, rows("0.31"), rows("0.3")).kind()).isEqualTo("values");
  }

  @Test
  void errorsAgreeByKindOnly() {
    assertThat(AnswerComparison.compare(SELECT, Answer.failed("cast", "a"), Answer.failed("cast", "b"))).isNull();
    assertThat(AnswerComparison.compare(SELECT, Answer.failed("cast", "a"), Answer.failed("arithmetic", "b")).kind())
        .isEqualTo("error-kind");
    assertThat(AnswerComparison.compare(SELECT, Answer.failed("cast", "a"), rows("1.0")).kind()).isEqualTo("spark-error");
    assertThat(AnswerComparison.compare(SELECT, rows("1.0"), Answer.failed("runtime", "x")).kind()).isEqualTo("sluice-error");
  }

  @Test
  void typesAreComparedBeforeValues() {
    Answer ints = new Answer(List.of("c0"), List.of("int"), List.of(List.of("1")), null, null);
    Answer longs = new Answer(List.of("c0"), List.of("bigint"), List.of(List.of("1")), null, null);
    assertThat(AnswerComparison.compare(SELECT, ints, longs).kind()).isEqualTo("types");
  }

  @Test
  void bothEnginesJavaTypesRenderAlike() {
    Instant instant = Instant.parse("2020-01-31T10:15:30.123456Z");
    assertThat(CanonicalValue.render(Timestamp.from(instant))).isEqualTo(CanonicalValue.render(instant));
    assertThat(CanonicalValue.render(java.sql.Date.valueOf(LocalDate.of(2020, 1, 31))))
        .isEqualTo(CanonicalValue.render(LocalDate.of(2020, 1, 31)));
    assertThat(CanonicalValue.render(new BigDecimal("1.50"))).isEqualTo("1.50");
    assertThat(CanonicalValue.render("NULL")).isNotEqualTo(CanonicalValue.render(null));
    assertThat(CanonicalValue.render(-0.0)).isEqualTo("-0.0");
  }
}
