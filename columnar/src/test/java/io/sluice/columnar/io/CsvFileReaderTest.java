package io.sluice.columnar.io;

import static io.sluice.columnar.io.FileReadSupport.readRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.columnar.types.Ddl;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CsvFileReaderTest {

  @TempDir Path dir;
  private BufferAllocator allocator;
  private final CsvFileReader reader = CsvFileReader.INSTANCE;

  @BeforeEach
  void open() {
    allocator = new RootAllocator();
  }

  @AfterEach
  void close() {
    allocator.close(); // fails the test on a leaked buffer
  }

  private Path csv(String text) throws IOException {
    Path file = dir.resolve("data-" + System.nanoTime() + ".csv");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void withoutHeaderColumnsAreStringsNamedByPosition() throws IOException {
    Path file = csv("a,1\nb,2\n");
    Schema schema = reader.inferSchema(List.of(file), ReadOptions.empty());
    assertThat(Ddl.toDdl(schema)).isEqualTo("_c0 STRING, _c1 STRING");
    assertThat(readRows(reader, file, schema, ReadOptions.empty(), allocator))
        .containsExactly(new Object[] {"a", "1"}, new Object[] {"b", "2"});
  }

  @Test
  void infersTypesInSparksOrder() throws IOException {
    Path file =
        csv(
            "i,l,d,b,t,s,n,mixed\n"
                + "1,3000000000,1.5,true,2024-01-02 03:04:05,x,,1\n"
                + "2,4,2,FALSE,2024-01-02T03:04:05.123456Z,y,,2.5\n");
    ReadOptions options = ReadOptions.of("header", "true", "inferSchema", "true");
    Schema schema = reader.inferSchema(List.of(file), options);
    assertThat(Ddl.toDdl(schema))
        .isEqualTo(
            "i INT, l BIGINT, d DOUBLE, b BOOLEAN, t TIMESTAMP, s STRING, n STRING, mixed DOUBLE");
    List<Object[]> rows = readRows(reader, file, schema, options, allocator);
    long micros = LocalDate.of(2024, 1, 2).toEpochDay() * 86_400_000_000L + (3 * 3600 + 4 * 60 + 5) * 1_000_000L;
    assertThat(rows.get(0)).containsExactly(1, 3_000_000_000L, 1.5, true, micros, "x", null, 1.0);
    assertThat(rows.get(1)).containsExactly(2, 4L, 2.0, false, micros + 123_456, "y", null, 2.5);
  }

  @Test
  void datesAreInferredOnlyWithADateFormat() throws IOException {
    Path file = csv("d\n03/01/2024\n");
    ReadOptions options =
        ReadOptions.of("header", "true", "inferSchema", "true", "dateFormat", "dd/MM/yyyy");
    Schema schema = reader.inferSchema(List.of(file), options);
    assertThat(Ddl.toDdl(schema)).isEqualTo("d DATE");
    assertThat(readRows(reader, file, schema, options, allocator).get(0))
        .containsExactly((int) LocalDate.of(2024, 1, 3).toEpochDay());
  }

  @Test
  void appliesSepQuoteEscapeAndNullValue() throws IOException {
    Path file = csv("name;note;n\n'a;b';'it\\'s';NA\n'c';plain;7\n");
    ReadOptions options =
        ReadOptions.of("header", "true", "sep", ";", "quote", "'", "escape", "\\", "nullValue", "NA");
    Schema schema = Ddl.parseSchema("name STRING, note STRING, n INT");
    assertThat(readRows(reader, file, schema, options, allocator))
        .containsExactly(new Object[] {"a;b", "it's", null}, new Object[] {"c", "plain", 7});
  }

  @Test
  void readsEveryTypeWithFormats() throws IOException {
    Path file = csv("1,2,3,4,1.5,2.25,12.345,s,true,2024-02-29,2024/02/29 10:11:12,AQI=\n,,,,,,,,,,,\n");
    Schema schema =
        Ddl.parseSchema(
            "a TINYINT, b SMALLINT, c INT, d BIGINT, e FLOAT, f DOUBLE, g DECIMAL(6,2), h STRING,"
                + " i BOOLEAN, j DATE, k TIMESTAMP, l BINARY");
    ReadOptions options =
        ReadOptions.of("timestampFormat", "yyyy/MM/dd HH:mm:ss", "timeZone", "+01:00");
    List<Object[]> rows = readRows(reader, file, schema, options, allocator);
    long micros =
        (LocalDate.of(2024, 2, 29).toEpochDay() * 86_400L + 9 * 3600 + 11 * 60 + 12) * 1_000_000L;
    assertThat(rows.get(0))
        .containsExactly(
            (byte) 1, (short) 2, 3, 4L, 1.5f, 2.25, new BigDecimal("12.35"), "s", true,
            (int) LocalDate.of(2024, 2, 29).toEpochDay(), micros, new byte[] {1, 2});
    assertThat(rows.get(1)).containsOnlyNulls();
  }

  private static final String MALFORMED = "a,b\n1,x\nbad,2\n3\n4,y,extra\n5,z\n";

  @Test
  void permissiveWithCorruptColumnKeepsWhatParsesAndTheRawLine() throws IOException {
    Path file = csv(MALFORMED);
    Schema schema = Ddl.parseSchema("a INT, b STRING, _corrupt_record STRING");
    ReadOptions options = ReadOptions.of("header", "true");
    assertThat(readRows(reader, file, schema, options, allocator))
        .containsExactly(
            new Object[] {1, "x", null},
            new Object[] {null, "2", "bad,2"},
            new Object[] {3, null, "3"},
            new Object[] {4, "y", "4,y,extra"},
            new Object[] {5, "z", null});
  }

  @Test
  void permissiveWithoutCorruptColumnNullsBadFields() throws IOException {
    Path file = csv(MALFORMED);
    Schema schema = Ddl.parseSchema("a INT, b STRING");
    assertThat(readRows(reader, file, schema, ReadOptions.of("header", "true"), allocator))
        .hasSize(5)
        .element(1)
        .isEqualTo(new Object[] {null, "2"});
  }

  @Test
  void dropMalformedDropsRecords() throws IOException {
    Path file = csv(MALFORMED);
    Schema schema = Ddl.parseSchema("a INT, b STRING");
    ReadOptions options = ReadOptions.of("header", "true", "mode", "dropmalformed");
    assertThat(readRows(reader, file, schema, options, allocator))
        .containsExactly(new Object[] {1, "x"}, new Object[] {5, "z"});
  }

  @Test
  void failFastNamesFileLineAndColumn() throws IOException {
    Path file = csv(MALFORMED);
    Schema schema = Ddl.parseSchema("a INT, b STRING");
    ReadOptions options = ReadOptions.of("header", "true", "mode", "FAILFAST");
    assertThatThrownBy(() -> readRows(reader, file, schema, options, allocator))
        .isInstanceOf(SluiceIOException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 3")
        .hasMessageContaining("column 'a'")
        .hasMessageContaining("cannot parse 'bad' as int")
        .satisfies(e -> assertThat(((SluiceIOException) e).line()).isEqualTo(3));
  }

  @Test
  void failFastOnTooFewTokens() throws IOException {
    Path file = csv("a,b\n1,x\n3\n");
    ReadOptions options = ReadOptions.of("header", "true", "mode", "FAILFAST");
    assertThatThrownBy(
            () -> readRows(reader, file, Ddl.parseSchema("a INT, b STRING"), options, allocator))
        .hasMessageContaining("line 3")
        .hasMessageContaining("expected 2 fields but found 1");
  }

  @Test
  void smallBatchesAndEnforceSchemaFalseMatchesHeaderNames() throws IOException {
    StringBuilder text = new StringBuilder("B,a\n");
    for (int i = 0; i < 10; i++) {
      text.append("b").append(i).append(',').append(i).append('\n');
    }
    Path file = csv(text.toString());
    Schema schema = Ddl.parseSchema("a INT, b STRING, c STRING");
    ReadOptions options = ReadOptions.of("header", "true", "enforceSchema", "false");
    List<Object[]> rows = readRows(reader, file, schema, options, allocator, 3);
    assertThat(rows).hasSize(10);
    assertThat(rows.get(9)).containsExactly(9, "b9", null);
  }

  @Test
  void missingFileIsNamed() {
    Path missing = dir.resolve("nope.csv");
    assertThatThrownBy(
            () -> readRows(reader, missing, Ddl.parseSchema("a INT"), ReadOptions.empty(), allocator))
        .isInstanceOf(SluiceIOException.class)
        .hasMessage("Path does not exist: " + missing);
    assertThatThrownBy(() -> reader.inferSchema(List.of(missing), ReadOptions.empty()))
        .hasMessageContaining(missing.toString());
  }

  @Test
  void writerRoundTrips() throws IOException {
    Schema schema = Ddl.parseSchema("s STRING, n INT, d DATE, t TIMESTAMP, x DECIMAL(5,2)");
    ReadOptions options =
        ReadOptions.of(
            "header", "true", "timestampFormat", "yyyy-MM-dd HH:mm:ss.SSSSSS", "nullValue", "\\N");
    Path file = dir.resolve("out.csv");
    try (io.sluice.columnar.BatchBuilder builder = new io.sluice.columnar.BatchBuilder(schema, allocator)) {
      builder.appendRow("a,\"b\"", 1, 19_000, 1_700_000_000_123_456L, new BigDecimal("1.50"));
      builder.appendRow(null, null, null, null, null);
      try (io.sluice.columnar.Batch batch = builder.build()) {
        CsvFileWriter.write(file, schema, List.of(batch), options);
      }
    }
    assertThat(readRows(reader, file, schema, options, allocator))
        .containsExactly(
            new Object[] {"a,\"b\"", 1, 19_000, 1_700_000_000_123_456L, new BigDecimal("1.50")},
            new Object[] {null, null, null, null, null});
  }
}
