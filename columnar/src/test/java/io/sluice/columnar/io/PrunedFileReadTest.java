package io.sluice.columnar.io;

import static io.sluice.columnar.io.FileReadSupport.readRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.types.Ddl;
import java.io.IOException;
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

/**
 * The reader contract: records of the data schema, batches of the required schema (a subset in
 * any order, or nothing). Mode answers are Spark 4.2.0's (see the engine's {@code
 * PrunedReadMatrixTest} and its recorded answers).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PrunedFileReadTest {

  private static final Schema PEOPLE =
      Ddl.parseSchema("id INT, name STRING, city STRING, age INT, salary INT, dept STRING");
  private static final String PEOPLE_CSV =
      "1,Alice,Paris,34,5000,eng\n2,Bob,Lyon,45,4000,ops\n3,Carol,Nice,29,6000,eng\n";

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

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private static Schema columns(String ddl) {
    return Ddl.parseSchema(ddl);
  }

  @Test
  void csvTakesRequiredColumnsByTheirPositionInTheDataSchema() throws IOException {
    Path file = file("people.csv", PEOPLE_CSV);
    CsvFileReader csv = CsvFileReader.INSTANCE;
    ReadOptions options = ReadOptions.empty();
    assertThat(readRows(csv, file, PEOPLE, columns("dept STRING"), options, allocator))
        .containsExactly(new Object[] {"eng"}, new Object[] {"ops"}, new Object[] {"eng"});
    assertThat(readRows(csv, file, PEOPLE, columns("salary INT, name STRING"), options, allocator))
        .containsExactly(
            new Object[] {5000, "Alice"}, new Object[] {4000, "Bob"}, new Object[] {6000, "Carol"});
    // Every column, reversed: not pruned, so the record width is still checked.
    Schema reversed = columns("dept STRING, salary INT, age INT, city STRING, name STRING, id INT");
    assertThat(readRows(csv, file, PEOPLE, reversed, options, allocator).get(1))
        .containsExactly("ops", 4000, 45, "Lyon", "Bob", 2);
  }

  @Test
  void csvHeaderWithEnforceSchemaFalseFindsDataColumnsByName() throws IOException {
    Path file = file("swapped.csv", "dept,id,name\neng,1,Alice\nops,2,Bob\n");
    Schema data = columns("id INT, name STRING, dept STRING");
    ReadOptions options = ReadOptions.of("header", "true", "enforceSchema", "false");
    assertThat(readRows(CsvFileReader.INSTANCE, file, data, columns("name STRING, id INT"), options, allocator))
        .containsExactly(new Object[] {"Alice", 1}, new Object[] {"Bob", 2});
  }

  @Test
  void csvModesJudgeOnlyRequiredFieldsWhenPruned() throws IOException {
    // recorded on Spark 4.2.0: a short record, a long one and a bad unread field are not malformed
    // under pruning; a bad required field is.
    Path file = file("bad.csv", "1,Ann,30,Oslo\n2,Ben,xx,Rome\n3,Cy,41\n4,Dee,52,Kyiv,extra\n");
    Schema data = columns("id INT, name STRING, age INT, city STRING");
    ReadOptions drop = ReadOptions.of("mode", "DROPMALFORMED");
    assertThat(readRows(CsvFileReader.INSTANCE, file, data, columns("city STRING, id INT"), drop, allocator))
        .containsExactly(
            new Object[] {"Oslo", 1}, new Object[] {"Rome", 2}, new Object[] {null, 3}, new Object[] {"Kyiv", 4});
    assertThat(readRows(CsvFileReader.INSTANCE, file, data, data, drop, allocator))
        .containsExactly(new Object[] {1, "Ann", 30, "Oslo"});
    ReadOptions failFast = ReadOptions.of("mode", "FAILFAST");
    assertThat(readRows(CsvFileReader.INSTANCE, file, data, columns("name STRING"), failFast, allocator))
        .hasSize(4);
    assertThatThrownBy(() -> readRows(CsvFileReader.INSTANCE, file, data, columns("age INT"), failFast, allocator))
        .isInstanceOf(SluiceIOException.class)
        .hasMessageContaining("bad.csv at line 2, column 'age': cannot parse 'xx' as int");
    assertThatThrownBy(() -> readRows(CsvFileReader.INSTANCE, file, data, data, failFast, allocator))
        .hasMessageContaining("at line 2, column 'age'");
  }

  @Test
  void csvCorruptRecordColumnHoldsTheWholeLineUnderPruning() throws IOException {
    Path file = file("bad.csv", "1,Ann,30,Oslo\nx2,Ben,31,Rome\n3,Cy\n");
    Schema data = columns("id INT, name STRING, age INT, city STRING, _corrupt_record STRING");
    // recorded on Spark 4.2.0: the short record is not malformed when only id is read
    assertThat(readRows(CsvFileReader.INSTANCE, file, data, columns("_corrupt_record STRING, id INT"),
            ReadOptions.empty(), allocator))
        .containsExactly(new Object[] {null, 1}, new Object[] {"x2,Ben,31,Rome", null}, new Object[] {null, 3});
    assertThat(readRows(CsvFileReader.INSTANCE, file, data, data, ReadOptions.empty(), allocator).get(2))
        .containsExactly(3, "Cy", null, null, "3,Cy");
  }

  @Test
  void nothingRequiredCountsEveryCsvRecordButNotBadJsonLines() throws IOException {
    Schema none = new Schema(List.of());
    Path csv = file("bad.csv", "1,Ann\nx,Ben,extra\n3\n");
    ReadOptions failFast = ReadOptions.of("mode", "FAILFAST");
    // recorded on Spark 4.2.0: count() on a CSV file is its number of records in every mode
    assertThat(readRows(CsvFileReader.INSTANCE, csv, columns("id INT, name STRING"), none, failFast, allocator))
        .hasSize(3);
    Path json = file("bad.json", "{\"id\":1}\n{\"id\":\"x\"}\n{\"id\":3\n");
    // recorded on Spark 4.2.0: count() on JSON still drops (or fails on) lines that do not parse
    assertThat(readRows(JsonLinesFileReader.INSTANCE, json, columns("id INT"), none,
            ReadOptions.of("mode", "DROPMALFORMED"), allocator))
        .hasSize(2);
    assertThatThrownBy(() -> readRows(JsonLinesFileReader.INSTANCE, json, columns("id INT"), none, failFast, allocator))
        .isInstanceOf(SluiceIOException.class)
        .hasMessageContaining("bad.json at line 3");
  }

  @Test
  void jsonReadsRequiredColumnsByNameAndSkipsTheOthersUnconverted() throws IOException {
    Path file =
        file("people.json", "{\"id\":1,\"name\":\"Ann\",\"age\":30}\n{\"id\":\"x2\",\"name\":\"Ben\",\"age\":31}\n");
    Schema data = columns("id INT, name STRING, age INT, _corrupt_record STRING");
    ReadOptions drop = ReadOptions.of("mode", "DROPMALFORMED");
    assertThat(readRows(JsonLinesFileReader.INSTANCE, file, data, columns("age INT, name STRING"), drop, allocator))
        .containsExactly(new Object[] {30, "Ann"}, new Object[] {31, "Ben"});
    assertThat(readRows(JsonLinesFileReader.INSTANCE, file, data, columns("_corrupt_record STRING, id INT"),
            ReadOptions.empty(), allocator))
        .containsExactly(
            new Object[] {null, 1}, new Object[] {"{\"id\":\"x2\",\"name\":\"Ben\",\"age\":31}", null});
  }

  @Test
  void onlyTheCorruptRecordColumnIsRefusedAsSparkDoes() throws IOException {
    Path file = file("a.csv", "1\n");
    Schema data = columns("id INT, _corrupt_record STRING");
    Schema onlyCorrupt = columns("_corrupt_record STRING");
    for (FormatReader reader : List.of(CsvFileReader.INSTANCE, JsonLinesFileReader.INSTANCE)) {
      assertThatThrownBy(() -> reader.checkRequired(data, onlyCorrupt, ReadOptions.empty()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("[UNSUPPORTED_FEATURE.QUERY_ONLY_CORRUPT_RECORD_COLUMN]");
      assertThatThrownBy(() -> readRows(reader, file, data, onlyCorrupt, ReadOptions.empty(), allocator))
          .hasMessageStartingWith("[UNSUPPORTED_FEATURE.QUERY_ONLY_CORRUPT_RECORD_COLUMN]");
      assertThatThrownBy(
              () -> reader.checkRequired(columns("id INT, _corrupt_record INT"), columns("id INT"), ReadOptions.empty()))
          .hasMessage(
              "[INVALID_CORRUPT_RECORD_TYPE] The column `_corrupt_record` for corrupt records must have"
                  + " the nullable STRING type, but got INT.");
    }
  }

  @Test
  void aRequiredColumnMustBeADataColumn() {
    for (FileFormat format : FileFormat.values()) {
      Schema data = format == FileFormat.TEXT ? columns("value STRING") : PEOPLE;
      assertThatThrownBy(() -> format.reader().checkRequired(data, columns("nope STRING"), ReadOptions.empty()))
          .as(format.name())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("required column 'nope' is not in the data schema");
    }
  }

  enum Columnar {
    PARQUET,
    ORC
  }

  @ParameterizedTest
  @EnumSource(Columnar.class)
  void parquetAndOrcReadRequiredColumnsByNameInAnyOrderOrNone(Columnar format) {
    Path file = dir.resolve("people." + format.name().toLowerCase());
    Schema data = columns("id INT, name STRING, dept STRING");
    try (BatchBuilder builder = new BatchBuilder(data, allocator)) {
      builder.appendRow(1, "Alice", "eng");
      builder.appendRow(2, "Bob", "ops");
      try (Batch batch = builder.build()) {
        if (format == Columnar.PARQUET) {
          ParquetFileWriter.write(file, data, List.of(batch), allocator);
        } else {
          OrcFileWriter.write(file, data, List.of(batch));
        }
      }
    }
    FormatReader reader = FileFormat.fromName(format.name()).reader();
    assertThat(readRows(reader, file, data, columns("dept STRING, id INT"), ReadOptions.empty(), allocator))
        .containsExactly(new Object[] {"eng", 1}, new Object[] {"ops", 2});
    assertThat(readRows(reader, file, data, new Schema(List.of()), ReadOptions.empty(), allocator))
        .hasSize(2);
  }

  /** Every answer here recorded on Spark 4.2.0 with the same file contents. */
  @Test
  void textReadsLinesWithSparksSeparatorsAndOptions() throws IOException {
    TextFileReader text = TextFileReader.INSTANCE;
    Schema value = text.inferSchema(List.of(), ReadOptions.empty());
    assertThat(Ddl.toDdl(value)).isEqualTo("value STRING");
    Path file = file("a.txt", "one\r\ntwo\rthree\n\nfour\n");
    assertThat(values(readRows(text, file, value, value, ReadOptions.empty(), allocator)))
        .containsExactly("one", "two", "three", "", "four");
    assertThat(readRows(text, file, value, new Schema(List.of()), ReadOptions.empty(), allocator)).hasSize(5);
    assertThat(values(readRows(text, file, value, value, ReadOptions.of("wholetext", "true"), allocator)))
        .containsExactly("one\r\ntwo\rthree\n\nfour\n");
    Path custom = file("b.txt", "x;;y;z;;;;");
    assertThat(values(readRows(text, custom, value, value, ReadOptions.of("lineSep", ";;"), allocator)))
        .containsExactly("x", "y;z", "");
    assertThat(values(readRows(text, file, value, value, ReadOptions.empty(), allocator, 2)))
        .hasSize(5);
    assertThatThrownBy(() -> text.checkRequired(PEOPLE, columns("id INT"), ReadOptions.empty()))
        .hasMessage("Text data source supports only a single column, and you have 6 columns.");
    assertThatThrownBy(() -> text.checkRequired(columns("a INT"), columns("a INT"), ReadOptions.empty()))
        .hasMessage(
            "[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The Text datasource doesn't support the column `a`"
                + " of the type \"INT\".");
  }

  private static List<Object> values(List<Object[]> rows) {
    List<Object> out = new ArrayList<>();
    rows.forEach(r -> out.add(r[0]));
    return out;
  }
}
