package io.sluice.columnar.io;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import io.sluice.columnar.Batch;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Writes batches as CSV with univocity and the same options as {@link CsvFileReader} ({@code
 * header} default false, {@code sep}, {@code quote}, {@code escape}, {@code nullValue}, {@code
 * dateFormat}, {@code timestampFormat}, {@code timeZone}, {@code encoding}). Stateless.
 */
public final class CsvFileWriter {

  private CsvFileWriter() {}

  public static void write(Path file, Schema schema, List<Batch> batches, ReadOptions options) {
    CsvWriterSettings settings = new CsvWriterSettings();
    settings.getFormat().setDelimiter(options.separator());
    settings.getFormat().setQuote(options.quote());
    settings.getFormat().setQuoteEscape(options.escape());
    settings.getFormat().setLineSeparator("\n");
    settings.setNullValue(options.nullValue());
    settings.setEmptyValue("\"\"");
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    TextFieldConverter converter = new TextFieldConverter(TemporalText.of(options));
    int width = schema.getFields().size();
    DataType[] types = new DataType[width];
    String[] header = new String[width];
    for (int c = 0; c < width; c++) {
      types[c] = Ddl.typeOf(schema.getFields().get(c));
      header[c] = schema.getFields().get(c).getName();
    }
    try (Writer out = Files.newBufferedWriter(file, options.encoding())) {
      CsvWriter writer = new CsvWriter(out, settings);
      if (options.header()) {
        writer.writeRow((Object[]) header);
      }
      String[] fields = new String[width];
      for (Batch batch : batches) {
        for (int row = 0; row < batch.rowCount(); row++) {
          for (int c = 0; c < width; c++) {
            Object value = Values.get(batch.vector(c), row);
            fields[c] = value == null ? null : converter.format(value, types[c]);
          }
          writer.writeRow((Object[]) fields);
        }
      }
      writer.close();
    } catch (IOException | RuntimeException e) {
      throw SluiceIOException.ofFile(file, "cannot write CSV (" + e.getMessage() + ")", e);
    }
  }
}
