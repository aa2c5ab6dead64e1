package io.sluice.columnar.io;

import io.sluice.columnar.Batch;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.hive.common.type.HiveDecimal;
import org.apache.hadoop.hive.ql.exec.vector.BytesColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.ColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.DecimalColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.DoubleColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.LongColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.TimestampColumnVector;
import org.apache.hadoop.hive.ql.exec.vector.VectorizedRowBatch;
import org.apache.orc.OrcFile;
import org.apache.orc.TypeDescription;
import org.apache.orc.Writer;

/**
 * Writes batches to one ORC file with orc-core (arrow-dataset 18.3 cannot write ORC: its JNI
 * writer fails with "Must provide file_write_options"). Types map as Spark writes them; TIMESTAMP
 * is ORC {@code timestamp} written in UTC ({@code useUTCTimestamp}), which arrow-dataset reads
 * back as the same instants. Values are copied row by row: this is for the file sink and tests,
 * not a hot path. The file is written beside the target and moved into place. Stateless.
 */
public final class OrcFileWriter {

  private static final int ROWS_PER_ORC_BATCH = 1024;

  private OrcFileWriter() {}

  /** The ORC type of a Sluice schema: {@code struct<name:type,...>}. */
  public static TypeDescription orcSchema(Schema schema) {
    TypeDescription struct = TypeDescription.createStruct();
    for (Field f : schema.getFields()) {
      struct.addField(f.getName(), orcType(Ddl.typeOf(f), f.getName()));
    }
    return struct;
  }

  private static TypeDescription orcType(DataType type, String column) {
    switch (type.kind()) {
      case BOOLEAN:
        return TypeDescription.createBoolean();
      case TINYINT:
        return TypeDescription.createByte();
      case SMALLINT:
        return TypeDescription.createShort();
      case INT:
        return TypeDescription.createInt();
      case BIGINT:
        return TypeDescription.createLong();
      case FLOAT:
        return TypeDescription.createFloat();
      case DOUBLE:
        return TypeDescription.createDouble();
      case DECIMAL:
        return TypeDescription.createDecimal().withPrecision(type.precision()).withScale(type.scale());
      case STRING:
        return TypeDescription.createString();
      case BINARY:
        return TypeDescription.createBinary();
      case DATE:
        return TypeDescription.createDate();
      case TIMESTAMP:
        return TypeDescription.createTimestamp();
      default:
        throw new IllegalArgumentException("ORC cannot store column '" + column + "' of type " + type);
    }
  }

  /** Writes {@code batches} (all of {@code schema}; still owned by the caller) to {@code file}. */
  public static void write(Path file, Schema schema, List<Batch> batches) {
    Path target = file.toAbsolutePath();
    Path staging = target.resolveSibling("." + target.getFileName() + ".writing");
    try {
      Files.deleteIfExists(staging);
      Configuration conf = new Configuration(false);
      RawLocalFileSystem fs = new RawLocalFileSystem(); // no .crc side files
      fs.initialize(java.net.URI.create("file:///"), conf);
      TypeDescription orcSchema = orcSchema(schema);
      DataType[] types = new DataType[schema.getFields().size()];
      for (int c = 0; c < types.length; c++) {
        types[c] = Ddl.typeOf(schema.getFields().get(c));
      }
      try (Writer writer =
          OrcFile.createWriter(
              new org.apache.hadoop.fs.Path(staging.toUri()),
              OrcFile.writerOptions(conf).fileSystem(fs).setSchema(orcSchema).useUTCTimestamp(true))) {
        VectorizedRowBatch out = orcSchema.createRowBatch(ROWS_PER_ORC_BATCH);
        for (Batch batch : batches) {
          for (int row = 0; row < batch.rowCount(); row++) {
            int r = out.size++;
            for (int c = 0; c < types.length; c++) {
              setValue(out.cols[c], r, types[c], Values.get(batch.vector(c), row));
            }
            if (out.size == out.getMaxSize()) {
              writer.addRowBatch(out);
              out.reset();
            }
          }
        }
        if (out.size > 0) {
          writer.addRowBatch(out);
        }
      }
      Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(staging);
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw SluiceIOException.ofFile(target, "cannot write ORC (" + e.getMessage() + ")", e);
    }
  }

  private static void setValue(ColumnVector column, int row, DataType type, Object value) {
    if (value == null) {
      column.noNulls = false;
      column.isNull[row] = true;
      return;
    }
    column.isNull[row] = false;
    switch (type.kind()) {
      case BOOLEAN:
        ((LongColumnVector) column).vector[row] = ((Boolean) value) ? 1 : 0;
        break;
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
      case DATE:
        ((LongColumnVector) column).vector[row] = ((Number) value).longValue();
        break;
      case FLOAT:
      case DOUBLE:
        ((DoubleColumnVector) column).vector[row] = ((Number) value).doubleValue();
        break;
      case DECIMAL:
        ((DecimalColumnVector) column).set(row, HiveDecimal.create((BigDecimal) value));
        break;
      case STRING:
        ((BytesColumnVector) column).setVal(row, value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        break;
      case BINARY:
        ((BytesColumnVector) column).setVal(row, (byte[]) value);
        break;
      case TIMESTAMP:
        {
          long micros = (Long) value;
          TimestampColumnVector ts = (TimestampColumnVector) column;
          ts.time[row] = Math.floorDiv(micros, 1000L);
          ts.nanos[row] = (int) (Math.floorMod(micros, 1_000_000L) * 1000L);
          break;
        }
      default:
        throw new IllegalArgumentException("ORC cannot store " + type);
    }
  }
}
