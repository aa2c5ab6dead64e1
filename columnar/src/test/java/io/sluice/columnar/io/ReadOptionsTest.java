package io.sluice.columnar.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ReadOptionsTest {

  @Test
  void keysAreCaseInsensitiveAndDefaultsAreSparks() {
    ReadOptions options = ReadOptions.of(Map.of("HEADER", "True", "Delimiter", "\\t", "MODE", "failFast"));
    assertThat(options.header()).isTrue();
    assertThat(options.separator()).isEqualTo('\t');
    assertThat(options.mode()).isEqualTo(ParseMode.FAILFAST);
    ReadOptions defaults = ReadOptions.empty();
    assertThat(defaults.header()).isFalse();
    assertThat(defaults.separator()).isEqualTo(',');
    assertThat(defaults.quote()).isEqualTo('"');
    assertThat(defaults.escape()).isEqualTo('\\');
    assertThat(defaults.nullValue()).isEmpty();
    assertThat(defaults.inferSchema()).isFalse();
    assertThat(defaults.mode()).isEqualTo(ParseMode.PERMISSIVE);
    assertThat(defaults.corruptRecordColumn()).isEqualTo("_corrupt_record");
    assertThat(defaults.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(defaults.timeZone()).isEqualTo(ZoneId.of("Z"));
    assertThat(ReadOptions.of("sep", ";", "delimiter", "|").separator()).isEqualTo(';');
  }

  @Test
  void badValuesNameTheOption() {
    assertThatThrownBy(() -> ReadOptions.of("mode", "lenient").mode())
        .hasMessageContaining("'mode'")
        .hasMessageContaining("lenient");
    assertThatThrownBy(() -> ReadOptions.of("header", "yes").header()).hasMessageContaining("'header'");
    assertThatThrownBy(() -> ReadOptions.of("sep", "ab").separator()).hasMessageContaining("'sep'");
    assertThatThrownBy(() -> ReadOptions.of("encoding", "nope").encoding()).hasMessageContaining("'encoding'");
  }

  @Test
  void parseModeAndFileFormatParseByName() {
    assertThat(ParseMode.fromOption(null)).isEqualTo(ParseMode.PERMISSIVE);
    assertThat(ParseMode.fromOption("DropMalformed")).isEqualTo(ParseMode.DROPMALFORMED);
    assertThat(FileFormat.fromName("Parquet")).isEqualTo(FileFormat.PARQUET);
    assertThat(FileFormat.fromName("json").reader()).isSameAs(JsonLinesFileReader.INSTANCE);
    assertThatThrownBy(() -> FileFormat.fromName("avro")).hasMessageContaining("avro");
  }
}
