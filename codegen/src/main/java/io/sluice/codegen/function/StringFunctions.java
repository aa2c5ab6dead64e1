package io.sluice.codegen.function;

import io.sluice.codegen.errors.SqlErrors;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Spark's string functions over non-null arguments (the registry makes them null-strict unless
 * noted). Positions and lengths count code points, as Spark's UTF8String counts characters.
 *
 * <p>Patterns: generated code compiles a literal pattern once per plan ({@link #literalPattern})
 * and calls the {@code Pattern} overloads; a pattern that varies by row (and the interpreter)
 * goes through a bounded cache of compiled patterns.
 */
public final class StringFunctions {

  private static final int MAX_PATTERNS = 256;
  private static final ConcurrentHashMap<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private StringFunctions() {}

  public static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Spark's substringSQL: 1-based; 0 acts as 1; negative counts from the end. */
  public static String substring(String s, int pos, int len) {
    int n = length(s);
    int start = pos > 0 ? pos - 1 : pos < 0 ? n + pos : 0;
    long endL = (long) start + len;
    int end = endL > Integer.MAX_VALUE ? Integer.MAX_VALUE : endL < Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) endL;
    start = Math.max(start, 0);
    end = Math.min(end, n);
    if (start >= end) {
      return "";
    }
    return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
  }

  public static String substring(String s, int pos) {
    return substring(s, pos, Integer.MAX_VALUE);
  }

  /** Null if any part is null (the registry's strict policy does that). */
  public static String concat(String[] parts) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      b.append(p);
    }
    return b.toString();
  }

  /** Null-tolerant: null parts are skipped; a null separator gives null. */
  public static String concatWs(String sep, String[] parts) {
    if (sep == null) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    boolean first = true;
    for (String p : parts) {
      if (p != null) {
        if (!first) {
          b.append(sep);
        }
        b.append(p);
        first = false;
      }
    }
    return b.toString();
  }

  /** Spark trims the space character only, not all whitespace. */
  public static String trim(String s) {
    return rtrim(ltrim(s));
  }

  public static String ltrim(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return s.substring(i);
  }

  public static String rtrim(String s) {
    int i = s.length();
    while (i > 0 && s.charAt(i - 1) == ' ') {
      i--;
    }
    return s.substring(0, i);
  }

  public static String lpad(String s, int len, String pad) {
    return pad(s, len, pad, true);
  }

  public static String rpad(String s, int len, String pad) {
    return pad(s, len, pad, false);
  }

  private static String pad(String s, int len, String pad, boolean left) {
    if (len <= 0) {
      return "";
    }
    int n = length(s);
    if (n >= len) {
      return substring(s, 1, len);
    }
    int padLen = length(pad);
    if (padLen == 0) {
      return s;
    }
    int need = len - n;
    StringBuilder fill = new StringBuilder();
    while (length(fill.toString()) < need) {
      fill.append(pad);
    }
    String f = substring(fill.toString(), 1, need);
    return left ? f + s : s + f;
  }

  /**
   * Spark's {@code split_part}: the {@code part}-th piece (1-based; below 0 from the end) of
   * {@code s} split at each occurrence of the literal {@code delimiter} (an empty one does not
   * split); "" past either end; part 0 is {@code [INVALID_INDEX_OF_ZERO]}.
   */
  public static String splitPart(String s, String delimiter, int part) {
    if (part == 0) {
      throw SqlErrors.indexOfZero();
    }
    java.util.List<String> pieces = new java.util.ArrayList<>();
    if (delimiter.isEmpty()) {
      pieces.add(s);
    } else {
      int from = 0;
      for (int at = s.indexOf(delimiter); at >= 0; at = s.indexOf(delimiter, from)) {
        pieces.add(s.substring(from, at));
        from = at + delimiter.length();
      }
      pieces.add(s.substring(from));
    }
    int index = part > 0 ? part - 1 : pieces.size() + part;
    return index >= 0 && index < pieces.size() ? pieces.get(index) : "";
  }

  public static String replace(String s, String search, String replacement) {
    return search.isEmpty() ? s : s.replace(search, replacement);
  }

  /**
   * Java regular expressions and {@code $1} group references, as Spark. A bad pattern is an error.
   * Matches start at the 1-based {@code position} (the resolver checks it is positive); the text
   * before it is kept, and a position past the end leaves {@code s} as it is, as Spark's {@code
   * RegExpReplace}.
   */
  public static String regexpReplace(String s, String regex, String replacement, int position) {
    return regexpReplace(s, pattern(regex, "regexp_replace"), replacement, position);
  }

  public static String regexpReplace(String s, Pattern regex, String replacement, int position) {
    if (position == 1) {
      return regex.matcher(s).replaceAll(replacement);
    }
    int from = position - 1;
    if (from >= s.length()) {
      return s;
    }
    Matcher m = regex.matcher(s);
    m.region(from, s.length());
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, replacement);
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * Spark's regexp_extract: group {@code idx} of the first match, "" if none. A group index below
   * 0 or past the pattern's groups raises [INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX], checked
   * only when the pattern matches (as Spark's {@code RegExpExtract}).
   */
  public static String regexpExtract(String s, String regex, int idx) {
    return regexpExtract(s, pattern(regex, "regexp_extract"), idx);
  }

  public static String regexpExtract(String s, Pattern regex, int idx) {
    java.util.regex.Matcher m = regex.matcher(s);
    if (!m.find()) {
      return "";
    }
    if (idx < 0 || idx > m.groupCount()) {
      throw io.sluice.codegen.errors.SqlErrors.regexGroupIndex("regexp_extract", m.groupCount(), idx);
    }
    String g = m.group(idx);
    return g == null ? "" : g;
  }

  /**
   * SQL {@code s LIKE pattern}: {@code _} is any one character, {@code %} any run, {@code \\}
   * escapes {@code _}, {@code %} or itself; the whole string must match (Spark's default escape).
   */
  public static boolean like(String s, String likePattern) {
    return like(s, likePattern, '\\');
  }

  /** {@code s LIKE pattern ESCAPE 'c'}: {@code escape} is one character (the resolver checks). */
  public static boolean likeEscape(String s, String likePattern, String escape) {
    return like(s, likePattern, escape.charAt(0));
  }

  private static boolean like(String s, String likePattern, char escape) {
    String key = escape == '\\' ? likePattern : escape + likePattern;
    Pattern p = LIKE_PATTERNS.get(key);
    if (p == null) {
      p = compileLike(likePattern, escape);
      if (LIKE_PATTERNS.size() >= MAX_PATTERNS) {
        LIKE_PATTERNS.clear(); // start over rather than stop caching: a hot pattern gets back in
      }
      LIKE_PATTERNS.put(key, p);
    }
    return like(s, p);
  }

  /** {@code s LIKE pattern} with the pattern compiled by {@link #literalPattern}. */
  public static boolean like(String s, Pattern likePattern) {
    return likePattern.matcher(s).matches();
  }

  private static Pattern compileLike(String likePattern, char escape) {
    return Pattern.compile(likeToRegex(likePattern, escape), Pattern.DOTALL);
  }

  private static final ConcurrentHashMap<String, Pattern> LIKE_PATTERNS = new ConcurrentHashMap<>();

  /**
   * The compiled form of a literal pattern for the function {@code method} of this class
   * ({@code rlike}, {@code regexpReplace}, {@code regexpExtract}, {@code like}), which then has an
   * overload taking it; null for other functions and for an invalid pattern (left to the per-row
   * method to report, as Spark reports it when the query runs).
   */
  public static Pattern literalPattern(String method, String pattern) {
    try {
      switch (method) {
        case "rlike":
        case "regexpReplace":
        case "regexpExtract":
          return Pattern.compile(pattern);
        case "like":
          return compileLike(pattern, '\\');
        default:
          return null;
      }
    } catch (PatternSyntaxException e) {
      return null;
    }
  }

  /**
   * Spark's {@code StringUtils.escapeLikeRegex}: the escape character may only precede {@code _},
   * {@code %} or itself, and may not end the pattern ({@code INVALID_FORMAT.ESC_IN_THE_MIDDLE},
   * {@code ESC_AT_THE_END}).
   */
  static String likeToRegex(String like, char escape) {
    StringBuilder regex = new StringBuilder(like.length() + 8);
    for (int i = 0; i < like.length(); i++) {
      char c = like.charAt(i);
      if (c == escape) {
        if (i + 1 == like.length()) {
          throw SqlErrors.likeEscape(like, null);
        }
        char next = like.charAt(++i);
        if (next != '_' && next != '%' && next != escape) {
          throw SqlErrors.likeEscape(like, next);
        }
        regex.append(Pattern.quote(String.valueOf(next)));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

  public static boolean rlike(String s, String regex) {
    return rlike(s, pattern(regex, "rlike"));
  }

  public static boolean rlike(String s, Pattern regex) {
    return regex.matcher(s).find();
  }

  private static Pattern pattern(String regex, String functionName) {
    Pattern p = PATTERNS.get(regex);
    if (p == null) {
      try {
        p = Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        throw SqlErrors.invalidPattern(functionName, regex);
      }
      if (PATTERNS.size() >= MAX_PATTERNS) {
        PATTERNS.clear();
      }
      PATTERNS.put(regex, p);
    }
    return p;
  }

  /** 1-based position of the first occurrence, 0 if none. */
  public static int instr(String s, String sub) {
    int i = s.indexOf(sub);
    return i < 0 ? 0 : s.codePointCount(0, i) + 1;
  }

  public static String reverse(String s) {
    return new StringBuilder(s).reverse().toString();
  }

  /** Spark: every word (split at spaces) has its first letter upper-cased and the rest lower-cased. */
  /**
   * Spark 4's {@code initcap}: each letter after an ASCII space (or first) in title case, every
   * other lower case, by code point. Title case is Unicode's full mapping, as Spark's ICU case
   * mapping applies it: a letter whose upper case is several characters keeps the first in upper
   * case and the rest in lower case ({@code ß} is {@code Ss}, {@code ﬁ} is {@code Fi}).
   */
  public static String initcap(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (start) {
        appendTitleCase(b, c);
      } else {
        b.appendCodePoint(Character.toLowerCase(c));
      }
      start = c == ' ';
      i += Character.charCount(c);
    }
    return b.toString();
  }

  private static void appendTitleCase(StringBuilder b, int c) {
    int title = Character.toTitleCase(c);
    if (title != c) {
      b.appendCodePoint(title);
      return;
    }
    String upper = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
    if (upper.codePointCount(0, upper.length()) == 1 || c == 0x0149) {
      // One code point, or U+0149 (ŉ), whose title case is its upper case ʼN.
      b.append(upper);
      return;
    }
    int first = upper.codePointAt(0);
    b.appendCodePoint(first).append(upper.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
  }

  public static boolean contains(String s, String sub) {
    return s.contains(sub);
  }

  public static boolean startsWith(String s, String prefix) {
    return s.startsWith(prefix);
  }

  public static boolean endsWith(String s, String suffix) {
    return s.endsWith(suffix);
  }
}
