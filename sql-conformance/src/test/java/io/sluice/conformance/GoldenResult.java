package io.sluice.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code -- !query} block of a golden {@code .sql.out} file: the statement, Spark's schema
 * ({@code struct<...>}, or null when the block has none) and its output, which is either the rows
 * as {@code HiveResult} printed them (tab-separated, one per line, sorted unless the plan was) or an
 * error: the exception's class name and then its message, a JSON object with the {@code
 * errorClass} for Spark's own errors.
 *
 * @param errorClassName the exception class Spark raised, or null when it returned rows
 * @param errorCondition the error class (condition) in the message, or null when there is none
 */
record GoldenResult(String sql, String schema, String output, String errorClassName, String errorCondition) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CLASS_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-zA-Z_$][a-zA-Z0-9_$]*)+");

  boolean isError() {
    return errorClassName != null;
  }

  /** The output's lines; none for a statement that returned no rows. */
  List<String> rows() {
    return output.isEmpty() ? List.of() : Arrays.asList(output.split("\n", -1));
  }

  /** Every block of a {@code .sql.out} file, in order. */
  static List<GoldenResult> parseFile(String text) {
    List<GoldenResult> results = new ArrayList<>();
    String section = null;
    StringBuilder sql = new StringBuilder();
    StringBuilder schema = null;
    StringBuilder output = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      switch (line) {
        case "-- !query" -> {
          if (section != null) {
            results.add(of(sql.toString(), schema, output.toString()));
          }
          section = "sql";
          sql.setLength(0);
          schema = null;
          output.setLength(0);
        }
        case "-- !query schema" -> {
          section = "schema";
          schema = new StringBuilder();
        }
        case "-- !query output", "-- !query analysis" -> section = "output";
        default -> {
          if ("sql".equals(section)) {
            sql.append(line).append('\n');
          } else if ("schema".equals(section)) {
            schema.append(line).append('\n');
          } else if ("output".equals(section)) {
            output.append(line).append('\n');
          }
        }
      }
    }
    if (section != null) {
      results.add(of(sql.toString(), schema, output.toString()));
    }
    return results;
  }

  private static GoldenResult of(String sql, StringBuilder schemaText, String outputText) {
    String schema = schemaText == null ? null : schemaText.toString().trim();
    // SQLQueryTestSuite trims trailing whitespace only: leading tabs are an empty first column.
    String output = outputText.replaceAll("\\s+$", "");
    String firstLine = output.split("\n", 2)[0];
    boolean error = (schema == null || schema.equals("struct<>")) && CLASS_NAME.matcher(firstLine).matches();
    if (!error) {
      return new GoldenResult(sql.trim(), schema, output, null, null);
    }
    String message = output.contains("\n") ? output.substring(output.indexOf('\n') + 1) : "";
    return new GoldenResult(sql.trim(), schema, output, firstLine, conditionOf(message));
  }

  private static String conditionOf(String message) {
    if (!message.startsWith("{")) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(message);
      JsonNode condition = node.has("condition") ? node.get("condition") : node.get("errorClass");
      return condition == null ? null : condition.asText();
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
