package io.sluice.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.Row;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected strings are the ones Spark 4.2.0's golden files hold for the same values. */
final class HiveTextTest {
  private final HiveText text = new HiveText(ZoneId.of("America/Los_Angeles"), null);

  @Test
  void scalarsAsHiveResultPrintsThem() {
    Row row = Row.of(1, null, "a b", new BigDecimal("1.50"), 1.0E10, 0.1f, true, 7L);
    assertThat(text.row(row)).isEqualTo("1\tNULL\ta b\t1.50\t1.0E10\t0.1\ttrue\t7");
  }

  @Test
  void datesAndTimestampsInTheSessionZoneWithoutTrailingZeros() {
    // timestamp.sql.out: make_timestamp(2021, 07, 11, 6, 30, 45.678) prints as 2021-07-11 06:30:45.678
    assertThat(text.value(Timestamp.from(Instant.parse("2021-07-11T13:30:45.678Z")), false)).isEqualTo("2021-07-11 06:30:45.678");
    assertThat(text.value(Timestamp.from(Instant.parse("2019-01-01T00:00:00Z")), false)).isEqualTo("2018-12-31 16:00:00");
    assertThat(text.value(Timestamp.from(Instant.parse("2019-01-01T00:00:00.120Z")), false)).isEqualTo("2018-12-31 16:00:00.12");
    assertThat(text.value(Date.valueOf(LocalDate.of(2020, 2, 29)), false)).isEqualTo("2020-02-29");
  }

  @Test
  void nestedValuesQuoteStringsAndSortMaps() {
    assertThat(text.value(List.of(1, 2), false)).isEqualTo("[1,2]");
    assertThat(text.value(java.util.Arrays.asList("a", null), false)).isEqualTo("[\"a\",null]");
    assertThat(text.value(Map.of(2, "b", 1, "a"), false)).isEqualTo("{1:\"a\",2:\"b\"}");
  }

  @Test
  void binaryFollowsTheOutputStyle() {
    byte[] spark = "Spark".getBytes(StandardCharsets.UTF_8);
    assertThat(text.value(spark, false)).isEqualTo("Spark");
    assertThat(new HiveText(ZoneId.of("UTC"), "HEX").value(spark, false)).isEqualTo("537061726B");
    assertThat(new HiveText(ZoneId.of("UTC"), "BASE64").value(spark, false)).isEqualTo("U3Bhcms");
  }
}
