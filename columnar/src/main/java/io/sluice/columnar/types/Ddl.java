package io.sluice.columnar.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Spark-style DDL strings ({@code "age STRING, year INT, rate DECIMAL(10,2) NOT NULL"}) to Arrow
 * schemas and back. Type names follow Spark, with its aliases ({@code INTEGER}, {@code LONG},
 * {@code SHORT}, {@code BYTE}, {@code REAL}, {@code VARCHAR(n)}, {@code CHAR(n)}, {@code
 * TIMESTAMP_LTZ}, {@code DEC}, {@code NUMERIC}); names may be back-quoted; an optional {@code
 * STRUCT<...>} wrapper and {@code COMMENT '...'} clauses are accepted.
 */
public final class Ddl {

  private Ddl() {}

  /** Parses a DDL column list into an Arrow schema. Errors name the position in the string. */
  public static Schema parseSchema(String ddl) {
    String text = ddl.trim();
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.startsWith("STRUCT<") && text.endsWith(">")) {
      text = text.substring("STRUCT<".length(), text.length() - 1);
    }
    List<Field> fields = new ArrayList<>();
    Cursor c = new Cursor(ddl, text);
    c.skipSpaces();
    if (c.atEnd()) {
      return new Schema(fields);
    }
    while (true) {
      String name = c.readName();
      c.skipSpaces();
      if (c.peek() == ':') {
        c.pos++;
        c.skipSpaces();
      }
      DataType type = c.readType();
      boolean nullable = true;
      c.skipSpaces();
      if (c.matchWord("NOT")) {
        c.skipSpaces();
        if (!c.matchWord("NULL")) {
          throw c.error("expected NULL after NOT");
        }
        nullable = false;
        c.skipSpaces();
      }
      if (c.matchWord("COMMENT")) {
        c.skipSpaces();
        c.readQuoted();
        c.skipSpaces();
      }
      fields.add(field(name, type, nullable));
      if (c.atEnd()) {
        break;
      }
      if (c.peek() != ',') {
        throw c.error("expected ',' or end of input");
      }
      c.pos++;
      c.skipSpaces();
    }
    return new Schema(fields);
  }

  /** Parses one type name, as {@code cast(x AS <type>)} or {@code Column.cast("int")} take it. */
  public static DataType parseType(String typeName) {
    Cursor c = new Cursor(typeName, typeName.trim());
    DataType type = c.readType();
    c.skipSpaces();
    if (!c.atEnd()) {
      throw c.error("unexpected text after type");
    }
    return type;
  }

  /** An Arrow field of the given Sluice type. */
  public static Field field(String name, DataType type, boolean nullable) {
    return new Field(name, new FieldType(nullable, type.toArrow(), null), null);
  }

  /** The Sluice type of an Arrow field. */
  public static DataType typeOf(Field field) {
    return DataType.fromArrow(field.getType());
  }

  /** Writes a schema as a DDL string that {@link #parseSchema} reads back to the same schema. */
  public static String toDdl(Schema schema) {
    StringBuilder out = new StringBuilder();
    for (Field f : schema.getFields()) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(quoteIfNeeded(f.getName())).append(' ').append(typeOf(f).sqlName());
      if (!f.isNullable()) {
        out.append(" NOT NULL");
      }
    }
    return out.toString();
  }

  /** Spark's {@code printSchema()} tree: {@code root} then {@code  |-- name: type (nullable = true)}. */
  public static String treeString(Schema schema) {
    StringBuilder out = new StringBuilder("root\n");
    for (Field f : schema.getFields()) {
      out.append(" |-- ")
          .append(f.getName())
          .append(": ")
          .append(typeOf(f).typeName())
          .append(" (nullable = ")
          .append(f.isNullable())
          .append(")\n");
    }
    return out.toString();
  }

  private static String quoteIfNeeded(String name) {
    boolean plain = !name.isEmpty() && Character.isJavaIdentifierStart(name.charAt(0));
    for (int i = 0; plain && i < name.length(); i++) {
      plain = Character.isJavaIdentifierPart(name.charAt(i));
    }
    return plain ? name : "`" + name.replace("`", "``") + "`";
  }

  private static final class Cursor {
    final String original;
    final String text;
    final int offset;
    int pos;

    Cursor(String original, String text) {
      this.original = original;
      this.text = text;
      int at = original.indexOf(text);
      this.offset = Math.max(at, 0);
    }

    boolean atEnd() {
      return pos >= text.length();
    }

    char peek() {
      return atEnd() ? '\0' : text.charAt(pos);
    }

    void skipSpaces() {
      while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(
          "cannot parse DDL at position " + (offset + pos) + ": " + what + " in \"" + original + "\"");
    }

    boolean matchWord(String word) {
      int end = pos + word.length();
      if (end <= text.length()
          && text.regionMatches(true, pos, word, 0, word.length())
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        pos = end;
        return true;
      }
      return false;
    }

    String readName() {
      if (peek() == '`') {
        StringBuilder name = new StringBuilder();
        pos++;
        while (true) {
          if (atEnd()) {
            throw error("unterminated back-quoted name");
          }
          char ch = text.charAt(pos++);
          if (ch == '`') {
            if (peek() == '`') {
              name.append('`');
              pos++;
            } else {
              return name.toString();
            }
          } else {
            name.append(ch);
          }
        }
      }
      int start = pos;
      while (!atEnd()
          && (Character.isLetterOrDigit(text.charAt(pos))
              || text.charAt(pos) == '_'
              || text.charAt(pos) == '$')) {
        pos++;
      }
      if (start == pos) {
        throw error("expected a column name");
      }
      return text.substring(start, pos);
    }

    void readQuoted() {
      char quote = peek();
      if (quote != '\'' && quote != '"') {
        throw error("expected a quoted comment");
      }
      pos++;
      while (!atEnd() && text.charAt(pos) != quote) {
        if (text.charAt(pos) == '\\') {
          pos++;
        }
        pos++;
      }
      if (atEnd()) {
        throw error("unterminated comment");
      }
      pos++;
    }

    int[] readArgs() {
      skipSpaces();
      if (peek() != '(') {
        return null;
      }
      pos++;
      List<Integer> args = new ArrayList<>();
      while (true) {
        skipSpaces();
        int start = pos;
        while (!atEnd() && Character.isDigit(text.charAt(pos))) {
          pos++;
        }
        if (start == pos) {
          throw error("expected a number");
        }
        args.add(Integer.parseInt(text.substring(start, pos)));
        skipSpaces();
        if (peek() == ',') {
          pos++;
        } else if (peek() == ')') {
          pos++;
          break;
        } else {
          throw error("expected ',' or ')'");
        }
      }
      int[] out = new int[args.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = args.get(i);
      }
      return out;
    }

    DataType readType() {
      int start = pos;
      while (!atEnd() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
        pos++;
      }
      if (start == pos) {
        throw error("expected a type name");
      }
      String name = text.substring(start, pos).toUpperCase(Locale.ROOT);
      int typeStart = start;
      switch (name) {
        case "STRING":
        case "TEXT":
          return DataType.STRING;
        case "VARCHAR":
        case "CHAR":
          readArgs();
          return DataType.STRING;
        case "TINYINT":
        case "BYTE":
          return DataType.TINYINT;
        case "SMALLINT":
        case "SHORT":
          return DataType.SMALLINT;
        case "INT":
        case "INTEGER":
          return DataType.INT;
        case "BIGINT":
        case "LONG":
          return DataType.BIGINT;
        case "FLOAT":
        case "REAL":
          return DataType.FLOAT;
        case "DOUBLE":
          return DataType.DOUBLE;
        case "DECIMAL":
        case "DEC":
        case "NUMERIC":
          {
            int[] args = readArgs();
            try {
              if (args == null) {
                return DataType.DECIMAL_DEFAULT;
              }
              if (args.length == 1) {
                return DataType.decimal(args[0], 0);
              }
              if (args.length == 2) {
                return DataType.decimal(args[0], args[1]);
              }
            } catch (IllegalArgumentException e) {
              pos = typeStart;
              throw error(e.getMessage());
            }
            pos = typeStart;
            throw error("DECIMAL takes (precision) or (precision, scale)");
          }
        case "BOOLEAN":
        case "BOOL":
          return DataType.BOOLEAN;
        case "DATE":
          return DataType.DATE;
        case "TIMESTAMP":
        case "TIMESTAMP_LTZ":
          return DataType.TIMESTAMP;
        case "BINARY":
          return DataType.BINARY;
        case "VOID":
          return DataType.NULL;
        default:
          pos = typeStart;
          throw error("unknown type '" + text.substring(start, start + name.length()) + "'");
      }
    }
  }
}
