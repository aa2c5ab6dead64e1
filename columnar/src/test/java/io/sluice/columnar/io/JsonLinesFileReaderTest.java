package io.sluice.columnar.io;

import static io.sluice.columnar.io.FileReadSupport.readRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.types.Ddl;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
class JsonLinesFileReaderTest {

  @TempDir Path dir;
  private BufferAllocator allocator;
  private final JsonLinesFileReader reader = JsonLinesFileReader.INSTANCE;

  @BeforeEach
  void open() {
    allocator = new RootAllocator();
  }

  @AfterEach
  void close() {
    allocator.close();
  }

  private Path json(String text) throws IOException {
    Path file = dir.resolve("data-" + System.nanoTime() + ".json");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void infersSparksTypesSortedByName() throws IOException {
    Path file =
        json(
            "{\"z\": 1, \"a\": \"x\", \"f\": 1.5, \"b\": true, \"n\": null, \"w\": 1, \"o\": {\"k\": [1]}}\n"
                + "\n"
                + "{\"z\": 2, \"w\": 2.5, \"big\": 123456789012345678901234567890, \"c\": 1}\n"
                + "{\"c\": \"now a string\"}\n");
    Schema schema = reader.inferSchema(List.of(file), ReadOptions.empty());
    assertThat(Ddl.toDdl(schema))
        .isEqualTo(
            "a STRING, b BOOLEAN, big DECIMAL(30,0), c STRING, f DOUBLE, n STRING, o STRING,"
                + " w DOUBLE, z BIGINT");
    List<Object[]> rows = readRows(reader, file, schema, ReadOptions.empty(), allocator);
    assertThat(rows.get(0))
        .containsExactly("x", true, null, null, 1.5, null, "{\"k\": [1]}", 1.0, 1L);
    assertThat(rows.get(1))
        .containsExactly(
            null, null, new BigDecimal("123456789012345678901234567890"), "1", null, null, null, 2.5, 2L);
    assertThat(rows).hasSize(3);
  }

  private static final String MALFORMED =
      "{\"a\": 1, \"b\": \"x\"}\n{\"a\": \"bad\", \"b\": \"y\"}\n{not json\n{\"a\": 4}\n";

  @Test
  void permissiveInferenceAddsTheCorruptRecordColumn() throws IOException {
    Path file = json(MALFORMED);
    Schema schema = reader.inferSchema(List.of(file), ReadOptions.empty());
    assertThat(Ddl.toDdl(schema)).isEqualTo("_corrupt_record STRING, a STRING, b STRING");
    Schema typed = Ddl.parseSchema("a BIGINT, b STRING, _corrupt_record STRING");
    assertThat(readRows(reader, file, typed, ReadOptions.empty(), allocator))
        .containsExactly(
            new Object[] {1L, "x", null},
            new Object[] {null, "y", "{\"a\": \"bad\", \"b\": \"y\"}"},
            new Object[] {null, null, "{not json"},
            new Object[] {4L, null, null});
  }

  @Test
  void permissiveWithoutCorruptColumnAndDropMalformed() throws IOException {
    Path file = json(MALFORMED);
    Schema typed = Ddl.parseSchema("a BIGINT, b STRING");
    assertThat(readRows(reader, file, typed, ReadOptions.empty(), allocator)).hasSize(4);
    ReadOptions drop = ReadOptions.of("mode", "DROPMALFORMED");
    assertThat(Ddl.toDdl(reader.inferSchema(List.of(file), drop))).isEqualTo("a STRING, b STRING");
    assertThat(readRows(reader, file, typed, drop, allocator))
        .containsExactly(new Object[] {1L, "x"}, new Object[] {4L, null});
  }

  @Test
  void failFastNamesFileLineAndColumn() throws IOException {
    Path file = json(MALFORMED);
    ReadOptions options = ReadOptions.of("mode", "failfast");
    assertThatThrownBy(
            () -> readRows(reader, file, Ddl.parseSchema("a BIGINT, b STRING"), options, allocator))
        .isInstanceOf(SluiceIOException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 2")
        .hasMessageContaining("column 'a'")
        .hasMessageContaining("cannot convert JSON string to bigint");
    assertThatThrownBy(() -> reader.inferSchema(List.of(file), options))
        .hasMessageContaining("line 3")
        .hasMessageContaining(file.toString());
  }

  @Test
  void readsEveryTypeAndRoundTripsThroughTheWriter() {
    Schema schema =
        Ddl.parseSchema(
            "bo BOOLEAN, ti TINYINT, si SMALLINT, i INT, bi BIGINT, f FLOAT, d DOUBLE,"
                + " de DECIMAL(6,2), s STRING, b BINARY, dt DATE, ts TIMESTAMP");
    Object[] row = {
      true, (byte) 1, (short) 2, 3, 4L, 0.5f, Double.NaN, new BigDecimal("-1.25"), "q\"uote",
      new byte[] {1, 2, 3}, 19_000, 1_700_000_000_123_000L
    };
    Path file = dir.resolve("out.json");
    try (BatchBuilder builder = new BatchBuilder(schema, allocator)) {
      builder.appendRow(row);
      builder.appendRow(new Object[12]);
      try (Batch batch = builder.build()) {
        JsonLinesFileWriter.write(file, schema, List.of(batch), ReadOptions.empty());
      }
    }
    assertThat(readRows(reader, file, schema, ReadOptions.empty(), allocator))
        .containsExactly(row, new Object[12]);
  }

  @Test
  void missingFileIsNamed() {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> reader.inferSchema(List.of(missing), ReadOptions.empty()))
        .isInstanceOf(SluiceIOException.class)
        .hasMessage("Path does not exist: " + missing);
  }
}
