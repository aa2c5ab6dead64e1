package io.sluice.differential.cases;

import java.util.List;

/**
 * What one engine answered: output column names and Spark type names ({@code simpleString}) and
 * the rows rendered by {@link CanonicalValue}; or, when the query failed, the error's kind ({@link
 * #error}: {@code analysis}, {@code arithmetic}, {@code cast}, {@code runtime}) and its message.
 */
public record Answer(List<String> columns, List<String> types, List<List<String>> rows, String error, String message) {

  public static Answer failed(String kind, String message) {
    return new Answer(null, null, null, kind, message);
  }

  public boolean erred() {
    return error != null;
  }
}
