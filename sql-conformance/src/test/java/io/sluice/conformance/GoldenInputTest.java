package io.sluice.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class GoldenInputTest {

  @Test
  void splitsAtSemicolonsAtLineEndsAndDropsCommentLines() {
    GoldenInput input = GoldenInput.parse(
        "-- a comment\nSELECT 1;\nSELECT\n  -- inside\n  2;\n\nSELECT 'a\\;b';\n-- trailing\n", name -> null);

    assertThat(input.statements()).containsExactly("SELECT 1", "SELECT\n  2", "SELECT 'a\\;b'");
  }

  @Test
  void readsSetDirectivesAndTheFirstSetOfEachConfigDimension() {
    GoldenInput input = GoldenInput.parse(
        "--SET spark.sql.ansi.enabled = false\n--SET a=1,b=2\n"
            + "--CONFIG_DIM1 spark.sql.codegen.wholeStage=true\n"
            + "--CONFIG_DIM1 spark.sql.codegen.wholeStage=false,spark.sql.codegen.factoryMode=NO_CODEGEN\n"
            + "--CONFIG_DIM2 x=y\nSELECT 1;\n",
        name -> null);

    assertThat(input.settings()).containsExactly(Map.entry("spark.sql.ansi.enabled", "false"), Map.entry("a", "1"), Map.entry("b", "2"));
    assertThat(input.configDimensions()).containsExactly(Map.entry("spark.sql.codegen.wholeStage", "true"), Map.entry("x", "y"));
  }

  @Test
  void importedStatementsComeFirst() {
    GoldenInput input = GoldenInput.parse("--IMPORT base.sql\nSELECT 2;\n", name -> name.equals("base.sql") ? "--SET k=v\nSELECT 1;\n" : null);

    assertThat(input.statements()).containsExactly("SELECT 1", "SELECT 2");
    assertThat(input.settings()).isEmpty();
  }

  @Test
  void queryDelimitersKeepSemicolonsInsideOneStatement() {
    GoldenInput input = GoldenInput.parse(
        "SELECT 0;\n--QUERY-DELIMITER-START\nSELECT /* ; */ 1;\n--QUERY-DELIMITER-END\nSELECT 2;\n", name -> null);

    assertThat(input.statements()).containsExactly("SELECT 0", "SELECT /* ; */ 1", "SELECT 2");
  }
}
