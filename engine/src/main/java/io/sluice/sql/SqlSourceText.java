package io.sluice.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The user's SQL text and the edits that make it parseable by Calcite's core parser, with the map
 * from positions in the edited text back to the user's text, so that errors and relation
 * positions always name what the user wrote.
 *
 * <p>Edits (made outside string literals, quoted identifiers and comments):
 *
 * <ul>
 *   <li>Spark's typed numeric suffixes ({@code 10L}, {@code 1S}, {@code 1Y}, {@code 1.5BD},
 *       {@code 1.5D}, {@code 1.5F}): the suffix becomes spaces and is remembered by the
 *       literal's position, so the translator types the literal;
 *   <li>{@code <=>} becomes {@code IS NOT DISTINCT FROM}; {@code ==} becomes {@code =};
 *   <li>{@code LEFT SEMI JOIN} and {@code LEFT ANTI JOIN}: {@code SEMI}/{@code ANTI} becomes
 *       spaces (Calcite's core grammar reads a left join) and is remembered by the position of
 *       {@code JOIN}, so the translator makes the semi or anti join;
 *   <li>a reserved word that the parser rejected where it expected an identifier ({@code year},
 *       {@code count}, {@code value}, ...) is back-quoted (see {@link SqlFrontEnd}).
 * </ul>
 *
 * <p>Not thread-safe; one per parse.
 */
final class SqlSourceText {

  /** A replacement of {@code length} characters of the original text at {@code start}. */
  private static final class Edit {
    final int start;
    final int length;
    final String replacement;

    Edit(int start, int length, String replacement) {
      this.start = start;
      this.length = length;
      this.replacement = replacement;
    }
  }

  private final String original;
  private final List<Edit> edits = new ArrayList<>();
  /** Original offset of a numeric literal's first character to its Spark suffix, upper case. */
  private final Map<Integer, String> numericSuffixes = new HashMap<>();
  /**
   * Original offset of a string literal's opening quote (the first of adjacent literals, which
   * Spark concatenates) to its value, unescaped as Spark does.
   */
  private final java.util.TreeMap<Integer, String> stringValues = new java.util.TreeMap<>();
  /** Original offset of a LEFT SEMI/ANTI JOIN's JOIN (Calcite's join type position) to SEMI/ANTI. */
  private final Map<Integer, String> semiJoins = new HashMap<>();

  private String edited;
  /** Parallel arrays: for each edit in order, its start in the edited text. */
  private int[] editedStarts = new int[0];

  private final SqlParserOptions options;

  SqlSourceText(String original) {
    this(original, SqlParserOptions.SPARK_DEFAULTS);
  }

  SqlSourceText(String original, SqlParserOptions options) {
    this.original = original;
    this.options = options;
    scan();
    rebuild();
  }

  String original() {
    return original;
  }

  /** The text to hand to Calcite. */
  String edited() {
    return edited;
  }

  /** The Spark suffix ({@code L}, {@code S}, {@code Y}, {@code BD}, {@code D}, {@code F}) of the numeric literal at that original offset, or null. */
  String numericSuffixAt(int originalOffset) {
    return numericSuffixes.get(originalOffset);
  }

  /**
   * The value of the string literal that starts at or after an original offset (a typed literal
   * {@code DATE '...'} starts at its keyword), unescaped as Spark does; null if there is none.
   */
  String stringValueFrom(int originalOffset) {
    Map.Entry<Integer, String> e = stringValues.ceilingEntry(Math.max(originalOffset, 0));
    return e == null ? null : e.getValue();
  }

  /** "SEMI" or "ANTI" when the JOIN at this original offset ended LEFT SEMI/ANTI JOIN; else null. */
  String semiJoinAt(int originalOffset) {
    return semiJoins.get(originalOffset);
  }

  /** True if the original offset lies inside text that an edit replaced. */
  boolean isEdited(int originalOffset) {
    for (Edit e : edits) {
      if (originalOffset >= e.start && originalOffset < e.start + e.length) {
        return true;
      }
    }
    return false;
  }

  /** Puts text before the user's ({@code SELECT } to parse an expression as a select item). */
  void prepend(String text) {
    addEdit(0, 0, text);
    rebuild();
  }

  /** Back-quotes the word at {@code [start, start + length)} of the original text. */
  void quoteWord(int start, int length) {
    addEdit(start, length, "`" + original.substring(start, start + length) + "`");
    rebuild();
  }

  /**
   * The offset in the original text of a Calcite position (1-based line and column, tabs counted
   * as one column) in the edited text.
   */
  int originalOffset(int editedLine, int editedColumn) {
    return toOriginal(offsetOf(edited, editedLine, editedColumn));
  }

  /** The offset in the original text of an offset in the edited text. */
  int toOriginal(int editedOffset) {
    int result = editedOffset;
    for (int i = edits.size() - 1; i >= 0; i--) {
      Edit e = edits.get(i);
      int es = editedStarts[i];
      if (editedOffset >= es) {
        int editedEnd = es + e.replacement.length();
        result = editedOffset < editedEnd ? e.start : e.start + e.length + (editedOffset - editedEnd);
        return Math.min(result, original.length());
      }
    }
    return Math.min(result, original.length());
  }

  /** The original offset of a Calcite node position, or -1 for none. */
  int originalOffset(SqlParserPos pos) {
    if (pos == null || pos.getLineNum() <= 0) {
      return -1;
    }
    return originalOffset(pos.getLineNum(), pos.getColumnNum());
  }

  /** A parse error at an original offset (or without position when the offset is negative). */
  ParseException error(String reason, int originalOffset, Throwable cause) {
    if (originalOffset < 0) {
      return new ParseException(reason, original, -1, -1, cause);
    }
    return new ParseException(
        reason, original, lineOf(originalOffset), positionInLine(originalOffset), cause);
  }

  /** A parse error with Spark's condition at an original offset (or without position when negative). */
  ParseException error(String condition, String reason, int originalOffset, Throwable cause) {
    if (originalOffset < 0) {
      return new ParseException(condition, reason, original, -1, -1, cause);
    }
    return new ParseException(
        condition, reason, original, lineOf(originalOffset), positionInLine(originalOffset), cause);
  }

  /** A parse error at a Calcite node position. */
  ParseException error(String reason, SqlParserPos pos) {
    return error(reason, originalOffset(pos), null);
  }

  /** 1-based line of an original offset. */
  int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < original.length(); i++) {
      char c = original.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= original.length() || original.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /** 0-based position in its line of an original offset. */
  int positionInLine(int offset) {
    int start = Math.min(offset, original.length());
    while (start > 0 && original.charAt(start - 1) != '\n' && original.charAt(start - 1) != '\r') {
      start--;
    }
    return offset - start;
  }

  /** Offset of a 1-based (line, column) in {@code text}; line breaks are \n, \r\n or \r. */
  static int offsetOf(String text, int line, int column) {
    int offset = 0;
    int currentLine = 1;
    while (currentLine < line && offset < text.length()) {
      char c = text.charAt(offset++);
      if (c == '\n') {
        currentLine++;
      } else if (c == '\r') {
        if (offset < text.length() && text.charAt(offset) == '\n') {
          offset++;
        }
        currentLine++;
      }
    }
    return Math.min(offset + Math.max(column, 1) - 1, text.length());
  }

  /** The token of the original text at an offset, for error messages ({@code FORM}, {@code ,}). */
  String tokenAt(int offset) {
    int i = offset;
    while (i < original.length() && Character.isWhitespace(original.charAt(i))) {
      i++;
    }
    if (i >= original.length()) {
      return null;
    }
    char c = original.charAt(i);
    int end = i + 1;
    if (isWordChar(c)) {
      while (end < original.length() && isWordChar(original.charAt(end))) {
        end++;
      }
    } else if (c == '\'' || c == '"' || c == '`') {
      while (end < original.length() && original.charAt(end) != c) {
        end += original.charAt(end) == '\\' && c != '`' ? 2 : 1;
      }
      // An unterminated quote is reported as the quote character alone.
      end = end < original.length() ? end + 1 : i + 1;
    } else {
      String ops = "<=>!|";
      while (end < original.length() && ops.indexOf(c) >= 0 && ops.indexOf(original.charAt(end)) >= 0 && end - i < 3) {
        end++;
      }
    }
    return original.substring(i, end);
  }

  /** The word (letters, digits, _) starting at an original offset, or null. */
  String wordAt(int offset) {
    if (offset >= original.length() || !isWordStart(original.charAt(offset))) {
      return null;
    }
    if (offset > 0 && isWordChar(original.charAt(offset - 1))) {
      return null;
    }
    int end = offset;
    while (end < original.length() && isWordChar(original.charAt(end))) {
      end++;
    }
    return original.substring(offset, end);
  }

  /** Start offset of the word that ends just before {@code offset} (skipping spaces), or -1. */
  int previousWordStart(int offset) {
    int i = Math.min(offset, original.length()) - 1;
    while (i >= 0 && Character.isWhitespace(original.charAt(i))) {
      i--;
    }
    if (i < 0 || !isWordChar(original.charAt(i))) {
      return -1;
    }
    while (i > 0 && isWordChar(original.charAt(i - 1))) {
      i--;
    }
    return isWordStart(original.charAt(i)) ? i : -1;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  // ---- the initial scan -----------------------------------------------------------------

  private void scan() {
    String s = original;
    int n = s.length();
    int i = 0;
    int semicolon = -1; // a ';' followed by nothing but white space, or -1
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      semicolon = c == ';' ? i : -1;
      if (c == ';') {
        i++;
      } else if (c == '"' && options.doubleQuotedIdentifiers()) {
        i = doubleQuotedIdentifier(s, i);
      } else if (c == '\'' || c == '"') {
        i = stringLiterals(s, i, false);
      } else if (c == '`') {
        i = skipQuoted(s, i, c, false);
      } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
        while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        i = bracketedComment(s, i);
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
        if (i > 0 && isWordChar(s.charAt(i - 1))) {
          // Part of an identifier such as t1.
          while (i < n && isWordChar(s.charAt(i))) {
            i++;
          }
        } else {
          i = scanNumber(s, i);
        }
      } else if (isWordChar(c)) {
        int start = i;
        while (i < n && isWordChar(s.charAt(i))) {
          i++;
        }
        boolean quoteFollows = i < n && (s.charAt(i) == '\'' || s.charAt(i) == '"');
        if (quoteFollows && i - start == 1 && (c == 'r' || c == 'R')) {
          i = stringLiterals(s, start, true); // r'C:\dir': a raw string
        } else if (quoteFollows && i - start == 1 && (c == 'x' || c == 'X')) {
          i = skipQuoted(s, i, s.charAt(i), false); // X'0A': Calcite reads binary literals
        } else {
          markSemiJoin(s, start, i);
          markKeywordFunction(s, start, i);
          parenthesizeValuesRelation(s, start, i);
        }
      } else if (s.startsWith("<=>", i)) {
        addEdit(i, 3, " IS NOT DISTINCT FROM ");
        i += 3;
      } else if (s.startsWith("==", i)) {
        addEdit(i, 2, "= ");
        i += 2;
      } else if (c == '<' || c == '>' || c == '!') {
        // Keep "<=", ">=", "!=" whole so that "<==" or ">==" is not read as "<" "==".
        i += i + 1 < n && s.charAt(i + 1) == '=' ? 2 : 1;
      } else {
        i++;
      }
    }
    if (semicolon >= 0) {
      // Spark accepts one statement with a trailing ';'.
      addEdit(semicolon, 1, " ");
    }
  }

  /**
   * Spark's string literals from {@code start}: one, or several separated by white space, which
   * Spark concatenates ({@code 'a' "b"}). Their value, unescaped as Spark's {@code
   * unescapeSQLString}, is remembered by the first one's offset; Calcite gets one plain
   * single-quoted literal in their place (its own escape rules differ from Spark's).
   */
  private int stringLiterals(String s, int start, boolean raw) {
    StringBuilder value = new StringBuilder();
    int i = start;
    int end;
    boolean rawFragment = raw;
    while (true) {
      int quoteAt = rawFragment ? i + 1 : i;
      char quote = s.charAt(quoteAt);
      end = closedQuoteEnd(s, quoteAt, quote, !rawFragment, !options.consecutiveStringLiterals());
      if (end < 0) {
        return s.length(); // unterminated: Calcite reports it
      }
      String body = s.substring(quoteAt + 1, end - 1).replace(quote + "" + quote, String.valueOf(quote));
      value.append(rawFragment ? body : unescape(body));
      int next = end;
      while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
        next++;
      }
      if (next < s.length()
          && (s.charAt(next) == '\'' || (s.charAt(next) == '"' && !options.doubleQuotedIdentifiers()))) {
        rawFragment = false;
        i = next;
      } else if (next + 1 < s.length() && (s.charAt(next) == 'r' || s.charAt(next) == 'R')
          && (s.charAt(next + 1) == '\'' || s.charAt(next + 1) == '"')) {
        rawFragment = true;
        i = next;
      } else {
        break;
      }
    }
    String text = value.toString();
    stringValues.put(start, text);
    StringBuilder placeholder = new StringBuilder(text.length() + 2).append('\'');
    for (int k = 0; k < text.length(); k++) {
      char ch = text.charAt(k);
      // Calcite only needs a well-formed literal; the translator takes the value from here.
      placeholder.append(ch == '\'' || ch == '\\' || ch == '\n' || ch == '\r' || ch < ' ' ? '_' : ch);
    }
    addEdit(start, end - start, placeholder.append('\'').toString());
    return end;
  }

  /**
   * With {@code doubleQuotedIdentifiers}, {@code "my col"} is a name: it becomes {@code `my col`}
   * ({@code ""} inside stands for {@code "}, as in Spark).
   */
  private int doubleQuotedIdentifier(String s, int start) {
    int end = closedQuoteEnd(s, start, '"', false, true);
    if (end < 0) {
      return s.length(); // unterminated: Calcite reports it
    }
    String name = s.substring(start + 1, end - 1).replace("\"\"", "\"");
    if (name.indexOf('`') < 0) {
      addEdit(start, end - start, "`" + name + "`");
    }
    return end;
  }

  /**
   * Spark's {@code unescapeSQLString} on a literal's body: backslash-u and four hex digits, backslash-U and eight,
   * octal {@code \[01][0-7][0-7]}, {@code \0 \b \n \r \t \Z}; {@code \%} and {@code \_} keep
   * their backslash (for LIKE); any other escaped character stands for itself.
   */
  static String unescape(String body) {
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    int n = body.length();
    int i = 0;
    while (i < n) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= n) {
        out.append(c);
        i++;
        continue;
      }
      char e = body.charAt(i + 1);
      if (e == 'u' && isHex(body, i + 2, 4)) {
        out.append((char) Integer.parseInt(body.substring(i + 2, i + 6), 16));
        i += 6;
      } else if (e == 'U' && isHex(body, i + 2, 8)) {
        out.appendCodePoint(Integer.parseUnsignedInt(body.substring(i + 2, i + 10), 16));
        i += 10;
      } else if ((e == '0' || e == '1') && i + 3 < n && isOctal(body.charAt(i + 2)) && isOctal(body.charAt(i + 3))) {
        out.append((char) (((e - '0') << 6) + ((body.charAt(i + 2) - '0') << 3) + (body.charAt(i + 3) - '0')));
        i += 4;
      } else {
        switch (e) {
          case '0': out.append((char) 0); break;
          case 'b': out.append('\b'); break;
          case 'n': out.append('\n'); break;
          case 'r': out.append('\r'); break;
          case 't': out.append('\t'); break;
          case 'Z': out.append((char) 0x1A); break;
          case '%': out.append("\\%"); break;
          case '_': out.append("\\_"); break;
          default: out.append(e); break;
        }
        i += 2;
      }
    }
    return out.toString();
  }

  private static boolean isHex(String s, int from, int count) {
    if (from + count > s.length()) {
      return false;
    }
    for (int k = from; k < from + count; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  /**
   * A bracketed comment from {@code start}; like Spark's they nest ({@code /* a /* b *\/ c *\/}).
   * Calcite's do not, so the comment becomes a space.
   */
  private int bracketedComment(String s, int start) {
    int depth = 0;
    int i = start;
    while (i < s.length()) {
      if (s.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (s.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          addEdit(start, i - start, " ");
          return i;
        }
      } else {
        i++;
      }
    }
    throw new ParseException(
        "UNCLOSED_BRACKETED_COMMENT", "Found an unclosed bracketed comment. Please, append */ at the end of the comment.",
        original, -1, -1, null);
  }

  /**
   * Spark functions whose names Calcite's grammar reads as operators: {@code contains(a, b)}
   * ({@code CONTAINS} is a period predicate there), {@code any(x)}, {@code position(a, b)} (Calcite
   * knows only {@code POSITION(a IN b)}) are back-quoted so that they parse as calls;
   * {@code a REGEXP b} becomes Calcite's {@code RLIKE}.
   */
  private void markKeywordFunction(String s, int start, int end) {
    String word = s.substring(start, end).toUpperCase(Locale.ROOT);
    int next = end;
    while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
      next++;
    }
    boolean call = next < s.length() && s.charAt(next) == '(';
    if (word.equals("REGEXP") && !call) {
      addEdit(start, end - start, "RLIKE");
      return;
    }
    if (!call) {
      return;
    }
    boolean quote;
    switch (word) {
      case "CONTAINS":
        quote = true;
        break;
      case "ANY":
        {
          int before = start - 1;
          while (before >= 0 && Character.isWhitespace(s.charAt(before))) {
            before--;
          }
          // "x = ANY (...)" is a quantified comparison, not the aggregate
          quote = before < 0 || "=<>!".indexOf(s.charAt(before)) < 0;
          break;
        }
      case "POSITION":
        quote = hasTopLevelComma(s, next);
        break;
      default:
        quote = false;
    }
    if (quote) {
      addEdit(start, end - start, "`" + s.substring(start, end) + "`");
    }
  }

  /**
   * Spark's inline tables, bridged to Calcite's core grammar. Calcite needs {@code FROM (VALUES
   * ...) AS t(a, b)}, where Spark also reads {@code FROM VALUES (1, 'a'), (2, 'b') AS t(a, b)} and
   * {@code FROM VALUES 1, 2 AS t(a)}: after FROM or JOIN, the rows get parentheses. Spark also lets
   * a value carry an alias it ignores ({@code VALUES (1 AS id)}, columns are named by position):
   * such an {@code AS name} at the top of a row is blanked, since Calcite's row has no aliases.
   */
  private void parenthesizeValuesRelation(String s, int start, int end) {
    if (!s.substring(start, end).equalsIgnoreCase("VALUES")) {
      return;
    }
    int first = skipSpace(s, end);
    int rowsEnd = first < s.length() && s.charAt(first) == '(' ? parenthesizedRowsEnd(s, end) : bareRowsEnd(s, end);
    if (rowsEnd < 0) {
      return;
    }
    blankAliasesInRows(s, end, rowsEnd);
    int before = previousWordStart(start);
    String previous = before < 0 ? "" : s.substring(before, start).trim().toUpperCase(Locale.ROOT);
    if (previous.equals("FROM") || previous.equals("JOIN")) {
      addEdit(start, 0, "(");
      addEdit(rowsEnd, 0, ")");
    }
  }

  /** The end of {@code (..), (..), ...} from {@code from}, or -1. */
  private static int parenthesizedRowsEnd(String s, int from) {
    int rowsEnd = -1;
    int i = from;
    while (true) {
      i = skipSpace(s, i);
      if (i >= s.length() || s.charAt(i) != '(') {
        return rowsEnd;
      }
      int close = closingParenthesis(s, i);
      if (close < 0) {
        return -1;
      }
      rowsEnd = close + 1;
      i = skipSpace(s, rowsEnd);
      if (i >= s.length() || s.charAt(i) != ',') {
        return rowsEnd;
      }
      i++;
    }
  }

  /** Words that end a list of bare values ({@code VALUES 1, 2 AS t(a)}): an alias or the next clause. */
  private static final java.util.Set<String> AFTER_BARE_VALUES =
      java.util.Set.of("AS", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "JOIN", "INNER", "LEFT", "RIGHT",
          "FULL", "CROSS", "NATURAL", "UNION", "EXCEPT", "INTERSECT", "ON", "USING", "WINDOW");

  /** The end (white space trimmed) of bare values {@code 1, now(), 'a'} from {@code from}, or -1. */
  private static int bareRowsEnd(String s, int from) {
    int i = from;
    int lastEnd = -1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(s, i, c, c != '`');
        lastEnd = i;
      } else if (c == '(') {
        int close = closingParenthesis(s, i);
        if (close < 0) {
          return -1;
        }
        i = close + 1;
        lastEnd = i;
      } else if (c == ')' || c == ';') {
        break;
      } else if (isWordStart(c)) {
        int w = i;
        while (i < s.length() && isWordChar(s.charAt(i))) {
          i++;
        }
        if (AFTER_BARE_VALUES.contains(s.substring(w, i).toUpperCase(Locale.ROOT))) {
          break;
        }
        lastEnd = i;
      } else {
        i++;
        lastEnd = i;
      }
    }
    return lastEnd;
  }

  /** Blanks {@code AS name} at the top level of each row in {@code [from, to)}. */
  private void blankAliasesInRows(String s, int from, int to) {
    int depth = 0;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(s, i, c, c != '`');
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 1 && isWordStart(c) && (i == 0 || !isWordChar(s.charAt(i - 1)))) {
        int w = i;
        while (i < to && isWordChar(s.charAt(i))) {
          i++;
        }
        if (s.substring(w, i).equalsIgnoreCase("AS")) {
          int name = skipSpace(s, i);
          int nameEnd = name;
          while (nameEnd < to && isWordChar(s.charAt(nameEnd))) {
            nameEnd++;
          }
          if (nameEnd > name) {
            addEdit(w, nameEnd - w, " ".repeat(nameEnd - w));
            i = nameEnd;
          }
        }
        continue;
      }
      i++;
    }
  }

  private static int skipSpace(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The offset of the ')' that closes the '(' at {@code open}, skipping quoted text; -1 if none. */
  private static int closingParenthesis(String s, int open) {
    int depth = 0;
    int i = open;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(s, i, c, c != '`');
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
      i++;
    }
    return -1;
  }

  /** True if the parenthesized list opening at {@code open} has a comma outside nested parentheses and quotes. */
  private static boolean hasTopLevelComma(String s, int open) {
    int depth = 0;
    int i = open;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = skipQuoted(s, i, c, c != '`');
        continue;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return false;
        }
      } else if (c == ',' && depth == 1) {
        return true;
      }
      i++;
    }
    return false;
  }

  /** If the word at [start, end) is SEMI or ANTI between LEFT and JOIN, blanks it and remembers it. */
  private void markSemiJoin(String s, int start, int end) {
    String word = s.substring(start, end).toUpperCase(Locale.ROOT);
    if (!word.equals("SEMI") && !word.equals("ANTI")) {
      return;
    }
    int left = previousWordStart(start);
    int next = end;
    while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
      next++;
    }
    boolean joinFollows = s.regionMatches(true, next, "JOIN", 0, 4)
        && (next + 4 == s.length() || !isWordChar(s.charAt(next + 4)));
    if (left >= 0 && s.regionMatches(true, left, "LEFT", 0, 4) && left + 4 <= start
        && s.substring(left + 4, start).isBlank() && joinFollows) {
      semiJoins.put(next, word);
      addEdit(start, end - start, " ".repeat(end - start));
    }
  }

  /** Like {@link #skipQuoted}, but -1 when the quote is not closed. */
  private static int closedQuoteEnd(
      String s, int start, char quote, boolean backslashEscapes, boolean doubledQuoteEscapes) {
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
      } else if (doubledQuoteEscapes && c == quote && i + 1 < s.length() && s.charAt(i + 1) == quote) {
        i += 2; // a doubled quote is the quote itself, as in Spark 4 ('it''s')
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return -1;
  }

  private static int skipQuoted(String s, int start, char quote, boolean backslashEscapes) {
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else {
        i++;
      }
    }
    return s.length();
  }

  /** Scans a numeric literal at {@code start}; records and blanks a Spark type suffix. */
  private int scanNumber(String s, int start) {
    int n = s.length();
    int i = start;
    while (i < n && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && Character.isDigit(s.charAt(i))) {
        i++;
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
        j++;
      }
      if (j < n && Character.isDigit(s.charAt(j))) {
        i = j;
        while (i < n && Character.isDigit(s.charAt(i))) {
          i++;
        }
      }
    }
    int end = i;
    while (end < n && isWordChar(s.charAt(end))) {
      end++;
    }
    if (end > i) {
      String suffix = s.substring(i, end).toUpperCase(Locale.ROOT);
      if (suffix.equals("L") || suffix.equals("S") || suffix.equals("Y") || suffix.equals("BD")
          || suffix.equals("D") || suffix.equals("F")) {
        numericSuffixes.put(start, suffix);
        addEdit(i, end - i, " ".repeat(end - i));
      }
    }
    return end;
  }

  private void addEdit(int start, int length, String replacement) {
    int at = 0;
    // Insertions (length 0) at an offset stay before a replacement that starts there.
    while (at < edits.size()
        && (edits.get(at).start < start || (edits.get(at).start == start && edits.get(at).length == 0))) {
      at++;
    }
    edits.add(at, new Edit(start, length, replacement));
  }

  private void rebuild() {
    StringBuilder out = new StringBuilder(original.length() + 16);
    editedStarts = new int[edits.size()];
    int from = 0;
    for (int k = 0; k < edits.size(); k++) {
      Edit e = edits.get(k);
      out.append(original, from, e.start);
      editedStarts[k] = out.length();
      out.append(e.replacement);
      from = e.start + e.length;
    }
    out.append(original, from, original.length());
    edited = out.toString();
  }
}
