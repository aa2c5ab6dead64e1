package io.sluice.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class GoldenFileRunTest {

  @Test
  void sluiceLinesAreMaskedAsTheSuiteMasksExpressionIds() {
    // postgreSQL/text.sql.out: concat_ws('#',1,2,3,'hello',true, false, to_date('20100309','yyyyMMdd'))
    assertThat(GoldenFileRun.maskedAsTheSuite("1#2#3#hello#true#false#2010-03-09"))
        .isEqualTo("1#x#x#hello#true#false#x-03-09");
    assertThat(GoldenFileRun.maskedAsTheSuite("a#b")).isEqualTo("a#b");
  }

  @Test
  void theTimestampNtzFolderSetsItsTimestampType() {
    assertThat(GoldenFileRun.configuration("timestampNTZ/timestamp.sql", GoldenInput.parse("SELECT 1;", n -> null)))
        .containsEntry("spark.sql.timestampType", "TIMESTAMP_NTZ");
  }
}
