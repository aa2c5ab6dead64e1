package io.sluice.execution.streaming.sources;

import io.sluice.columnar.Batch;
import io.sluice.columnar.io.FileFormat;
import io.sluice.columnar.io.FormatReader;
import io.sluice.columnar.io.ReadOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/** The {@link FileFormatReader} of each file format: the columnar module's readers. */
public final class FileFormatReaders {

  private FileFormatReaders() {}

  /** {@code parquet}, {@code orc}, {@code csv}, {@code json} or {@code text}. */
  public static FileFormatReader forFormat(String format) {
    return new ColumnarReader(FileFormat.fromName(format).reader());
  }

  private static final class ColumnarReader implements FileFormatReader {
    private final FormatReader reader;

    ColumnarReader(FormatReader reader) {
      this.reader = reader;
    }

    @Override
    public List<Batch> read(
        Path file,
        Schema dataSchema,
        Schema requiredSchema,
        Map<String, String> options,
        BufferAllocator allocator) {
      List<Batch> out = new ArrayList<>();
      try {
        reader.read(
            file,
            dataSchema,
            requiredSchema,
            ReadOptions.of(options),
            allocator,
            FormatReader.DEFAULT_BATCH_ROWS,
            out::add);
      } catch (RuntimeException | Error e) {
        out.forEach(Batch::close);
        throw e;
      }
      return out;
    }

    @Override
    public void checkRequired(
        Schema dataSchema, Schema requiredSchema, Map<String, String> options) {
      reader.checkRequired(dataSchema, requiredSchema, ReadOptions.of(options));
    }

    @Override
    public Schema inferSchema(List<Path> files, Map<String, String> options) {
      return reader.inferSchema(files, ReadOptions.of(options));
    }
  }
}
