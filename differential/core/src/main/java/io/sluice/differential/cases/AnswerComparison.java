package io.sluice.differential.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compares Sluice's answer with Spark's. Both failed: they agree when the error kinds match. Rows
 * are a multiset unless the query orders by every output column. Values must be equal as text,
 * except that aggregate outputs that parse as doubles may differ by a relative 1e-9 (the order of
 * summation differs between engines).
 */
public final class AnswerComparison {

  private static final double AGGREGATE_RELATIVE_TOLERANCE = 1e-9;

  private AnswerComparison() {}

  /** The first difference, or null when the answers agree. */
  public static Mismatch compare(QuerySpec query, Answer spark, Answer sluice) {
    if (spark.erred() || sluice.erred()) {
      if (spark.erred() && sluice.erred()) {
        return spark.error().equals(sluice.error())
            ? null
            : new Mismatch("error-kind", "Spark " + spark.error() + ", Sluice " + sluice.error());
      }
      return spark.erred()
          ? new Mismatch("spark-error", "only Spark failed: " + spark.error())
          : new Mismatch("sluice-error", "only Sluice failed: " + sluice.error());
    }
    if (!spark.types().equals(sluice.types())) {
      return new Mismatch("types", "Spark " + spark.types() + ", Sluice " + sluice.types());
    }
    if (!spark.columns().equals(sluice.columns())) {
      return new Mismatch("names", "Spark " + spark.columns() + ", Sluice " + sluice.columns());
    }
    if (spark.rows().size() != sluice.rows().size()) {
      return new Mismatch("row-count", "Spark " + spark.rows().size() + " rows, Sluice " + sluice.rows().size());
    }
    List<List<String>> a = new ArrayList<>(spark.rows());
    List<List<String>> b = new ArrayList<>(sluice.rows());
    if (!query.totallyOrdered()) {
      Comparator<List<String>> byText = Comparator.comparing(Object::toString);
      a.sort(byText);
      b.sort(byText);
    }
    boolean tolerant = query.aggregates();
    for (int r = 0; r < a.size(); r++) {
      List<String> x = a.get(r);
      List<String> y = b.get(r);
      for (int c = 0; c < x.size(); c++) {
        if (!sameValue(x.get(c), y.get(c), tolerant)) {
          return new Mismatch(
              "values", "row " + r + " column " + spark.columns().get(c) + ": Spark " + x.get(c) + ", Sluice " + y.get(c));
        }
      }
    }
    return null;
  }

  private static boolean sameValue(String x, String y, boolean tolerant) {
    if (x.equals(y)) {
      return true;
    }
    if (!tolerant || x.startsWith("'") || y.startsWith("'")) {
      return false;
    }
    try {
      double p = Double.parseDouble(x);
      double q = Double.parseDouble(y);
      if (Double.isNaN(p) || Double.isInfinite(p) || Double.isNaN(q) || Double.isInfinite(q)) {
        return false;
      }
      return Math.abs(p - q) <= AGGREGATE_RELATIVE_TOLERANCE * Math.max(Math.abs(p), Math.abs(q));
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }
}
