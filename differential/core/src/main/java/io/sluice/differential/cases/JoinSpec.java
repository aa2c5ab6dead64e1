package io.sluice.differential.cases;

import java.util.List;

/**
 * The right side of a join: which table, which of its columns are read (in that order), the join
 * type in Spark's spelling ({@code inner}, {@code left}, {@code right}, {@code full}, {@code
 * left_semi}, {@code left_anti}) and the ON condition as SQL.
 */
public record JoinSpec(String table, List<String> read, String type, String on) {

  public boolean keepsRightColumns() {
    return !type.equals("left_semi") && !type.equals("left_anti");
  }

  /** The SQL keyword(s) for this join type. */
  public String sqlKeyword() {
    switch (type) {
      case "inner":
        return "JOIN";
      case "left":
        return "LEFT JOIN";
      case "right":
        return "RIGHT JOIN";
      case "full":
        return "FULL JOIN";
      case "left_semi":
        return "LEFT SEMI JOIN";
      case "left_anti":
        return "LEFT ANTI JOIN";
      default:
        throw new IllegalArgumentException("join type " + type);
    }
  }
}
