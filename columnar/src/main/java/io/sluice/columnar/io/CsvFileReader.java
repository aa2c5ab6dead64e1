package io.sluice.columnar.io;

import com.univocity.parsers.common.ParsingContext;
import com.univocity.parsers.csv.CsvFormat;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import com.univocity.parsers.csv.UnescapedQuoteHandling;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads CSV with univocity-parsers (the parser Spark uses) and Spark's options and modes. One
 * record per line ({@code multiLine} is not supported). Stateless and thread-safe.
 *
 * <p>Malformed records, as in Spark's {@code UnivocityParser}: a record with a required field
 * that does not parse as its column's type, or, when every data column is required, a record with
 * fewer or more fields than the data schema (see {@link #read}). In PERMISSIVE mode the fields
 * that parse are kept, the others are null, and the raw line goes to the corrupt-record column
 * when it is required.
 */
public final class CsvFileReader implements FormatReader {

  public static final CsvFileReader INSTANCE = new CsvFileReader();

  private CsvFileReader() {}

  @Override
  public Schema inferSchema(List<Path> files, ReadOptions options) {
    TextFieldConverter converter = new TextFieldConverter(TemporalText.of(options));
    CsvTypeInference inference = new CsvTypeInference(converter, options.nullValue());
    List<String> names = null;
    DataType[] types = null;
    for (Path file : files) {
      CsvParser parser = open(file, options, null);
      try {
        String[] tokens = parser.parseNext();
        if (tokens == null) {
          continue;
        }
        if (names == null) {
          names = columnNames(tokens, options.header());
          types = new DataType[names.size()];
          java.util.Arrays.fill(types, DataType.NULL);
        }
        if (options.header()) {
          tokens = parser.parseNext();
        }
        for (; tokens != null; tokens = parser.parseNext()) {
          if (!options.inferSchema()) {
            continue; // only the header (or the first record's width) matters
          }
          int n = Math.min(tokens.length, types.length);
          for (int i = 0; i < n; i++) {
            types[i] = inference.infer(types[i], tokens[i]);
          }
        }
      } finally {
        parser.stopParsing();
      }
    }
    List<Field> fields = new ArrayList<>();
    if (names != null) {
      for (int i = 0; i < names.size(); i++) {
        DataType type = options.inferSchema() ? CsvTypeInference.finish(types[i]) : DataType.STRING;
        fields.add(Ddl.field(names.get(i), type, true));
      }
    }
    return new Schema(fields);
  }

  /** Header names with Spark's repairs: empty names become {@code _c<i>}, duplicates get their index. */
  private static List<String> columnNames(String[] first, boolean header) {
    List<String> names = new ArrayList<>(first.length);
    Set<String> seen = new HashSet<>();
    Set<String> duplicated = new HashSet<>();
    for (String token : first) {
      if (header && token != null && !seen.add(token.toLowerCase(Locale.ROOT))) {
        duplicated.add(token.toLowerCase(Locale.ROOT));
      }
    }
    for (int i = 0; i < first.length; i++) {
      String token = header ? first[i] : null;
      if (token == null || token.isEmpty()) {
        names.add("_c" + i);
      } else if (duplicated.contains(token.toLowerCase(Locale.ROOT))) {
        names.add(token + i);
      } else {
        names.add(token);
      }
    }
    return names;
  }

  @Override
  public void checkRequired(Schema dataSchema, Schema requiredSchema, ReadOptions options) {
    CorruptRecordLayout.of(dataSchema, requiredSchema, options);
  }

  /**
   * Reads the required columns by their positions in the data schema. As Spark's {@code
   * UnivocityParser} with {@code spark.sql.csv.parser.columnPruning.enabled} (its default): when
   * fewer data columns are required than a record has, univocity extracts only those fields and a
   * record's width is not checked, so a record is malformed only when a required field does not
   * parse (a short record's missing required fields are null); when every data column is required,
   * a record whose width is not the data schema's is malformed too. No column required ({@code
   * count()}): nothing can be malformed and every record counts.
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
    int dataWidth = layout.dataFields.size();
    DataType[] types = new DataType[width];
    String[] names = new String[width];
    int[] outputIndex = layout.outputIndex;
    for (int i = 0; i < width; i++) {
      types[i] = Ddl.typeOf(layout.requiredFields.get(i));
      names[i] = layout.requiredFields.get(i).getName();
    }
    // univocity picks the required fields itself when their positions are known up front (the
    // header is not used to find them); otherwise each field is taken from the whole record.
    boolean select = layout.pruned() && options.enforceSchema() && width > 0;
    boolean checkWidth = !layout.pruned() && options.enforceSchema();
    TextFieldConverter converter = new TextFieldConverter(TemporalText.of(options));
    String nullValue = options.nullValue();
    CsvParser parser = open(file, options, select ? layout.dataPosition : null);
    ParsingContext context = parser.getContext();
    Object[] values = new Object[width];
    try (RowBatcher batcher = new RowBatcher(requiredSchema, allocator, batchRows, consumer)) {
      String[] tokens = parser.parseNext();
      int[] tokenOfColumn = select ? identity(width) : layout.dataPosition;
      if (options.header() && tokens != null) {
        if (!options.enforceSchema()) {
          int[] tokenOfData = tokenIndexByName(tokens, layout.dataFields);
          tokenOfColumn = new int[width];
          for (int i = 0; i < width; i++) {
            tokenOfColumn[i] = tokenOfData[layout.dataPosition[i]];
          }
        }
        tokens = parser.parseNext();
      }
      for (; tokens != null; tokens = parser.parseNext()) {
        String badColumn = null;
        String reason = null;
        Throwable cause = null;
        if (checkWidth && tokens.length != dataWidth) {
          reason = "expected " + dataWidth + " fields but found " + tokens.length;
        }
        for (int i = 0; i < width; i++) {
          int t = tokenOfColumn[i];
          String token = t >= 0 && t < tokens.length ? tokens[t] : null;
          if (token == null || token.equals(nullValue)) {
            values[i] = null;
            continue;
          }
          try {
            values[i] = converter.parse(token, types[i]);
          } catch (RuntimeException e) {
            values[i] = null;
            if (badColumn == null) {
              badColumn = names[i];
              reason = "cannot parse '" + token + "' as " + types[i].simpleString();
              cause = e;
            }
          }
        }
        if (reason != null) {
          if (mode == ParseMode.FAILFAST) {
            throw SluiceIOException.malformed(
                file, context.currentLine(), badColumn, reason, cause);
          }
          if (mode == ParseMode.DROPMALFORMED) {
            continue;
          }
        }
        BatchBuilder row = batcher.row();
        for (int i = 0; i < width; i++) {
          row.set(outputIndex[i], values[i]);
        }
        if (layout.corruptIndex >= 0) {
          row.set(layout.corruptIndex, reason == null ? null : rawRecord(context));
        }
        batcher.endRow();
      }
      batcher.flush();
    } catch (com.univocity.parsers.common.TextParsingException e) {
      throw SluiceIOException.ofFile(file, "cannot parse CSV at line " + e.getLineIndex(), e);
    } finally {
      parser.stopParsing();
    }
  }

  private static String rawRecord(ParsingContext context) {
    String raw = context.currentParsedContent();
    if (raw == null) {
      return null;
    }
    int end = raw.length();
    while (end > 0 && (raw.charAt(end - 1) == '\n' || raw.charAt(end - 1) == '\r')) {
      end--;
    }
    return raw.substring(0, end);
  }

  private static int[] identity(int width) {
    int[] index = new int[width];
    for (int i = 0; i < width; i++) {
      index[i] = i;
    }
    return index;
  }

  /** With {@code enforceSchema=false}: each column's position in the header, case-insensitive; -1 if absent. */
  private static int[] tokenIndexByName(String[] header, List<Field> columns) {
    int[] index = new int[columns.size()];
    for (int i = 0; i < index.length; i++) {
      index[i] = -1;
      for (int t = 0; t < header.length && index[i] < 0; t++) {
        if (columns.get(i).getName().equalsIgnoreCase(header[t])) {
          index[i] = t;
        }
      }
    }
    return index;
  }

  /**
   * A parser over {@code file} with Spark's {@code CSVOptions.asParserSettings}; with {@code
   * selectedFields}, each record holds only the fields at those positions, in that order (null
   * where the record is shorter).
   */
  private static CsvParser open(Path file, ReadOptions options, int[] selectedFields) {
    CsvParserSettings settings = new CsvParserSettings();
    CsvFormat format = settings.getFormat();
    format.setDelimiter(options.separator());
    format.setQuote(options.quote());
    format.setQuoteEscape(options.escape());
    format.setComment('\u0000');
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    settings.setNullValue(null);
    settings.setEmptyValue("");
    settings.setMaxCharsPerColumn(-1);
    settings.setMaxColumns(20_480);
    settings.setUnescapedQuoteHandling(UnescapedQuoteHandling.STOP_AT_DELIMITER);
    settings.setLineSeparatorDetectionEnabled(true);
    if (selectedFields != null) {
      Integer[] boxed = new Integer[selectedFields.length];
      for (int i = 0; i < boxed.length; i++) {
        boxed[i] = selectedFields[i];
      }
      settings.selectIndexes(boxed);
    }
    CsvParser parser = new CsvParser(settings);
    Reader reader;
    try {
      reader = Files.newBufferedReader(file, options.encoding());
    } catch (NoSuchFileException e) {
      throw SluiceIOException.notFound(file);
    } catch (IOException e) {
      throw SluiceIOException.ofFile(file, "cannot read", e);
    }
    parser.beginParsing(reader);
    return parser;
  }
}
