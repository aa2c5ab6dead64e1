package io.sluice.plan;

import java.util.Locale;

/** Join types, parsed from Spark's names ({@code "inner"}, {@code "left_outer"}, ...). */
public enum JoinType {
  INNER,
  CROSS,
  LEFT_OUTER,
  RIGHT_OUTER,
  FULL_OUTER,
  LEFT_SEMI,
  LEFT_ANTI;

  public static JoinType fromName(String name) {
    switch (name.toLowerCase(Locale.ROOT).replace("_", "")) {
      case "inner":
        return INNER;
      case "cross":
        return CROSS;
      case "left":
      case "leftouter":
        return LEFT_OUTER;
      case "right":
      case "rightouter":
        return RIGHT_OUTER;
      case "full":
      case "outer":
      case "fullouter":
        return FULL_OUTER;
      case "semi":
      case "leftsemi":
        return LEFT_SEMI;
      case "anti":
      case "leftanti":
        return LEFT_ANTI;
      default:
        throw new IllegalArgumentException(
            "Unsupported join type '"
                + name
                + "'. Supported join types include: 'inner', 'outer', 'full', 'fullouter',"
                + " 'full_outer', 'leftouter', 'left', 'left_outer', 'rightouter', 'right',"
                + " 'right_outer', 'leftsemi', 'left_semi', 'semi', 'leftanti', 'left_anti',"
                + " 'anti', 'cross'.");
    }
  }
}
