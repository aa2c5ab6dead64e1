package io.sluice.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.differential.cases.DiffCase;
import io.sluice.differential.cases.SqlText;
import io.sluice.differential.cases.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseGeneratorTest {

  private static List<DiffCase> cases(long seed, Set<String> avoid) {
    CaseGenerator g = new CaseGenerator(new Random(seed), avoid, "UTC");
    List<DiffCase> out = new ArrayList<>();
    for (int d = 0; d < 20; d++) {
      List<TableSpec> tables = g.tables();
      for (int q = 0; q < 10; q++) {
        out.add(g.next("c" + out.size(), tables));
      }
    }
    return out;
  }

  @Test
  void theSameSeedGivesTheSameCases() {
    assertThat(cases(42, Set.of())).isEqualTo(cases(42, Set.of()));
    assertThat(cases(42, Set.of())).isNotEqualTo(cases(43, Set.of()));
  }

  @Test
  void everyFormatModeAndApiIsGeneratedAndStreamsHaveNoJoinOrderOrLimit() {
    List<DiffCase> all = cases(7, Set.of());
    assertThat(all).extracting(DiffCase::format).contains("parquet", "orc", "csv", "json");
    assertThat(all).extracting(DiffCase::mode).contains("batch", "stream");
    assertThat(all).extracting(DiffCase::api).contains("sql", "dataframe");
    for (DiffCase c : all) {
      if (c.streaming()) {
        assertThat(c.query().join()).isNull();
        assertThat(c.query().orderBy()).isNull();
        assertThat(c.query().limit()).isNull();
      }
      if (c.query().limit() != null) {
        assertThat(c.query().totallyOrdered()).as(SqlText.of(c.query())).isTrue();
      }
    }
  }

  @Test
  void avoidingCsvPruningReadsEveryCsvColumnInOrder() {
    for (DiffCase c : cases(11, Set.of("csv-pruning"))) {
      if (c.format().equals("csv")) {
        List<String> all = c.table("t0").columns().stream().map(col -> col.name()).toList();
        assertThat(c.query().read()).isEqualTo(all);
      }
    }
  }
}
