package io.sluice.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Spark's {@code spark-sql_2.13:<version>:tests} jar, which Maven puts on the test class path:
 * the golden inputs ({@code sql-tests/inputs/**.sql}), their results ({@code
 * sql-tests/results/**.sql.out}) and the data files the suite loads ({@code test-data/}). Only
 * resources are read; no class of Spark's is loaded.
 */
final class GoldenJar implements AutoCloseable {
  static final String INPUTS = "sql-tests/inputs/";
  static final String RESULTS = "sql-tests/results/";
  private static final String PROBE = INPUTS + "count.sql";

  private final JarFile jar;

  private GoldenJar(JarFile jar) {
    this.jar = jar;
  }

  /** The tests jar on the class path; fails when the dependency is missing. */
  static GoldenJar open() {
    URL probe = GoldenJar.class.getClassLoader().getResource(PROBE);
    if (probe == null || !"jar".equals(probe.getProtocol())) {
      throw new IllegalStateException(
          "Spark's sql-tests are not on the class path (expected " + PROBE + " in the spark-sql tests jar)");
    }
    try {
      JarURLConnection connection = (JarURLConnection) probe.openConnection();
      connection.setUseCaches(false);
      return new GoldenJar(new JarFile(connection.getJarFileURL().getPath()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every golden input, as its path under {@code sql-tests/inputs/} ("subquery/in.sql"), sorted. */
  List<String> inputNames() {
    List<String> names = new ArrayList<>();
    Enumeration<JarEntry> entries = jar.entries();
    while (entries.hasMoreElements()) {
      String name = entries.nextElement().getName();
      if (name.startsWith(INPUTS) && name.endsWith(".sql")) {
        names.add(name.substring(INPUTS.length()));
      }
    }
    names.sort(null);
    return names;
  }

  String input(String name) {
    return text(INPUTS + name);
  }

  /** The result file SQLQueryTestSuite compares {@code name} with, or null when there is none. */
  String result(String name) {
    return jar.getEntry(RESULTS + name + ".out") == null ? null : text(RESULTS + name + ".out");
  }

  String text(String entryName) {
    return new String(bytes(entryName), StandardCharsets.UTF_8);
  }

  byte[] bytes(String entryName) {
    JarEntry entry = jar.getJarEntry(entryName);
    if (entry == null) {
      throw new IllegalArgumentException("no " + entryName + " in " + jar.getName());
    }
    try (InputStream in = jar.getInputStream(entry)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    jar.close();
  }
}
