package io.sluice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How joins are planned and run: a WHERE equality over a comma (or cross/inner) join becomes the
 * join's hash key, also through a chain of comma joins; join keys and conditions run under the
 * session's ANSI setting; a stopped (interrupted) join ends. Expected rows follow Spark 4.2.0's
 * semantics (a filter over an inner join is the join on the extra conjuncts, Spark's
 * PushPredicateThroughJoin); the ANSI answers are Spark's, as in the golden file
 * {@code sql-tests/results/nonansi/cast.sql.out} ({@code SELECT CAST('abc' AS INT)} is NULL with
 * ANSI off) and {@code sql-tests/results/cast.sql.out} (the same statement fails with
 * {@code CAST_INVALID_INPUT} with ANSI on). Stopping the session closes the root allocator, which
 * fails on a leaked buffer.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JoinPlanningTest {
  private Session spark;

  @BeforeEach
  void setUp() {
    spark = Session.builder().master("local[2]").getOrCreate();
    spark
        .createDataFrame(List.of(Row.of(1, "a"), Row.of(2, "b"), Row.of(3, "c")), "x INT, s STRING")
        .createOrReplaceTempView("a");
    spark
        .createDataFrame(List.of(Row.of(1, 10), Row.of(2, 20), Row.of(4, 40)), "y INT, z INT")
        .createOrReplaceTempView("b");
    spark
        .createDataFrame(List.of(Row.of(10, "ten"), Row.of(40, "forty")), "w INT, t STRING")
        .createOrReplaceTempView("c");
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  private List<String> sql(String query) {
    List<String> out = new ArrayList<>();
    for (Row row : spark.sql(query).collectAsList()) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        s.append(i == 0 ? "" : "\t").append(row.isNullAt(i) ? "NULL" : String.valueOf(row.get(i)));
      }
      out.add(s.toString());
    }
    return out;
  }

  private String plan(String query) {
    return spark.sql(query).explainString(false);
  }

  @Test
  void commaJoinWithWhereEqualityIsAHashJoin() {
    String q = "SELECT x, s, z FROM a, b WHERE a.x = b.y AND z > 10 ORDER BY x";
    assertThat(sql(q)).containsExactly("2\tb\t20");
    assertThat(plan(q)).contains("HashJoin INNER keys=[x").doesNotContain("HashJoin CROSS");
    assertThat(sql("SELECT x, z FROM a CROSS JOIN b WHERE b.y = a.x ORDER BY x"))
        .containsExactly("1\t10", "2\t20");
    assertThat(plan("SELECT x, z FROM a CROSS JOIN b WHERE b.y = a.x")).contains("keys=[x");
    assertThat(sql("SELECT x, z FROM a JOIN b ON x = y WHERE s <> 'a'")).containsExactly("2\t20");
  }

  @Test
  void chainOfCommaJoinsHashesEveryJoin() {
    String q = "SELECT s, t FROM a, b, c WHERE a.x = b.y AND b.z = c.w ORDER BY s";
    assertThat(sql(q)).containsExactly("a\tten");
    String plan = plan(q);
    assertThat(plan).doesNotContain("keys=[] = []").doesNotContain("CROSS");
    assertThat(plan.split("HashJoin INNER keys=\\[", -1)).hasSize(3);
  }

  @Test
  void commaJoinWithoutEqualityStaysACartesianProduct() {
    assertThat(sql("SELECT count(*) FROM a, b")).containsExactly("9");
    assertThat(sql("SELECT count(*) FROM a, b WHERE x < y")).containsExactly("4");
    // A WHERE that is not an equality between the sides stays a residual, evaluated per pair.
    assertThat(sql("SELECT count(*) FROM a, b WHERE x + y = 3")).containsExactly("2");
  }

  @Test
  void outerJoinsKeepTheirWhereAsAFilter() {
    // A WHERE over an outer join filters the padded rows (Spark: the NULL-padded c row fails b.z > 0).
    assertThat(sql("SELECT x, z FROM a LEFT JOIN b ON x = y WHERE z IS NULL ORDER BY x"))
        .containsExactly("3\tNULL");
  }

  @Test
  void joinConditionsFollowTheSessionAnsiSetting() {
    String q = "SELECT x, y FROM a JOIN b ON x = y AND CAST(s AS INT) IS NULL ORDER BY x";
    assertThatThrownBy(() -> sql(q)).hasMessageContaining("CAST_INVALID_INPUT");
    spark.conf().set("spark.sql.ansi.enabled", "false");
    assertThat(sql(q)).containsExactly("1\t1", "2\t2");
    // Keys too: with ANSI off a key that cannot be cast is NULL and matches nothing.
    assertThat(sql("SELECT x FROM a JOIN b ON CAST(s AS INT) = y")).isEmpty();
  }

  @Test
  void interruptedJoinStops() {
    List<Row> many = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      many.add(Row.of(i));
    }
    spark.createDataFrame(many, "n INT").createOrReplaceTempView("big");
    Dataset<Row> cartesian = spark.sql("SELECT count(*) FROM big b1, big b2 WHERE b1.n + b2.n < 0");
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(cartesian::collectAsList)
          .satisfies(
              e -> {
                Throwable c = e;
                while (c != null && !(c instanceof CancellationException)) {
                  c = c.getCause();
                }
                assertThat(c).isNotNull();
                assertThat(c.getCause()).isInstanceOf(InterruptedException.class);
              });
    } finally {
      Thread.interrupted();
    }
  }
}
