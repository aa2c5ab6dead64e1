package io.sluice.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One of Spark's {@code sql-tests/results/*.sql.out} files: the queries in order, each with the
 * schema and output Spark 4.2.0 recorded for it.
 *
 * <pre>
 * -- !query
 * SELECT ...
 * -- !query schema
 * struct&lt;k:string,v:int&gt;
 * -- !query output
 * one	1            (tab-separated, NULL for null; an exception's class and JSON when it failed)
 * </pre>
 */
final class GoldenFile {

  /** One recorded query: its text, Spark's schema string and output lines. */
  record Entry(String query, String schema, List<String> output) {
    /** True when Spark failed the query (the output names the exception class). */
    boolean failed() {
      return !output.isEmpty() && output.get(0).startsWith("org.apache.spark.");
    }

    /** The error class Spark reported, or null. */
    String errorClass() {
      for (String line : output) {
        String t = line.trim();
        if (t.startsWith("\"errorClass\" : \"")) {
          return t.substring("\"errorClass\" : \"".length(), t.lastIndexOf('"'));
        }
      }
      return null;
    }
  }

  private GoldenFile() {}

  static List<Entry> load(String resource) {
    try (InputStream in = GoldenFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no golden file " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Entry> parse(String text) {
    List<Entry> entries = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length) {
      if (!lines[i].equals("-- !query")) {
        i++;
        continue;
      }
      StringBuilder query = new StringBuilder();
      for (i++; !lines[i].equals("-- !query schema"); i++) {
        query.append(query.length() == 0 ? "" : "\n").append(lines[i]);
      }
      String schema = lines[++i];
      i += 2; // "-- !query output"
      List<String> output = new ArrayList<>();
      for (; i < lines.length && !lines[i].equals("-- !query"); i++) {
        output.add(lines[i]);
      }
      while (!output.isEmpty() && output.get(output.size() - 1).isEmpty()) {
        output.remove(output.size() - 1);
      }
      entries.add(new Entry(query.toString(), schema, output));
    }
    return entries;
  }
}
