package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, in-process: the example ends with the article's final table. */
class SeedAgeCountsTest {

  @Test
  void generatorHasTheArticlesShape() {
    Map<String, Integer> perAge = new HashMap<>();
    SeedDataGenerator.rows().forEach(r -> perAge.merge(r.getString(3), 1, Integer::sum));
    assertThat(SeedDataGenerator.rows()).hasSize(27_820);
    assertThat(perAge)
        .containsEntry("5-14 years", 4610)
        .containsEntry("15-24 years", 4642)
        .containsEntry("25-34 years", 4642)
        .containsEntry("35-54 years", 4642)
        .containsEntry("55-74 years", 4642)
        .containsEntry("75+ years", 4642)
        .hasSize(6);
  }

  @Test
  @Timeout(120)
  void endsWithTheArticlesFinalTable(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      SeedAgeCounts.run(dir.resolve("stream"), 10, true);
    } finally {
      System.setOut(original);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    String[] tables = printed.split("\\+-----------\\+-----\\+\n\\|        age\\|count\\|\n");
    String last = tables[tables.length - 1];
    Map<String, Integer> counts = new HashMap<>();
    Matcher row = Pattern.compile("\\|\\s*([^|]+?)\\|\\s*(\\d+)\\|").matcher(last);
    while (row.find()) {
      counts.put(row.group(1), Integer.parseInt(row.group(2)));
    }
    assertThat(counts)
        .containsEntry("75+ years", 4642)
        .containsEntry("5-14 years", 4610)
        .containsEntry("15-24 years", 4642)
        .containsEntry("25-34 years", 4642)
        .containsEntry("35-54 years", 4642)
        .containsEntry("55-74 years", 4642)
        .hasSize(6);
    assertThat(printed).contains("Every file processed: 27820 rows.");
  }
}
