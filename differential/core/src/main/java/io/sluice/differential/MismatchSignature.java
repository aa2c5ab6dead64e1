package io.sluice.differential;

import io.sluice.differential.cases.DiffCase;
import io.sluice.differential.cases.QuerySpec;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reduced mismatch is "about", to tell distinct bugs apart in the log: the mismatch kind,
 * the file format and mode, and the functions, casts, operators and query parts left in the
 * reduced query.
 */
final class MismatchSignature {

  private static final Pattern FUNCTION = Pattern.compile("([a-z_]+)\\(");
  private static final Pattern CAST_TO = Pattern.compile("AS ([A-Z]+)");
  private static final Pattern OPERATOR = Pattern.compile(" ([-+*/%]|<=>|<>|<=|>=|[<>=]|LIKE|BETWEEN|IN|IS NULL|IS NOT NULL|AND|OR) ");

  private MismatchSignature() {}

  static String of(String kind, DiffCase c) {
    QuerySpec q = c.query();
    String text = String.valueOf(q.filter()) + " " + q.select() + " " + q.aggs();
    TreeSet<String> features = new TreeSet<>();
    Matcher f = FUNCTION.matcher(text);
    while (f.find()) {
      features.add(f.group(1).toLowerCase(Locale.ROOT));
    }
    Matcher cast = CAST_TO.matcher(text);
    while (cast.find()) {
      features.add("cast-" + cast.group(1).toLowerCase(Locale.ROOT));
    }
    Matcher op = OPERATOR.matcher(text);
    while (op.find()) {
      features.add(op.group(1));
    }
    if (q.join() != null) {
      features.add("join-" + q.join().type());
    }
    if (q.aggregates()) {
      features.add(q.groupBy() == null || q.groupBy().isEmpty() ? "global-agg" : "group-by");
    }
    if (q.distinct()) {
      features.add("distinct");
    }
    if (q.orderBy() != null) {
      features.add("order-by");
    }
    if (q.limit() != null) {
      features.add("limit");
    }
    if (q.filter() != null) {
      features.add("filter");
    }
    if (!q.aggregates() && (q.select() == null || q.select().isEmpty())) {
      features.add("select-star");
    }
    return kind + " | " + c.format() + " " + c.mode() + " " + c.api() + " | " + String.join(" ", features);
  }
}
