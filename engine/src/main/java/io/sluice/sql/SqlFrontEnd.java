package io.sluice.sql;

import io.sluice.plan.LogicalPlan;
import io.sluice.plan.expr.Alias;
import io.sluice.plan.expr.UnresolvedExpr;
import java.io.StringReader;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.CharLiteralStyle;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;
import org.apache.calcite.sql.parser.impl.Token;
import org.apache.calcite.sql.validate.SqlConformanceEnum;

/**
 * SQL text to unresolved logical plans, through Calcite's parser. Calcite only parses: the
 * {@link QueryTranslator} and {@link ExpressionTranslator} turn its tree into Sluice's plan, and
 * Sluice's analyzer does the rest. Thread-safe (stateless).
 *
 * <p>The parser is set up to read Spark SQL: identifiers are case-insensitive and keep their
 * case, {@code `back-quoted`} identifiers, {@code 'single'} and {@code "double"} quoted strings
 * with backslash escapes, {@code !=}, {@code %}, {@code LIMIT}. What Calcite's core grammar lacks
 * is bridged by small edits of the text ({@link SqlSourceText}) whose positions map back to the
 * user's text: Spark's numeric suffixes ({@code 10L}), {@code <=>}, {@code ==}, a trailing
 * {@code ;}, and reserved words used as names ({@code year}, {@code count}, {@code value}).
 */
public final class SqlFrontEnd {

  private static final SqlParser.Config CONFIG =
      SqlParser.config()
          .withCaseSensitive(false)
          .withUnquotedCasing(Casing.UNCHANGED)
          .withQuotedCasing(Casing.UNCHANGED)
          // Back-quoted identifiers; with BQ char literal styles "..." is a string, as in Spark.
          .withQuoting(Quoting.BACK_TICK_BACKSLASH)
          .withCharLiteralStyles(EnumSet.of(CharLiteralStyle.BQ_SINGLE, CharLiteralStyle.BQ_DOUBLE))
          .withConformance(SqlConformanceEnum.BABEL)
          .withIdentifierMaxLength(1024);

  /** How many reserved words one statement may use as names before we give up repairing. */
  private static final int MAX_REPAIRS = 32;

  /**
   * Reserved words that are never quoted to repair a parse: they carry the structure of a query,
   * so a query that fails near one of them has a real syntax error.
   */
  private static final Set<String> STRUCTURAL_WORDS =
      Set.of(
          "ALL", "AND", "ANY", "AS", "ASC", "BETWEEN", "BY", "CALL", "CASE", "CAST", "CREATE",
          "CROSS", "CURRENT", "CURSOR", "DEFAULT", "DELETE", "DESC", "DESCRIBE", "DISTINCT",
          "DROP", "ELSE", "END", "ESCAPE", "EXCEPT", "EXISTS", "EXPLAIN", "FALSE", "FETCH",
          "FILTER", "FOR", "FROM", "FULL", "GRANT", "GROUP", "HAVING", "IN", "INNER", "INSERT",
          "INTERSECT", "INTERVAL", "INTO", "IS", "JOIN", "LATERAL", "LEFT", "LIKE", "LIMIT",
          "MERGE", "MINUS", "NATURAL", "NOT", "NULL", "OF", "OFFSET", "ON", "OR",
          "ORDER", "OUTER", "OVER", "PARTITION", "RANGE", "RIGHT", "ROLLUP", "ROW", "ROWS",
          "SELECT", "SET", "SETS", "SOME", "STREAM", "TABLE", "TABLESAMPLE", "THEN", "TO",
          "TRUE", "UNION", "UNKNOWN", "UNNEST", "UPDATE", "USING", "VALUES", "WHEN", "WHERE",
          "WINDOW", "WITH");

  private static final SqlAbstractParserImpl.Metadata KEYWORDS =
      SqlParserImpl.FACTORY.getParser(new StringReader("")).getMetadata();

  private static final Pattern CALCITE_POSITION =
      Pattern.compile("at line (\\d+), column (\\d+)");

  private SqlFrontEnd() {}

  /** Parses one query ({@code SELECT ...}); TIMESTAMP literals without an offset are UTC. */
  public static LogicalPlan parseQuery(String sql) {
    return parseQuery(sql, ZoneOffset.UTC);
  }

  /**
   * Parses one query ({@code SELECT ...}); TIMESTAMP and DATE literals without an offset are
   * local time in {@code sessionZone}, as Spark reads them.
   */
  public static LogicalPlan parseQuery(String sql, ZoneId sessionZone) {
    return parse(sql, sessionZone).plan();
  }

  /** {@link #parseQuery(String, ZoneId)}, with the CTE definitions the query never uses. */
  public static ParsedQuery parse(String sql, ZoneId sessionZone) {
    return parse(sql, sessionZone, SqlParserOptions.SPARK_DEFAULTS);
  }

  /** {@link #parse(String, ZoneId)} under Spark's parser configurations {@code options}. */
  public static ParsedQuery parse(String sql, ZoneId sessionZone, SqlParserOptions options) {
    Objects.requireNonNull(sql, "sql");
    SqlSourceText source = new SqlSourceText(sql, options);
    SqlNode node = parse(source);
    QueryTranslator translator =
        new QueryTranslator(source, new ExpressionTranslator(source, sessionZone), options.nestedCteNameConflictFails());
    LogicalPlan plan = translator.query(node);
    return new ParsedQuery(plan, translator.unusedCtes());
  }

  /** {@link #parseExpression(String, ZoneId)} with TIMESTAMP literals read as UTC. */
  public static UnresolvedExpr parseExpression(String expression) {
    return parseExpression(expression, ZoneOffset.UTC);
  }

  /**
   * Parses one expression, as {@code expr()}, {@code selectExpr()} and {@code filter(String)} take
   * it; like Spark's, it may carry an alias ({@code "age + 1 AS next"}).
   */
  public static UnresolvedExpr parseExpression(String expression, ZoneId sessionZone) {
    Objects.requireNonNull(expression, "expression");
    SqlSourceText source = new SqlSourceText(expression);
    source.prepend("SELECT ");
    SqlNode node = parse(source);
    SqlSelect select = node instanceof SqlSelect ? (SqlSelect) node : null;
    if (select == null
        || select.getSelectList().size() != 1
        || select.isDistinct()
        || select.getFrom() != null
        || select.getWhere() != null
        || select.getGroup() != null
        || select.getHaving() != null
        || select.getOrderList() != null
        || select.getFetch() != null) {
      throw source.error("Expected one expression, found: '" + expression.trim() + "'", 0, null);
    }
    SqlNode item = select.getSelectList().get(0);
    ExpressionTranslator translator = new ExpressionTranslator(source, sessionZone);
    if (item.getKind() == SqlKind.AS) {
      SqlCall as = (SqlCall) item;
      return new Alias(translator.translate(as.operand(0)), ((SqlIdentifier) as.operand(1)).getSimple());
    }
    return translator.translate(item);
  }

  // ---- parsing with repairs ---------------------------------------------------------------

  private static SqlNode parse(SqlSourceText source) {
    ParseException reported = null;
    int repairedAt = -1;
    for (int attempt = 0; ; attempt++) {
      try {
        return SqlParser.create(source.edited(), CONFIG).parseQuery();
      } catch (SqlParseException e) {
        int offset = errorOffset(source, e);
        if (reported == null || offset > repairedAt) {
          // The first error, or a later one that the last repair got past.
          reported = toParseException(source, e, offendingOffset(source, e, offset));
        }
        if (attempt >= MAX_REPAIRS || !quoteReservedWord(source, e, offset)) {
          throw reported;
        }
        repairedAt = offset;
      }
    }
  }

  /**
   * Calcite's core grammar reserves words that Spark lets you use as names ({@code year},
   * {@code count}, {@code value}, {@code date}...). When the parse fails at such a word where a
   * name may stand, back-quote it and try again.
   */
  private static boolean quoteReservedWord(SqlSourceText source, SqlParseException e, int offset) {
    if (offset < 0 || source.isEdited(offset)) {
      return false;
    }
    // Calcite reports the error at the reserved word itself (it expected, say, "(" after YEAR).
    int at = offset;
    if (at + 1 < source.original().length() && source.original().charAt(at) == '.') {
      at++; // t.year: Calcite stops at the dot before the reserved word
    }
    if (source.isEdited(at)) {
      return false;
    }
    String word = source.wordAt(at);
    if (word == null) {
      return false;
    }
    String upper = word.toUpperCase(Locale.ROOT);
    if (STRUCTURAL_WORDS.contains(upper) || !KEYWORDS.isReservedWord(upper)) {
      return false;
    }
    source.quoteWord(at, word.length());
    return true;
  }

  private static int errorOffset(SqlSourceText source, SqlParseException e) {
    String message = String.valueOf(e.getMessage());
    if (message.startsWith("Encountered \"<EOF>\"")) {
      return source.original().length();
    }
    SqlParserPos pos = e.getPos();
    if (pos != null && pos.getLineNum() > 0) {
      return source.originalOffset(pos.getLineNum(), pos.getColumnNum());
    }
    Matcher m = CALCITE_POSITION.matcher(message);
    if (m.find()) {
      return source.originalOffset(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    return -1;
  }

  /**
   * Where Spark would put the error. Calcite reports where the failed lookahead started ("Encountered
   * "= =""); the token that did not fit is the last one of that sequence.
   */
  private static int offendingOffset(SqlSourceText source, SqlParseException e, int offset) {
    if (!String.valueOf(e.getMessage()).startsWith("Encountered")
        || !(e.getCause() instanceof org.apache.calcite.sql.parser.impl.ParseException)) {
      return offset;
    }
    org.apache.calcite.sql.parser.impl.ParseException cause =
        (org.apache.calcite.sql.parser.impl.ParseException) e.getCause();
    if (cause.currentToken == null || cause.currentToken.next == null || cause.expectedTokenSequences == null) {
      return offset;
    }
    int length = 0;
    for (int[] sequence : cause.expectedTokenSequences) {
      length = Math.max(length, sequence.length);
    }
    Token token = cause.currentToken.next;
    for (int i = 1; i < length && token.kind != 0 && token.next != null; i++) {
      token = token.next;
    }
    if (token.kind == 0) {
      return source.original().length();
    }
    return source.originalOffset(token.beginLine, token.beginColumn);
  }

  /** Calcite's error as Spark words it: {@code Syntax error at or near 'FORM'}. */
  private static ParseException toParseException(SqlSourceText source, SqlParseException e, int offset) {
    String message = String.valueOf(e.getMessage());
    String reason;
    if (message.startsWith("Encountered")
        || message.startsWith("Incorrect syntax near")
        || message.startsWith("Lexical error")
        || e.getCause() instanceof org.apache.calcite.sql.parser.impl.TokenMgrError) {
      String token = offset < 0 ? null : source.tokenAt(offset);
      reason = token == null ? "Syntax error at or near end of input" : "Syntax error at or near '" + token + "'";
    } else {
      String firstLine = message.split("\r?\n", 2)[0];
      reason = CALCITE_POSITION.matcher(firstLine).replaceAll("").replaceAll("\\s+$", "");
      if (reason.endsWith(".")) {
        reason = reason.substring(0, reason.length() - 1);
      }
    }
    return source.error(reason, offset, e);
  }
}
