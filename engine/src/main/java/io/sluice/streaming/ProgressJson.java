package io.sluice.streaming;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes progress objects as Spark writes them (json4s): fields in declaration order, NaN and
 * infinite doubles left out, and in the pretty form two-space indents with {@code " : "} between
 * name and value.
 */
final class ProgressJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private ProgressJson() {}

  /** Values are strings, numbers, booleans, null, nested maps, lists or {@link RawJson}. */
  static String write(Map<String, Object> fields, boolean pretty) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
      if (pretty) {
        // Objects one field a line, arrays inline ("[ {"), as json4s prints them.
        DefaultPrettyPrinter printer =
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        gen.setPrettyPrinter(new SparkStylePrinter(printer));
      }
      writeValue(gen, fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** An offset's own JSON, embedded as is (Spark embeds offsets as parsed JSON). */
  record RawJson(String json) {}

  private static void writeValue(JsonGenerator gen, Object value) throws IOException {
    if (value == null) {
      gen.writeNull();
    } else if (value instanceof Map) {
      gen.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        Object v = e.getValue();
        if (v instanceof Double && (((Double) v).isNaN() || ((Double) v).isInfinite())) {
          continue;
        }
        gen.writeFieldName(e.getKey().toString());
        writeValue(gen, v);
      }
      gen.writeEndObject();
    } else if (value instanceof Iterable) {
      gen.writeStartArray();
      for (Object v : (Iterable<?>) value) {
        writeValue(gen, v);
      }
      gen.writeEndArray();
    } else if (value instanceof RawJson) {
      gen.writeTree(MAPPER.readTree(((RawJson) value).json()));
    } else if (value instanceof String) {
      gen.writeString((String) value);
    } else if (value instanceof Boolean) {
      gen.writeBoolean((Boolean) value);
    } else if (value instanceof Double) {
      gen.writeNumber((Double) value);
    } else if (value instanceof Long || value instanceof Integer) {
      gen.writeNumber(((Number) value).longValue());
    } else {
      gen.writeString(value.toString());
    }
  }

  /** Jackson's default printer, with json4s's {@code "name" : value}. */
  private static final class SparkStylePrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    SparkStylePrinter(DefaultPrettyPrinter base) {
      super(base);
      _objectFieldValueSeparatorWithSpaces = " : ";
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new SparkStylePrinter(this);
    }

  }
}
