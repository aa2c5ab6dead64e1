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
import java.util.ArrayList;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DatasetFileReaderTest {

  private static final Schema ALL_TYPES =
      Ddl.parseSchema(
          "bo BOOLEAN, ti TINYINT, si SMALLINT, i INT, bi BIGINT, f FLOAT, d DOUBLE,"
              + " de DECIMAL(12,3), s STRING, b BINARY, dt DATE, ts TIMESTAMP");

  private static final Object[] ROW_1 = {
    true, (byte) -1, (short) 300, 70_000, 5_000_000_000L, 1.5f, -2.25,
    new BigDecimal("123456789.125"), "héllo", new byte[] {0, 1, (byte) 255}, 19_723,
    1_704_164_645_123_456L
  };
  private static final Object[] ROW_NULLS = new Object[12];
  private static final Object[] ROW_3 = {
    false, (byte) 127, (short) -5, -1, Long.MIN_VALUE, Float.NaN, Double.MAX_VALUE,
    new BigDecimal("-0.001"), "", new byte[0], -1, -1_000_000L // a second before the epoch
  };

  @TempDir Path dir;
  private BufferAllocator allocator;

  @BeforeEach
  void open() {
    allocator = new RootAllocator();
  }

  @AfterEach
  void close() {
    allocator.close(); // fails the test on a leaked buffer
  }

  enum Format {
    PARQUET,
    ORC
  }

  private Path write(Format format, Schema schema, Object[]... rows) {
    Path file = dir.resolve("data." + format.name().toLowerCase());
    try (BatchBuilder builder = new BatchBuilder(schema, allocator)) {
      for (Object[] row : rows) {
        builder.appendRow(row);
      }
      try (Batch batch = builder.build()) {
        if (format == Format.PARQUET) {
          ParquetFileWriter.write(file, schema, List.of(batch), allocator);
        } else {
          OrcFileWriter.write(file, schema, List.of(batch));
        }
      }
    }
    return file;
  }

  private static FormatReader reader(Format format) {
    return FileFormat.fromName(format.name()).reader();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void roundTripsEveryType(Format format) throws IOException {
    Path file = write(format, ALL_TYPES, ROW_1, ROW_NULLS, ROW_3);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly(file.getFileName().toString());
    Schema inferred = reader(format).inferSchema(List.of(file), ReadOptions.empty());
    assertThat(Ddl.toDdl(inferred)).isEqualTo(Ddl.toDdl(ALL_TYPES));
    List<Object[]> rows = readRows(reader(format), file, ALL_TYPES, ReadOptions.empty(), allocator);
    assertThat(rows).containsExactly(ROW_1, ROW_NULLS, ROW_3);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void matchesColumnsByNameIgnoringCaseAndNullFillsMissingOnes(Format format) {
    Path file = write(format, Ddl.parseSchema("Age STRING, n INT"), new Object[] {"5-14", 1}, new Object[] {"75+", 2});
    Schema requested = Ddl.parseSchema("n BIGINT, missing DATE, age STRING");
    List<Object[]> rows = readRows(reader(format), file, requested, ReadOptions.empty(), allocator);
    assertThat(rows).containsExactly(new Object[] {1L, null, "5-14"}, new Object[] {2L, null, "75+"});
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void splitsIntoBatchesOfAtMostBatchRows(Format format) {
    Schema schema = Ddl.parseSchema("i INT");
    List<Object[]> data = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      data.add(new Object[] {i});
    }
    Path file = write(format, schema, data.toArray(new Object[0][]));
    List<Object[]> rows = readRows(reader(format), file, schema, ReadOptions.empty(), allocator, 128);
    assertThat(rows).hasSize(1000);
    assertThat(rows.get(999)).containsExactly(999);
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void missingAndCorruptFilesAreNamed(Format format) throws IOException {
    Path missing = dir.resolve("missing." + format);
    assertThatThrownBy(() -> readRows(reader(format), missing, ALL_TYPES, ReadOptions.empty(), allocator))
        .isInstanceOf(SluiceIOException.class)
        .hasMessage("Path does not exist: " + missing);
    Path garbage = dir.resolve("garbage." + format);
    Files.writeString(garbage, "this is not a columnar file");
    assertThatThrownBy(() -> reader(format).inferSchema(List.of(garbage), ReadOptions.empty()))
        .isInstanceOf(SluiceIOException.class)
        .hasMessageContaining(garbage.toString());
    assertThatThrownBy(() -> readRows(reader(format), garbage, ALL_TYPES, ReadOptions.empty(), allocator))
        .isInstanceOf(SluiceIOException.class)
        .hasMessageContaining(garbage.toString());
  }

  @Test
  void mergeSchemaUnionsColumnsOfEveryFile() {
    Path a = write(Format.PARQUET, Ddl.parseSchema("x INT"), new Object[] {1});
    Path b = dir.resolve("b.parquet");
    try (BatchBuilder builder = new BatchBuilder(Ddl.parseSchema("y STRING, x INT"), allocator)) {
      builder.appendRow("y", 2);
      try (Batch batch = builder.build()) {
        ParquetFileWriter.write(b, batch.schema(), List.of(batch), allocator);
      }
    }
    assertThat(Ddl.toDdl(DatasetFileReader.PARQUET.inferSchema(List.of(a, b), ReadOptions.empty())))
        .isEqualTo("x INT");
    assertThat(
            Ddl.toDdl(
                DatasetFileReader.PARQUET.inferSchema(
                    List.of(a, b), ReadOptions.of("mergeSchema", "true"))))
        .isEqualTo("x INT, y STRING");
  }
}
