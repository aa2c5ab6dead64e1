package io.sluice.columnar.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads JSON lines (one object per line, blank lines skipped) with Jackson's streaming parser,
 * with Spark's modes. Stateless and thread-safe.
 *
 * <p>Malformed records: a line that is not valid JSON or not an object (all data columns null),
 * or a value whose JSON type does not convert to its column's type (that column null). Nested
 * objects and arrays have no Sluice type: they infer as STRING and a STRING column receives their
 * JSON text, as Spark does for a string column.
 */
public final class JsonLinesFileReader implements FormatReader {

  public static final JsonLinesFileReader INSTANCE = new JsonLinesFileReader();

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  private JsonLinesFileReader() {}

  @Override
  public Schema inferSchema(List<Path> files, ReadOptions options) {
    ParseMode mode = options.mode();
    TreeMap<String, DataType> columns = new TreeMap<>(); // Spark sorts inferred fields by name
    boolean sawCorrupt = false;
    for (Path file : files) {
      try (BufferedReader in = open(file, options)) {
        long lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lineNumber++;
          if (line.isBlank()) {
            continue;
          }
          Map<String, DataType> record = new HashMap<>();
          try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
              throw new IOException("a record must be a JSON object");
            }
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
              String name = parser.currentName();
              record.merge(name, typeOf(parser, parser.nextToken()), JsonLinesFileReader::merge);
            }
            if (parser.nextToken() != null) {
              throw new IOException("text after the JSON object");
            }
          } catch (IOException e) {
            if (mode == ParseMode.FAILFAST) {
              throw SluiceIOException.malformed(file, lineNumber, null, reason(e), e);
            }
            sawCorrupt |= mode == ParseMode.PERMISSIVE;
            continue;
          }
          record.forEach((name, type) -> columns.merge(name, type, JsonLinesFileReader::merge));
        }
      } catch (IOException e) {
        throw SluiceIOException.ofFile(file, "cannot read", e);
      }
    }
    String corrupt = options.corruptRecordColumn();
    if (sawCorrupt) {
      columns.putIfAbsent(corrupt, DataType.STRING);
    }
    List<Field> fields = new ArrayList<>(columns.size());
    columns.forEach(
        (name, type) ->
            fields.add(
                Ddl.field(name, type.kind() == DataType.Kind.NULL ? DataType.STRING : type, true)));
    return new Schema(fields);
  }

  /** The type of the value at the current token (Spark's {@code JsonInferSchema.inferField}). */
  private static DataType typeOf(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_NULL:
        return DataType.NULL;
      case VALUE_TRUE:
      case VALUE_FALSE:
        return DataType.BOOLEAN;
      case VALUE_STRING:
        return DataType.STRING;
      case VALUE_NUMBER_INT:
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          BigDecimal big = new BigDecimal(parser.getBigIntegerValue());
          return big.precision() <= DataType.MAX_DECIMAL_PRECISION
              ? DataType.decimal(big.precision(), 0)
              : DataType.DOUBLE;
        }
        return DataType.BIGINT;
      case VALUE_NUMBER_FLOAT:
        return DataType.DOUBLE;
      case START_OBJECT:
      case START_ARRAY:
        parser.skipChildren();
        return DataType.STRING;
      default:
        throw new IOException("unexpected " + token);
    }
  }

  /** Spark's {@code JsonInferSchema.compatibleType} over Sluice's types. */
  static DataType merge(DataType a, DataType b) {
    if (a.equals(b)) {
      return a;
    }
    if (a.kind() == DataType.Kind.NULL) {
      return b;
    }
    if (b.kind() == DataType.Kind.NULL) {
      return a;
    }
    DataType.Kind ka = a.kind();
    DataType.Kind kb = b.kind();
    if (ka == DataType.Kind.DOUBLE && b.isNumeric() || kb == DataType.Kind.DOUBLE && a.isNumeric()) {
      return DataType.DOUBLE;
    }
    if (a.isNumeric() && b.isNumeric()) { // BIGINT and DECIMAL, or two DECIMALs
      DataType da = ka == DataType.Kind.DECIMAL ? a : DataType.decimal(20, 0);
      DataType db = kb == DataType.Kind.DECIMAL ? b : DataType.decimal(20, 0);
      int scale = Math.max(da.scale(), db.scale());
      int integral = Math.max(da.precision() - da.scale(), db.precision() - db.scale());
      if (integral + scale > DataType.MAX_DECIMAL_PRECISION) {
        return DataType.DOUBLE;
      }
      return DataType.decimal(integral + scale, scale);
    }
    return DataType.STRING;
  }

  @Override
  public void checkRequired(Schema dataSchema, Schema requiredSchema, ReadOptions options) {
    CorruptRecordLayout.of(dataSchema, requiredSchema, options);
  }

  /**
   * Reads the required columns by name. As Spark's {@code JsonFileFormat}, each record is parsed
   * against the required columns only: a value of a column that is not required is skipped
   * unconverted, so it cannot make its record malformed, while a line that is not a JSON object
   * is malformed whatever is required (also for {@code count()}, which requires nothing).
   */
  @Override
  public void read(
      Path file,
      Schema dataSchema,
      Schema requiredSchema,
      ReadOptions options,
      BufferAllocator allocator,
      int batchRows,
      BatchConsumer consumer) {
    ParseMode mode = options.mode();
    CorruptRecordLayout layout = CorruptRecordLayout.of(dataSchema, requiredSchema, options);
    int width = layout.requiredColumns();
    DataType[] types = new DataType[width];
    Map<String, Integer> exact = new HashMap<>();
    Map<String, Integer> folded = new HashMap<>();
    for (int i = 0; i < width; i++) {
      Field field = layout.requiredFields.get(i);
      types[i] = Ddl.typeOf(field);
      exact.put(field.getName(), i);
      folded.putIfAbsent(field.getName().toLowerCase(Locale.ROOT), i);
    }
    TextFieldConverter converter = new TextFieldConverter(TemporalText.of(options));
    Object[] values = new Object[width];
    try (BufferedReader in = open(file, options);
        RowBatcher batcher = new RowBatcher(requiredSchema, allocator, batchRows, consumer)) {
      long lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        java.util.Arrays.fill(values, null);
        String badColumn = null;
        String reason = null;
        Throwable cause = null;
        try (JsonParser parser = JSON.createParser(line)) {
          if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("a record must be a JSON object");
          }
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken valueToken = parser.nextToken();
            Integer column = exact.get(name);
            if (column == null) {
              column = folded.get(name.toLowerCase(Locale.ROOT));
            }
            if (column == null) {
              parser.skipChildren();
              continue;
            }
            try {
              values[column] = convert(parser, valueToken, types[column], converter, line);
            } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
              parser.skipChildren();
              values[column] = null;
              if (badColumn == null) {
                badColumn = name;
                reason = e.getMessage();
                cause = e;
              }
            }
          }
          if (parser.nextToken() != null) {
            throw new IOException("text after the JSON object");
          }
        } catch (IOException e) {
          java.util.Arrays.fill(values, null);
          badColumn = null;
          reason = reason(e);
          cause = e;
        }
        if (reason != null) {
          if (mode == ParseMode.FAILFAST) {
            throw SluiceIOException.malformed(file, lineNumber, badColumn, reason, cause);
          }
          if (mode == ParseMode.DROPMALFORMED) {
            continue;
          }
        }
        BatchBuilder row = batcher.row();
        for (int i = 0; i < width; i++) {
          row.set(layout.outputIndex[i], values[i]);
        }
        if (layout.corruptIndex >= 0) {
          row.set(layout.corruptIndex, reason == null ? null : line);
        }
        batcher.endRow();
      }
      batcher.flush();
    } catch (IOException e) {
      throw SluiceIOException.ofFile(file, "cannot read", e);
    }
  }

  /**
   * The internal value of the JSON value at {@code token} for a column of {@code type}.
   *
   * @throws IllegalArgumentException when the JSON type does not fit the column
   */
  private static Object convert(
      JsonParser parser, JsonToken token, DataType type, TextFieldConverter converter, String line)
      throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    switch (type.kind()) {
      case STRING:
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          int start = (int) parser.currentTokenLocation().getCharOffset();
          parser.skipChildren();
          int end = (int) parser.currentLocation().getCharOffset();
          return line.substring(start, end);
        }
        return parser.getText();
      case BOOLEAN:
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
          return token == JsonToken.VALUE_TRUE;
        }
        break;
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
        if (token == JsonToken.VALUE_NUMBER_INT) {
          return integral(parser.getBigIntegerValue(), type);
        }
        break;
      case FLOAT:
      case DOUBLE:
        {
          double d;
          if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            d = parser.getDoubleValue();
          } else if (token == JsonToken.VALUE_STRING && !Double.isNaN(nonNumeric(parser.getText()))) {
            d = nonNumeric(parser.getText());
          } else if (token == JsonToken.VALUE_STRING && parser.getText().equals("NaN")) {
            d = Double.NaN;
          } else {
            break;
          }
          return type.kind() == DataType.Kind.FLOAT ? (Object) (float) d : (Object) d;
        }
      case DECIMAL:
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          return TextFieldConverter.fitDecimal(parser.getDecimalValue(), type);
        }
        break;
      case DATE:
        if (token == JsonToken.VALUE_STRING) {
          return converter.temporal().parseDate(parser.getText());
        }
        break;
      case TIMESTAMP:
        if (token == JsonToken.VALUE_STRING) {
          return converter.temporal().parseTimestamp(parser.getText());
        }
        if (token == JsonToken.VALUE_NUMBER_INT) { // Spark: seconds since the epoch
          return Math.multiplyExact(parser.getLongValue(), 1_000_000L);
        }
        break;
      case BINARY:
        if (token == JsonToken.VALUE_STRING) {
          return converter.parse(parser.getText(), type);
        }
        break;
      case NULL:
        return null;
      default:
        break;
    }
    throw new IllegalArgumentException(
        "cannot convert JSON " + describe(token) + " to " + type.simpleString());
  }

  /** Spark's {@code allowNonNumericNumbers} spellings of infinity as strings; NaN for anything else. */
  private static double nonNumeric(String text) {
    switch (text) {
      case "Infinity":
      case "+Infinity":
      case "Inf":
      case "+Inf":
        return Double.POSITIVE_INFINITY;
      case "-Infinity":
      case "-Inf":
        return Double.NEGATIVE_INFINITY;
      default:
        return Double.NaN;
    }
  }

  private static Object integral(BigInteger value, DataType type) {
    long min = type.integralMin();
    long max = type.integralMax();
    if (value.bitLength() > 63 || value.longValue() < min || value.longValue() > max) {
      throw new IllegalArgumentException(value + " is out of range for " + type.simpleString());
    }
    long v = value.longValue();
    switch (type.kind()) {
      case TINYINT:
        return (byte) v;
      case SMALLINT:
        return (short) v;
      case INT:
        return (int) v;
      default:
        return v;
    }
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
        return "integer";
      case VALUE_NUMBER_FLOAT:
        return "number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "boolean";
      case START_OBJECT:
        return "object";
      case START_ARRAY:
        return "array";
      default:
        return token.toString();
    }
  }

  /** The parser's message without the source excerpt Jackson appends. */
  private static String reason(IOException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int at = message.indexOf("\n at [Source");
    return at > 0 ? message.substring(0, at) : message;
  }

  private static BufferedReader open(Path file, ReadOptions options) {
    try {
      return Files.newBufferedReader(file, options.encoding());
    } catch (NoSuchFileException e) {
      throw SluiceIOException.notFound(file);
    } catch (IOException e) {
      throw SluiceIOException.ofFile(file, "cannot read", e);
    }
  }
}
