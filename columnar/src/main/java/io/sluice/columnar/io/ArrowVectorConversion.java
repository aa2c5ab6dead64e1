package io.sluice.columnar.io;

import io.sluice.columnar.Values;
import io.sluice.columnar.types.DataType;
import io.sluice.columnar.types.Ddl;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.DateMilliVector;
import org.apache.arrow.vector.Decimal256Vector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FixedSizeBinaryVector;
import org.apache.arrow.vector.LargeVarBinaryVector;
import org.apache.arrow.vector.LargeVarCharVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.UInt2Vector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.ViewVarBinaryVector;
import org.apache.arrow.vector.ViewVarCharVector;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.util.TransferPair;

/**
 * Turns a vector as a file reader produced it into a vector of exactly the Sluice type asked for,
 * owned by the caller's allocator. Same type: the buffers are transferred (no copy). Otherwise
 * values are converted: timestamps of any unit to microseconds UTC, millisecond dates to days,
 * large and view strings to VarChar, unsigned integers to wider signed ones, integers and
 * decimals widened to the column's numeric type.
 */
final class ArrowVectorConversion {

  private ArrowVectorConversion() {}

  /**
   * A vector named and typed as {@code target} holding {@code rows} values of {@code source}, or
   * nulls when {@code source} is null (a column the file lacks). {@code source} is left empty or
   * unchanged; the caller still closes it.
   */
  static FieldVector convert(FieldVector source, Field target, int rows, BufferAllocator allocator) {
    if (source != null && source.getField().getType().equals(target.getType())) {
      TransferPair pair = source.getTransferPair(target, allocator);
      pair.transfer();
      return (FieldVector) pair.getTo();
    }
    FieldVector out = target.createVector(allocator);
    try {
      out.allocateNew();
      DataType type = Ddl.typeOf(target);
      if (source instanceof TimeStampVector && type.kind() == DataType.Kind.TIMESTAMP) {
        long perMicro = unitsPerMicro(((ArrowType.Timestamp) source.getField().getType()).getUnit());
        TimeStampVector from = (TimeStampVector) source;
        for (int i = 0; i < rows; i++) {
          Values.set(out, i, from.isNull(i) ? null : toMicros(from.get(i), perMicro));
        }
      } else {
        for (int i = 0; i < rows; i++) {
          Values.set(out, i, source == null ? null : cast(read(source, i), type, target));
        }
      }
      out.setValueCount(rows);
      return out;
    } catch (RuntimeException e) {
      out.close();
      throw e;
    }
  }

  /** Negative: that many microseconds per unit (seconds, millis); positive: units per microsecond. */
  private static long unitsPerMicro(TimeUnit unit) {
    switch (unit) {
      case SECOND:
        return -1_000_000L;
      case MILLISECOND:
        return -1_000L;
      case MICROSECOND:
        return 1L;
      default:
        return 1_000L;
    }
  }

  private static long toMicros(long value, long perMicro) {
    return perMicro < 0 ? Math.multiplyExact(value, -perMicro) : Math.floorDiv(value, perMicro);
  }

  /** One value in the closest internal form, for vectors {@link Values} does not know. */
  private static Object read(FieldVector v, int i) {
    if (v.isNull(i)) {
      return null;
    }
    if (v instanceof LargeVarCharVector) {
      return new String(((LargeVarCharVector) v).get(i), StandardCharsets.UTF_8);
    }
    if (v instanceof ViewVarCharVector) {
      return new String(((ViewVarCharVector) v).get(i), StandardCharsets.UTF_8);
    }
    if (v instanceof LargeVarBinaryVector) {
      return ((LargeVarBinaryVector) v).get(i);
    }
    if (v instanceof ViewVarBinaryVector) {
      return ((ViewVarBinaryVector) v).get(i);
    }
    if (v instanceof FixedSizeBinaryVector) {
      return ((FixedSizeBinaryVector) v).get(i);
    }
    if (v instanceof UInt1Vector) {
      return ((UInt1Vector) v).get(i) & 0xFF;
    }
    if (v instanceof UInt2Vector) {
      return (int) ((UInt2Vector) v).get(i);
    }
    if (v instanceof UInt4Vector) {
      return ((UInt4Vector) v).get(i) & 0xFFFF_FFFFL;
    }
    if (v instanceof UInt8Vector) {
      return ((UInt8Vector) v).get(i); // values above Long.MAX_VALUE wrap, as Spark's reader does
    }
    if (v instanceof DateMilliVector) {
      return (int) Math.floorDiv(((DateMilliVector) v).get(i), 86_400_000L);
    }
    if (v instanceof Decimal256Vector) {
      return ((Decimal256Vector) v).getObject(i);
    }
    if (v instanceof BaseIntVector) {
      return ((BaseIntVector) v).getValueAsLong(i);
    }
    return Values.get(v, i);
  }

  /** Widens a value to the column's type; anything else is a schema mismatch. */
  private static Object cast(Object value, DataType type, Field target) {
    if (value == null) {
      return null;
    }
    switch (type.kind()) {
      case STRING:
        if (value instanceof String) {
          return value;
        }
        break;
      case BINARY:
        if (value instanceof byte[]) {
          return value;
        }
        break;
      case TINYINT:
      case SMALLINT:
      case INT:
      case BIGINT:
      case FLOAT:
      case DOUBLE:
        if (value instanceof Number && !(value instanceof BigDecimal)) {
          return value;
        }
        break;
      case DECIMAL:
        if (value instanceof BigDecimal) {
          return TextFieldConverter.fitDecimal((BigDecimal) value, type);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
          return TextFieldConverter.fitDecimal(new BigDecimal(BigInteger.valueOf(((Number) value).longValue())), type);
        }
        break;
      case DATE:
      case BOOLEAN:
        return value;
      default:
        break;
    }
    throw new IllegalArgumentException(
        "column '" + target.getName() + "' holds " + value.getClass().getSimpleName()
            + " values, which cannot be read as " + type.simpleString());
  }
}
