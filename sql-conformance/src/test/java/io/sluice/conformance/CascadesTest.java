package io.sluice.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.Session;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class CascadesTest {
  private static final GoldenResult SPARK_RAN = GoldenResult.parseFile(
      "-- !query\nX\n-- !query schema\nstruct<>\n-- !query output\n\n").get(0);

  private Session session;

  @BeforeEach
  void setUp() {
    session = Session.builder().master("local[1]").getOrCreate();
  }

  @AfterEach
  void tearDown() {
    session.stop();
  }

  @Test
  void aRefusedViewHidesTheSuiteTableOfItsNameUntilItIsDefined() {
    session.createDataFrame(List.of(), "a INT").createOrReplaceTempView("testData");
    Cascades cascades = new Cascades();
    String create = "CREATE OR REPLACE TEMPORARY VIEW testData AS SELECT * FROM VALUES (1, 2) AS testData(a, b)";
    assertThat(cascades.reasonNotToRun(create)).isNull();
    cascades.after(create, SPARK_RAN, SluiceResult.error(new RuntimeException("refused")), session);

    assertThat(session.catalog().tableExists("testData")).isFalse();
    assertThat(cascades.reasonNotToRun("SELECT a FROM testData GROUP BY a")).contains("testdata");
    assertThat(cascades.reasonNotToRun("SELECT 1 FROM testDataOther")).isNull();
    assertThat(cascades.reasonNotToRun("WITH testData AS (SELECT 1) SELECT * FROM testData")).isNull();
    // A new definition runs, and when it succeeds the name is readable again.
    assertThat(cascades.reasonNotToRun(create)).isNull();
    cascades.after(create, SPARK_RAN, SluiceResult.rows(List.of()), session);
    assertThat(cascades.reasonNotToRun("SELECT a FROM testData")).isNull();
  }

  @Test
  void aRefusedSetStopsTheRestOfTheFileButAnErrorSparkAlsoRaisedDoesNot() {
    Cascades cascades = new Cascades();
    GoldenResult sparkFailed = GoldenResult.parseFile(
        "-- !query\nX\n-- !query schema\nstruct<>\n-- !query output\norg.apache.spark.sql.AnalysisException\n"
            + "{\n  \"errorClass\" : \"SOME_ERROR\"\n}\n").get(0);
    cascades.after("SET spark.sql.defaultPath = this is not a path", sparkFailed,
        SluiceResult.error(new UnsupportedOperationException("refused")), session);
    assertThat(cascades.reasonNotToRun("SELECT 1")).isNull();

    cascades.after("set spark.sql.groupByOrdinal=false", SPARK_RAN,
        SluiceResult.error(new UnsupportedOperationException("refused")), session);
    assertThat(cascades.reasonNotToRun("SELECT 1")).contains("SET is refused");
  }

  @Test
  void viewsAndVariablesAreReadFromTheirDefinitions() {
    assertThat(Cascades.viewDefinedBy("create temporary view t2 as select * from t")).isEqualTo("t2");
    assertThat(Cascades.viewDefinedBy("CREATE OR REPLACE TEMP VIEW `v`(a) AS SELECT 1")).isEqualTo("v");
    assertThat(Cascades.viewDefinedBy("DECLARE OR REPLACE VARIABLE var1 INT = 5")).isEqualTo("var1");
    assertThat(Cascades.viewDefinedBy("CREATE TEMPORARY VIEW IDENTIFIER('v')(c1) AS VALUES(1)")).isNull();
    assertThat(Cascades.viewDefinedBy("SELECT 1")).isNull();
  }
}
