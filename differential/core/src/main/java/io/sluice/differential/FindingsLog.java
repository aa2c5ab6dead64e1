package io.sluice.differential;

import io.sluice.differential.cases.Answer;
import io.sluice.differential.cases.ColumnSpec;
import io.sluice.differential.cases.DiffCase;
import io.sluice.differential.cases.SqlText;
import io.sluice.differential.cases.TableSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Appends each distinct reduced mismatch to a Markdown log as soon as it is found (the run can be
 * read while it goes on): signature, how to reproduce, the tables, the query, both answers.
 */
final class FindingsLog {

  private final Path file;

  FindingsLog(Path file) {
    this.file = file;
  }

  void append(String signature, DiffCase c, Outcome o, long seed, String savedAs) throws IOException {
    StringBuilder s = new StringBuilder();
    s.append("\n### ").append(signature).append("\n\n");
    s.append("- case `").append(c.id()).append("` (seed ").append(seed).append("), ")
        .append(c.format()).append(", ").append(c.mode()).append(", ").append(c.api())
        .append(", session time zone ").append(c.timeZone()).append("; saved as `").append(savedAs).append("`\n");
    s.append("- mismatch: ").append(o.mismatch().kind()).append(": ").append(o.mismatch().detail()).append("\n");
    for (TableSpec t : c.tables()) {
      if (!c.query().table().equals(t.name()) && (c.query().join() == null || !c.query().join().table().equals(t.name()))) {
        continue;
      }
      s.append("- `").append(t.name()).append("` (").append(t.ddl()).append("), rows:");
      for (List<String> row : t.rows()) {
        s.append(" ").append(rowText(t.columns(), row));
      }
      s.append("\n");
    }
    s.append("- query (SQL form; pruned read `").append(c.query().read()).append("`")
        .append(c.query().join() == null ? "" : ", right `" + c.query().join().read() + "`").append("):\n\n");
    s.append("  ```sql\n  ").append(SqlText.of(c.query())).append("\n  ```\n");
    s.append("- Spark 4.2.0: ").append(answerText(o.spark())).append("\n");
    s.append("- Sluice: ").append(answerText(o.sluice())).append("\n");
    Files.writeString(file, s, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private static String rowText(List<ColumnSpec> columns, List<String> row) {
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < row.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(row.get(i) == null ? "NULL" : columns.get(i).type().equals("string") ? "'" + row.get(i) + "'" : row.get(i));
    }
    return s.append(")").toString();
  }

  static String answerText(Answer a) {
    if (a.erred()) {
      return "error (" + a.error() + ") `" + a.message() + "`";
    }
    String rows = a.rows().size() > 12 ? a.rows().subList(0, 12) + " ... (" + a.rows().size() + " rows)" : a.rows().toString();
    return "`" + a.columns() + " " + a.types() + "` " + rows;
  }
}
