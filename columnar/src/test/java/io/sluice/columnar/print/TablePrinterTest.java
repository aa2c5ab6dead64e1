package io.sluice.columnar.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.types.Ddl;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class TablePrinterTest {

  @Test
  void printsTheSeedTableAsSparkDoes() {
    // The seed's table (an excerpt: its age column is 11 wide because of "15-24 years").
    Schema schema = Ddl.parseSchema("age STRING, count BIGINT");
    List<Object[]> rows =
        List.of(
            new Object[] {"75+ years", 4642L},
            new Object[] {"5-14 years", 4610L},
            new Object[] {"15-24 years", 4642L});
    assertThat(TablePrinter.show(schema, rows, ZoneOffset.UTC))
        .isEqualTo(
            "+-----------+-----+\n"
                + "|        age|count|\n"
                + "+-----------+-----+\n"
                + "|  75+ years| 4642|\n"
                + "| 5-14 years| 4610|\n"
                + "|15-24 years| 4642|\n"
                + "+-----------+-----+\n");
    assertThat(TablePrinter.show(schema, rows.subList(0, 2), ZoneOffset.UTC))
        .isEqualTo(
            "+----------+-----+\n"
                + "|       age|count|\n"
                + "+----------+-----+\n"
                + "| 75+ years| 4642|\n"
                + "|5-14 years| 4610|\n"
                + "+----------+-----+\n");
  }

  @Test
  void printsFromABatch() {
    Schema schema = Ddl.parseSchema("age STRING, count BIGINT");
    try (RootAllocator allocator = new RootAllocator();
        BatchBuilder builder = new BatchBuilder(schema, allocator)) {
      builder.appendRow("75+ years", 4642L);
      try (Batch batch = builder.build()) {
        assertThat(TablePrinter.show(schema, TablePrinter.rowsOf(batch, 21), ZoneOffset.UTC))
            .contains("|75+ years| 4642|\n");
      }
    }
  }

  @Test
  void truncatesLongCellsAndShowsTheFooter() {
    Schema schema = Ddl.parseSchema("s STRING");
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"abcdefghijklmnopqrstuvwxyz"});
    for (int i = 0; i < 21; i++) {
      rows.add(new Object[] {null});
    }
    String table = TablePrinter.show(schema, rows, ZoneOffset.UTC);
    assertThat(table).startsWith("+--------------------+\n|                   s|\n");
    assertThat(table).contains("|abcdefghijklmnopq...|\n").contains("|                NULL|\n");
    // Spark 4.2's showString ends the footer without a newline (recorded from a run of 4.2.0).
    assertThat(table).endsWith("+--------------------+\nonly showing top 20 rows");
    assertThat(table.split("\n")).hasSize(20 + 5);
  }

  @Test
  void truncateFalseLeftAlignsAndIntTruncateCuts() {
    Schema schema = Ddl.parseSchema("s STRING, n INT");
    List<Object[]> rows = List.of(new Object[] {"abcdefghijklmnopqrstuvwxyz", 1}, new Object[] {"b", 22});
    assertThat(TablePrinter.show(schema, rows, ZoneOffset.UTC, 1, false))
        .isEqualTo(
            "+--------------------------+---+\n"
                + "|s                         |n  |\n"
                + "+--------------------------+---+\n"
                + "|abcdefghijklmnopqrstuvwxyz|1  |\n"
                + "+--------------------------+---+\n"
                + "only showing top 1 row");
    assertThat(TablePrinter.show(schema, rows, ZoneOffset.UTC, 5, 5, false))
        .isEqualTo(
            "+-----+---+\n"
                + "|    s|  n|\n"
                + "+-----+---+\n"
                + "|ab...|  1|\n"
                + "|    b| 22|\n"
                + "+-----+---+\n");
    assertThat(TablePrinter.show(schema, rows, ZoneOffset.UTC, 5, 2, false)).contains("| ab|  1|\n");
  }

  @Test
  void formatsEveryTypeAsSparkCastsToString() {
    Schema schema =
        Ddl.parseSchema(
            "b BOOLEAN, d DOUBLE, f FLOAT, de DECIMAL(10,2), dt DATE, ts TIMESTAMP, bin BINARY, t2 TIMESTAMP");
    Object[] row = {
      true, 1.0E10, 0.1f, new BigDecimal("12.50"), 19_723, 1_704_164_645_120_000L,
      new byte[] {1, (byte) 0xAB}, 0L
    };
    String table =
        TablePrinter.show(schema, List.<Object[]>of(row), ZoneId.of("Europe/Paris"), 20, 0, false);
    assertThat(table)
        .contains(
            "|true|1.0E10|0.1|12.50|2024-01-01|2024-01-02 04:04:05.12|[01 AB]|1970-01-01 01:00:00|");
  }

  @Test
  void escapesMetaCharactersAndCountsFullWidthCharactersTwice() {
    Schema schema = Ddl.parseSchema("s STRING");
    String table =
        TablePrinter.show(schema, List.<Object[]>of(new Object[] {"a\tb"}, new Object[] {"日本"}), ZoneOffset.UTC);
    assertThat(table).isEqualTo("+----+\n|   s|\n+----+\n|a\\tb|\n|日本|\n+----+\n");
  }

  @Test
  void emptyResultPrintsHeaderOnly() {
    assertThat(TablePrinter.show(Ddl.parseSchema("a INT"), List.of(), ZoneOffset.UTC))
        .isEqualTo("+---+\n|  a|\n+---+\n+---+\n");
  }
}
