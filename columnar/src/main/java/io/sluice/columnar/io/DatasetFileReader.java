package io.sluice.columnar.io;

import io.sluice.columnar.Batch;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.arrow.dataset.file.FileSystemDatasetFactory;
import org.apache.arrow.dataset.jni.NativeMemoryPool;
import org.apache.arrow.dataset.scanner.ScanOptions;
import org.apache.arrow.dataset.scanner.Scanner;
import org.apache.arrow.dataset.source.Dataset;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.Dictionary;
import org.apache.arrow.vector.dictionary.DictionaryEncoder;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.DictionaryEncoding;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Reads Parquet and ORC through arrow-dataset (Arrow C++ over JNI), then normalises each batch to
 * Sluice's types in the caller's allocator. Only the required columns that the file has are
 * scanned (none for {@code count()}: batches then carry only their row count); file columns match
 * required columns by name, exactly first, else case-insensitively.
 *
 * <p>Memory: arrow-dataset decodes in native memory from {@link NativeMemoryPool#getDefault()},
 * which no {@code BufferAllocator} bounds; the batches it exports are imported into a child of
 * the caller's allocator and then transferred (or converted) into the caller's allocator, so
 * every batch handed out is owned by the receiver and nothing stays behind. Stateless and
 * thread-safe.
 */
public final class DatasetFileReader implements FormatReader {

  public static final DatasetFileReader PARQUET =
      new DatasetFileReader(org.apache.arrow.dataset.file.FileFormat.PARQUET, "Parquet");
  public static final DatasetFileReader ORC =
      new DatasetFileReader(org.apache.arrow.dataset.file.FileFormat.ORC, "ORC");

  private final org.apache.arrow.dataset.file.FileFormat format;
  private final String formatName;

  private DatasetFileReader(org.apache.arrow.dataset.file.FileFormat format, String formatName) {
    this.format = format;
    this.formatName = formatName;
  }

  /** The file's own Arrow schema, as the footer describes it. */
  public Schema fileSchema(Path file, BufferAllocator allocator) {
    checkReadable(file);
    try (FileSystemDatasetFactory factory =
        new FileSystemDatasetFactory(allocator, NativeMemoryPool.getDefault(), format, uri(file))) {
      return factory.inspect();
    } catch (RuntimeException e) {
      throw SluiceIOException.ofFile(file, "cannot read " + formatName + " footer (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The Sluice schema of the first file, as Spark reads one footer; with {@code mergeSchema} the
   * union of every file's columns (first type wins).
   */
  @Override
  public Schema inferSchema(List<Path> files, ReadOptions options) {
    Map<String, Field> columns = new LinkedHashMap<>();
    try (BufferAllocator allocator = new org.apache.arrow.memory.RootAllocator()) {
      for (Path file : files) {
        for (Field field : fileSchema(file, allocator).getFields()) {
          DataType type;
          try {
            type = DataType.fromArrow(field.getType());
          } catch (IllegalArgumentException e) {
            throw SluiceIOException.ofFile(
                file, "column '" + field.getName() + "' has a type Sluice cannot read (" + field.getType() + ")", e);
          }
          columns.putIfAbsent(field.getName().toLowerCase(Locale.ROOT), Ddl.field(field.getName(), type, true));
        }
        if (!options.mergeSchema()) {
          break;
        }
      }
    }
    return new Schema(new ArrayList<>(columns.values()));
  }

  // arrow-dataset's Dataset and Scanner declare close() throws Exception; nothing to do about it here.
  @SuppressWarnings("try")
  @Override
  public void read(
      Path file,
      Schema dataSchema,
      Schema requiredSchema,
      ReadOptions options,
      BufferAllocator allocator,
      int batchRows,
      BatchConsumer consumer) {
    ColumnSelection.of(dataSchema, requiredSchema);
    checkReadable(file);
    List<Field> targets = requiredSchema.getFields(); // by name: the file's own order does not matter
    // Buffers that come through the C data interface stay accounted to the allocator that
    // imported them even after a transfer, so each batch is copied out of the scan's allocator
    // into the caller's before it is handed over; the scan allocator is empty when it closes.
    try (BufferAllocator scanAllocator =
            allocator.newChildAllocator("dataset-scan " + file.getFileName(), 0, Long.MAX_VALUE);
        FileSystemDatasetFactory factory =
            new FileSystemDatasetFactory(scanAllocator, NativeMemoryPool.getDefault(), format, uri(file))) {
      Schema fileSchema = factory.inspect();
      String[] sourceName = new String[targets.size()];
      List<String> scanned = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        sourceName[i] = matchColumn(fileSchema, targets.get(i).getName());
        if (sourceName[i] != null && !scanned.contains(sourceName[i])) {
          scanned.add(sourceName[i]);
        }
      }
      ScanOptions scanOptions =
          new ScanOptions(batchRows, Optional.of(scanned.toArray(new String[0])));
      try (Dataset dataset = factory.finish();
          Scanner scanner = dataset.newScan(scanOptions);
          ArrowReader reader = scanner.scanBatches()) {
        while (reader.loadNextBatch()) {
          VectorSchemaRoot root = reader.getVectorSchemaRoot();
          int rows = root.getRowCount();
          List<FieldVector> out = new ArrayList<>(targets.size());
          try {
            for (int i = 0; i < targets.size(); i++) {
              FieldVector source = sourceName[i] == null ? null : root.getVector(sourceName[i]);
              out.add(convertColumn(source, reader, targets.get(i), rows, allocator));
            }
          } catch (RuntimeException e) {
            out.forEach(FieldVector::close);
            throw SluiceIOException.ofFile(file, "cannot read " + formatName + " (" + e.getMessage() + ")", e);
          }
          root.clear();
          Batch copy;
          try (Batch imported = Batch.of(out, rows)) {
            copy = imported.deepCopy(allocator);
          }
          consumer.accept(copy);
        }
      }
    } catch (SluiceIOException e) {
      throw e;
    } catch (Exception e) {
      throw SluiceIOException.ofFile(file, "cannot read " + formatName + " (" + e.getMessage() + ")", e);
    }
  }

  /** Decodes a dictionary-encoded column first; a source column used twice is copied, not moved. */
  private static FieldVector convertColumn(
      FieldVector source, ArrowReader reader, Field target, int rows, BufferAllocator allocator)
      throws java.io.IOException {
    if (source == null) {
      return ArrowVectorConversion.convert(null, target, rows, allocator);
    }
    DictionaryEncoding encoding = source.getField().getDictionary();
    if (encoding != null) {
      Dictionary dictionary = reader.getDictionaryVectors().get(encoding.getId());
      try (FieldVector decoded = (FieldVector) DictionaryEncoder.decode(source, dictionary, allocator)) {
        return ArrowVectorConversion.convert(decoded, target, rows, allocator);
      }
    }
    if (source.getValueCount() == 0 && rows > 0) {
      // already transferred to an earlier column of the same name: copy instead
      throw new IllegalArgumentException("column '" + target.getName() + "' is requested twice");
    }
    return ArrowVectorConversion.convert(source, target, rows, allocator);
  }

  private static String matchColumn(Schema fileSchema, String name) {
    for (Field f : fileSchema.getFields()) {
      if (f.getName().equals(name)) {
        return f.getName();
      }
    }
    for (Field f : fileSchema.getFields()) {
      if (f.getName().equalsIgnoreCase(name)) {
        return f.getName();
      }
    }
    return null;
  }

  private static void checkReadable(Path file) {
    if (!Files.exists(file)) {
      throw SluiceIOException.notFound(file);
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw SluiceIOException.ofFile(file, "not a readable file", null);
    }
  }

  private static String uri(Path file) {
    return file.toAbsolutePath().toUri().toString();
  }
}
