package io.sluice.conformance;

import io.sluice.Row;
import io.sluice.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables SQLQueryTestSuite's {@code loadTestData} creates before every file: {@code testdata}
 * (key 1..100, value its text), {@code arraydata}, {@code mapdata}, and {@code aggtest}, {@code onek},
 * {@code tenk1} read from the tab-separated files in the tests jar. A table Sluice cannot create
 * (arrays and maps) is left out and named by {@link #load}; statements using it then fail as they
 * would in any Sluice program.
 */
final class SuiteTables {
  private static final String PG_COLUMNS =
      "unique1 INT, unique2 INT, two INT, four INT, ten INT, twenty INT, hundred INT, thousand INT, "
          + "twothousand INT, fivethous INT, tenthous INT, odd INT, even INT, stringu1 STRING, stringu2 STRING, string4 STRING";

  private final Map<String, Path> dataFiles = new LinkedHashMap<>();

  /** Copies the data files out of the jar into {@code dir} once. */
  SuiteTables(GoldenJar jar, Path dir) {
    for (String name : new String[] {"agg", "onek", "tenk"}) {
      Path file = dir.resolve(name + ".data");
      try {
        Files.write(file, jar.bytes("test-data/postgresql/" + name + ".data"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      dataFiles.put(name, file);
    }
  }

  /** Registers the tables as temporary views of {@code session}; returns the ones it could not, with why. */
  Map<String, String> load(Session session) {
    Map<String, String> notLoaded = new LinkedHashMap<>();
    List<Row> testData = new ArrayList<>(100);
    for (int i = 1; i <= 100; i++) {
      testData.add(Row.of(i, Integer.toString(i)));
    }
    register(notLoaded, "testdata", () -> session.createDataFrame(testData, "key INT, value STRING").createOrReplaceTempView("testdata"));
    register(notLoaded, "arraydata", () -> session.createDataFrame(
        List.of(Row.of(List.of(1, 2, 3), List.of(List.of(1, 2, 3))), Row.of(List.of(2, 3, 4), List.of(List.of(2, 3, 4)))),
        "arraycol ARRAY<INT>, nestedarraycol ARRAY<ARRAY<INT>>").createOrReplaceTempView("arraydata"));
    register(notLoaded, "mapdata", () -> session.createDataFrame(
        List.of(Row.of(Map.of(1, "a1", 2, "b1", 3, "c1", 4, "d1", 5, "e1")), Row.of(Map.of(1, "a2", 2, "b2", 3, "c2", 4, "d2")),
            Row.of(Map.of(1, "a3", 2, "b3", 3, "c3")), Row.of(Map.of(1, "a4", 2, "b4")), Row.of(Map.of(1, "a5"))),
        "mapcol MAP<INT, STRING>").createOrReplaceTempView("mapdata"));
    register(notLoaded, "aggtest", () -> csv(session, "agg", "a INT, b FLOAT").createOrReplaceTempView("aggtest"));
    register(notLoaded, "onek", () -> csv(session, "onek", PG_COLUMNS).createOrReplaceTempView("onek"));
    register(notLoaded, "tenk1", () -> csv(session, "tenk", PG_COLUMNS).createOrReplaceTempView("tenk1"));
    return notLoaded;
  }

  private io.sluice.Dataset<Row> csv(Session session, String name, String ddl) {
    return session.read().schema(ddl).option("delimiter", "\t").option("header", "false").csv(dataFiles.get(name).toString());
  }

  private static void register(Map<String, String> notLoaded, String table, Runnable create) {
    try {
      create.run();
    } catch (RuntimeException e) {
      notLoaded.put(table, e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).split("\n", 2)[0]);
    }
  }
}
