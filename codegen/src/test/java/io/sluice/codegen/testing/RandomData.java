package io.sluice.codegen.testing;

import io.sluice.codegen.kernel.KernelSchemas;
import io.sluice.columnar.Batch;
import io.sluice.columnar.BatchBuilder;
import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/** Seeded random schemas, values (with nulls and edge values) and batches for property tests. */
public final class RandomData {

  public static final DataType[] TYPES = {
    DataType.BOOLEAN, DataType.TINYINT, DataType.SMALLINT, DataType.INT, DataType.BIGINT,
    DataType.FLOAT, DataType.DOUBLE, DataType.decimal(10, 2), DataType.decimal(5, 0),
    DataType.STRING, DataType.BINARY, DataType.DATE, DataType.TIMESTAMP
  };

  private static final String[] STRINGS = {"", "a", "b", "ab", "A b", " pad ", "12", "-3", "1.5", "2020-01-02",
      "2021-03-04 05:06:07", "true", "héllo", "日本", "zz", "NaN"};

  private final Random random;

  public RandomData(long seed) {
    this.random = new Random(seed);
  }

  public Random random() {
    return random;
  }

  public DataType type() {
    return TYPES[random.nextInt(TYPES.length)];
  }

  public Schema schema(int columns) {
    List<Field> fields = new ArrayList<>();
    for (int i = 0; i < columns; i++) {
      fields.add(KernelSchemas.field("c" + i, type(), true));
    }
    return new Schema(fields);
  }

  /** A value of {@code t}, null about one time in six; small domains so that groups repeat. */
  public Object value(DataType t) {
    if (random.nextInt(6) == 0) {
      return null;
    }
    int small = random.nextInt(7) - 3;
    switch (t.kind()) {
      case BOOLEAN:
        return random.nextBoolean();
      case TINYINT:
        return random.nextInt(10) == 0 ? Byte.MAX_VALUE : (byte) small;
      case SMALLINT:
        return (short) (small * 100);
      case INT:
        return random.nextInt(20) == 0 ? Integer.MAX_VALUE : small;
      case BIGINT:
        return random.nextInt(20) == 0 ? Long.MIN_VALUE : (long) small * 1_000_000_007L;
      case FLOAT:
        return random.nextInt(20) == 0 ? Float.NaN : random.nextInt(20) == 0 ? -0.0f : small / 4.0f;
      case DOUBLE:
        return random.nextInt(20) == 0 ? Double.NaN : random.nextInt(20) == 0 ? -0.0d : small / 8.0d + 0.1;
      case DECIMAL:
        return BigDecimal.valueOf(small * 12345L + random.nextInt(3), t.scale());
      case STRING:
        return STRINGS[random.nextInt(STRINGS.length)];
      case BINARY:
        return STRINGS[random.nextInt(STRINGS.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8);
      case DATE:
        return 18000 + small * 40;
      case TIMESTAMP:
        return 1_600_000_000_000_000L + small * 3_723_000_001L;
      default:
        return null;
    }
  }

  public Batch batch(Schema schema, int rows, BufferAllocator allocator) {
    List<Field> fields = schema.getFields();
    try (BatchBuilder b = new BatchBuilder(schema, allocator)) {
      for (int r = 0; r < rows; r++) {
        Object[] row = new Object[fields.size()];
        for (int c = 0; c < row.length; c++) {
          row[c] = value(DataType.fromArrow(fields.get(c).getType()));
        }
        b.appendRow(row);
      }
      return b.build();
    }
  }

  /** Rows of a batch as canonical strings (doubles to 10 significant digits when {@code loose}). */
  public static List<String> rows(Batch batch, boolean loose) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < batch.rowCount(); r++) {
      StringBuilder s = new StringBuilder();
      for (FieldVector v : batch.vectors()) {
        Object x = Values.get(v, r);
        s.append(render(x, loose)).append(" | ");
      }
      out.add(s.toString());
    }
    return out;
  }

  private static String render(Object x, boolean loose) {
    if (x instanceof byte[]) {
      return Arrays.toString((byte[]) x);
    }
    if (x instanceof BigDecimal) {
      return ((BigDecimal) x).toPlainString();
    }
    if (loose && (x instanceof Double || x instanceof Float)) {
      double d = ((Number) x).doubleValue();
      return Double.isNaN(d) || Double.isInfinite(d) ? String.valueOf(d) : String.format("%.10g", d + 0.0);
    }
    return String.valueOf(x);
  }
}
