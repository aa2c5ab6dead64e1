package io.sluice.conformance;

import io.sluice.Row;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Renders a Sluice row as Spark's {@code HiveResult.toHiveString} renders a result row for the
 * golden files: columns joined by tabs, {@code NULL} for a top-level null ({@code null} nested),
 * numbers by {@code toString}, decimals by {@code toPlainString}, dates as {@code yyyy-MM-dd},
 * timestamps in the session zone as {@code yyyy-MM-dd HH:mm:ss[.ffffff]} with trailing zeros of the
 * fraction dropped, binary by {@code spark.sql.binaryOutputStyle} (UTF-8 text by default),
 * arrays as {@code [a,b]}, maps as {@code {k:v}} sorted by their text, structs as {@code
 * {"name":v}}, and strings quoted only when nested.
 */
final class HiveText {
  private static final DateTimeFormatter TIMESTAMP =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .toFormatter(Locale.US);

  // Spark formats with the proleptic year (its 'y' becomes java.time's 'u'): year 0 prints as 0000.
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.US);

  private final ZoneId zone;
  private final String binaryStyle;

  HiveText(ZoneId zone, String binaryStyle) {
    this.zone = zone;
    this.binaryStyle = binaryStyle == null ? "UTF-8" : binaryStyle.toUpperCase(Locale.ROOT);
  }

  String row(Row row) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      if (i > 0) {
        line.append('\t');
      }
      line.append(value(row.get(i), false));
    }
    return line.toString();
  }

  String value(Object value, boolean nested) {
    if (value == null) {
      return nested ? "null" : "NULL";
    }
    if (value instanceof String s) {
      return nested ? "\"" + s + "\"" : s;
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Date d) {
      return DATE.format(d.toLocalDate());
    }
    if (value instanceof LocalDate d) {
      return DATE.format(d);
    }
    if (value instanceof Timestamp t) {
      return TIMESTAMP.format(t.toInstant().atZone(zone));
    }
    if (value instanceof Instant t) {
      return TIMESTAMP.format(t.atZone(zone));
    }
    if (value instanceof LocalDateTime t) {
      return TIMESTAMP.format(t);
    }
    if (value instanceof byte[] bytes) {
      return binary(bytes);
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>(list.size());
      list.forEach(v -> items.add(value(v, true)));
      return "[" + String.join(",", items) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>(map.size());
      map.forEach((k, v) -> entries.add(value(k, true) + ":" + value(v, true)));
      entries.sort(null);
      return "{" + String.join(",", entries) + "}";
    }
    if (value instanceof Row struct) {
      List<Field> fields = struct.schema() == null ? null : struct.schema().getFields();
      List<String> parts = new ArrayList<>(struct.size());
      for (int i = 0; i < struct.size(); i++) {
        String name = fields == null ? "col" + (i + 1) : fields.get(i).getName();
        parts.add("\"" + name + "\":" + value(struct.get(i), true));
      }
      return "{" + String.join(",", parts) + "}";
    }
    return value.toString(); // Boolean, Byte, Short, Integer, Long, Float, Double as Scala prints them
  }

  private String binary(byte[] bytes) {
    return switch (binaryStyle) {
      case "HEX" -> HexFormat.of().withUpperCase().formatHex(bytes);
      case "HEX_DISCRETE" -> "[" + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes) + "]";
      case "BASE64" -> Base64.getEncoder().withoutPadding().encodeToString(bytes);
      case "BASIC" -> {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < bytes.length; i++) {
          s.append(i == 0 ? "" : ", ").append(bytes[i]);
        }
        yield s.append(']').toString();
      }
      default -> new String(bytes, StandardCharsets.UTF_8);
    };
  }
}
