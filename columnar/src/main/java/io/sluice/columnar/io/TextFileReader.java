package io.sluice.columnar.io;

import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Spark's {@code text} format: one STRING column ({@code value}) holding each line, without its
 * separator. Options: {@code lineSep} (default: any of {@code \n}, {@code \r\n}, {@code \r}) and
 * {@code wholetext} (the whole file is one row). A separator at the end of the file does not start
 * another row. Stateless and thread-safe.
 */
public final class TextFileReader implements FormatReader {

  public static final TextFileReader INSTANCE = new TextFileReader();

  public static final String LINE_SEP = "lineSep";
  public static final String WHOLE_TEXT = "wholetext";

  private static final Schema VALUE = Ddl.parseSchema("value STRING");

  private TextFileReader() {}

  /** Always {@code value STRING}: the files are not looked at. */
  @Override
  public Schema inferSchema(List<Path> files, ReadOptions options) {
    return VALUE;
  }

  @Override
  public void checkRequired(Schema dataSchema, Schema requiredSchema, ReadOptions options) {
    if (dataSchema.getFields().size() != 1) {
      throw new IllegalArgumentException(
          "Text data source supports only a single column, and you have "
              + dataSchema.getFields().size()
              + " columns.");
    }
    DataType type = Ddl.typeOf(dataSchema.getFields().get(0));
    if (!type.equals(DataType.STRING)) {
      throw new IllegalArgumentException(
          "[UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE] The Text datasource doesn't support the column `"
              + dataSchema.getFields().get(0).getName()
              + "` of the type \""
              + type.simpleString().toUpperCase(java.util.Locale.ROOT)
              + "\".");
    }
    ColumnSelection.of(dataSchema, requiredSchema);
  }

  @Override
  public void read(
      Path file,
      Schema dataSchema,
      Schema requiredSchema,
      ReadOptions options,
      BufferAllocator allocator,
      int batchRows,
      BatchConsumer consumer) {
    checkRequired(dataSchema, requiredSchema, options);
    String separator = options.get(LINE_SEP);
    if (separator != null && separator.isEmpty()) {
      throw new IllegalArgumentException("'lineSep' cannot be an empty string.");
    }
    boolean wholeText = options.getBoolean(WHOLE_TEXT, false);
    // Required: the value column (perhaps more than once) or nothing, for count().
    int columns = requiredSchema.getFields().size();
    try (BufferedReader in = open(file, options);
        RowBatcher batcher = new RowBatcher(requiredSchema, allocator, batchRows, consumer)) {
      LineSink sink =
          line -> {
            var row = batcher.row();
            for (int c = 0; c < columns; c++) {
              row.set(c, line);
            }
            batcher.endRow();
          };
      if (wholeText) {
        sink.accept(readAll(in));
      } else if (separator == null) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          sink.accept(line);
        }
      } else {
        splitOn(in, separator, sink);
      }
      batcher.flush();
    } catch (IOException e) {
      throw SluiceIOException.ofFile(file, "cannot read", e);
    }
  }

  @FunctionalInterface
  private interface LineSink {
    void accept(String line);
  }

  private static String readAll(BufferedReader in) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  /** Hands out the text between occurrences of {@code separator}; trailing text is the last line. */
  private static void splitOn(BufferedReader in, String separator, LineSink sink)
      throws IOException {
    StringBuilder line = new StringBuilder();
    int sepLength = separator.length();
    char last = separator.charAt(sepLength - 1);
    char[] buffer = new char[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      for (int i = 0; i < n; i++) {
        char c = buffer[i];
        line.append(c);
        int length = line.length();
        if (c == last
            && length >= sepLength
            && line.indexOf(separator, length - sepLength) == length - sepLength) {
          sink.accept(line.substring(0, length - sepLength));
          line.setLength(0);
        }
      }
    }
    if (line.length() > 0) {
      sink.accept(line.toString());
    }
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
