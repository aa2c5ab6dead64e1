package io.sluice.columnar.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.sluice.columnar.Batch;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes batches as JSON lines the way Spark does: one object per row, null fields left out
 * ({@code ignoreNullFields}), dates and timestamps as strings in {@code dateFormat} and {@code
 * timestampFormat}, binary as Base64, decimals as plain numbers. Stateless.
 */
public final class JsonLinesFileWriter {

  private static final JsonFactory JSON = new JsonFactory();

  private JsonLinesFileWriter() {}

  public static void write(Path file, Schema schema, List<Batch> batches, ReadOptions options) {
    TextFieldConverter converter = new TextFieldConverter(TemporalText.of(options));
    int width = schema.getFields().size();
    DataType[] types = new DataType[width];
    for (int c = 0; c < width; c++) {
      types[c] = Ddl.typeOf(schema.getFields().get(c));
    }
    try (Writer out = Files.newBufferedWriter(file, options.encoding());
        JsonGenerator json = JSON.createGenerator(out)) {
      json.setRootValueSeparator(null);
      for (Batch batch : batches) {
        for (int row = 0; row < batch.rowCount(); row++) {
          json.writeStartObject();
          for (int c = 0; c < width; c++) {
            Object value = Values.get(batch.vector(c), row);
            if (value == null) {
              continue;
            }
            json.writeFieldName(schema.getFields().get(c).getName());
            writeValue(json, value, types[c], converter);
          }
          json.writeEndObject();
          json.flush();
          out.write('\n');
        }
      }
    } catch (IOException | RuntimeException e) {
      throw SluiceIOException.ofFile(file, "cannot write JSON (" + e.getMessage() + ")", e);
    }
  }

  private static void writeValue(
      JsonGenerator json, Object value, DataType type, TextFieldConverter converter)
      throws IOException {
    switch (type.kind()) {
      case BOOLEAN:
        json.writeBoolean((Boolean) value);
        break;
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
        json.writeNumber(((Number) value).longValue());
        break;
      case FLOAT:
      case DOUBLE:
        {
          double d = ((Number) value).doubleValue();
          if (Double.isNaN(d) || Double.isInfinite(d)) {
            json.writeString(Double.toString(d)); // Spark writes these as quoted strings too
          } else if (type.kind() == DataType.Kind.FLOAT) {
            json.writeNumber(((Number) value).floatValue());
          } else {
            json.writeNumber(d);
          }
          break;
        }
      case DECIMAL:
        json.writeNumber((BigDecimal) value);
        break;
      default:
        json.writeString(converter.format(value, type));
    }
  }
}
