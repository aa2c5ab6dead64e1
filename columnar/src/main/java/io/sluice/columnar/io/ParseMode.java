package io.sluice.columnar.io;

import java.util.Locale;

/** What a text reader does with a record it cannot parse: Spark's {@code mode} option. */
public enum ParseMode {
  /** Unparsable fields become null; the raw record goes to the corrupt-record column if present. */
  PERMISSIVE,
  /** Malformed records are dropped. */
  DROPMALFORMED,
  /** The first malformed record fails the read. */
  FAILFAST;

  /** Parses the option value case-insensitively; {@code null} means the default, PERMISSIVE. */
  public static ParseMode fromOption(String value) {
    if (value == null) {
      return PERMISSIVE;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "option 'mode' must be one of PERMISSIVE, DROPMALFORMED, FAILFAST, not '" + value + "'",
          e);
    }
  }
}
