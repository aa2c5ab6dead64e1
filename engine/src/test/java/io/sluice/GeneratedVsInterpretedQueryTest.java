package io.sluice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole queries on random data give the same rows with generated kernels and with the reference
 * interpreter ({@code sluice.sql.codegen.interpreted}). The seed is printed on failure.
 */
class GeneratedVsInterpretedQueryTest {
  private static final String[] QUERIES = {
    "SELECT k, count(*), sum(v), avg(d), min(s), max(v), count(DISTINCT s) FROM t GROUP BY k",
    "SELECT s, count(v) AS n, sum(d) FROM t WHERE v > 10 OR d IS NULL GROUP BY s HAVING count(*) > 1",
    "SELECT k * 2 + v, upper(s), CASE WHEN d > 0.5 THEN 'hi' ELSE 'lo' END, CAST(v AS DOUBLE) / 3 FROM t",
    "SELECT k, s FROM t WHERE s LIKE 'a%' AND k % 3 = 1",
    "SELECT count(*), sum(k), min(d), max(s) FROM t",
    "SELECT DISTINCT k % 5, s FROM t",
    "SELECT coalesce(v, -1), length(s), abs(k - 50) FROM t WHERE v BETWEEN 5 AND 60",
  };

  private Session spark;

  @BeforeEach
  void setUp() {
    spark = Session.builder().master("local[2]").getOrCreate();
  }

  @AfterEach
  void tearDown() {
    spark.stop();
  }

  @Test
  void everyQueryAgreesOnRandomData() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<Row> rows = new ArrayList<>();
    String[] words = {"apple", "avocado", "banana", "cherry", "", "a", "ß-ünï"};
    for (int i = 0; i < 3000; i++) {
      rows.add(
          Row.of(
              random.nextInt(100),
              random.nextInt(10) == 0 ? null : random.nextInt(80),
              random.nextInt(8) == 0 ? null : random.nextDouble(),
              random.nextInt(12) == 0 ? null : words[random.nextInt(words.length)]));
    }
    spark.createDataFrame(rows, "k INT, v INT, d DOUBLE, s STRING").createOrReplaceTempView("t");
    for (String query : QUERIES) {
      spark.conf().set(RuntimeConfig.CODEGEN_INTERPRETED, "false");
      List<String> generated = sorted(spark.sql(query).collectAsList());
      spark.conf().set(RuntimeConfig.CODEGEN_INTERPRETED, "true");
      List<String> interpreted = sorted(spark.sql(query).collectAsList());
      assertThat(generated).as("seed %d, query %s", seed, query).isEqualTo(interpreted);
      assertThat(generated).as(query).isNotEmpty();
    }
  }

  private static List<String> sorted(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(r.toString());
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }
}
