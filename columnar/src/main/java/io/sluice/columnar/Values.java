package io.sluice.columnar;

import io.sluice.columnar.types.DataType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.VarBinaryVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * Reads and writes single values of Sluice's vectors in their internal Java form (see {@link
 * DataType}). One value at a time, boxed: for tests, the interpreter, row conversion at the API
 * edge and readers of text formats, never for kernels.
 */
public final class Values {

  private Values() {}

  /** The value at {@code index}, or {@code null}. */
  public static Object get(FieldVector vector, int index) {
    if (vector.isNull(index)) {
      return null;
    }
    if (vector instanceof VarCharVector) {
      return new String(((VarCharVector) vector).get(index), StandardCharsets.UTF_8);
    }
    if (vector instanceof IntVector) {
      return ((IntVector) vector).get(index);
    }
    if (vector instanceof BigIntVector) {
      return ((BigIntVector) vector).get(index);
    }
    if (vector instanceof Float8Vector) {
      return ((Float8Vector) vector).get(index);
    }
    if (vector instanceof Float4Vector) {
      return ((Float4Vector) vector).get(index);
    }
    if (vector instanceof BitVector) {
      return ((BitVector) vector).get(index) != 0;
    }
    if (vector instanceof SmallIntVector) {
      return ((SmallIntVector) vector).get(index);
    }
    if (vector instanceof TinyIntVector) {
      return ((TinyIntVector) vector).get(index);
    }
    if (vector instanceof DecimalVector) {
      return ((DecimalVector) vector).getObject(index);
    }
    if (vector instanceof DateDayVector) {
      return ((DateDayVector) vector).get(index);
    }
    if (vector instanceof TimeStampVector) {
      return ((TimeStampVector) vector).get(index);
    }
    if (vector instanceof VarBinaryVector) {
      return ((VarBinaryVector) vector).get(index);
    }
    throw new IllegalArgumentException(
        "unsupported vector " + vector.getClass().getSimpleName() + " for " + vector.getField());
  }

  /**
   * Sets the value at {@code index}, growing the vector if needed. {@code null} sets a null. The
   * value must have the internal Java form of the vector's type; numbers are widened or narrowed
   * to it.
   */
  public static void set(FieldVector vector, int index, Object value) {
    if (value == null) {
      if (index >= vector.getValueCapacity()) {
        vector.reAlloc();
        while (index >= vector.getValueCapacity()) {
          vector.reAlloc();
        }
      }
      vector.setNull(index);
      return;
    }
    if (vector instanceof VarCharVector) {
      ((VarCharVector) vector).setSafe(index, value.toString().getBytes(StandardCharsets.UTF_8));
    } else if (vector instanceof IntVector) {
      ((IntVector) vector).setSafe(index, ((Number) value).intValue());
    } else if (vector instanceof BigIntVector) {
      ((BigIntVector) vector).setSafe(index, ((Number) value).longValue());
    } else if (vector instanceof Float8Vector) {
      ((Float8Vector) vector).setSafe(index, ((Number) value).doubleValue());
    } else if (vector instanceof Float4Vector) {
      ((Float4Vector) vector).setSafe(index, ((Number) value).floatValue());
    } else if (vector instanceof BitVector) {
      ((BitVector) vector).setSafe(index, ((Boolean) value) ? 1 : 0);
    } else if (vector instanceof SmallIntVector) {
      ((SmallIntVector) vector).setSafe(index, ((Number) value).shortValue());
    } else if (vector instanceof TinyIntVector) {
      ((TinyIntVector) vector).setSafe(index, ((Number) value).byteValue());
    } else if (vector instanceof DecimalVector) {
      DecimalVector d = (DecimalVector) vector;
      BigDecimal decimal =
          value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
      d.setSafe(index, decimal.setScale(d.getScale(), RoundingMode.HALF_UP));
    } else if (vector instanceof DateDayVector) {
      ((DateDayVector) vector).setSafe(index, ((Number) value).intValue());
    } else if (vector instanceof TimeStampVector) {
      ((TimeStampVector) vector).setSafe(index, ((Number) value).longValue());
    } else if (vector instanceof VarBinaryVector) {
      ((VarBinaryVector) vector).setSafe(index, (byte[]) value);
    } else {
      throw new IllegalArgumentException(
          "unsupported vector " + vector.getClass().getSimpleName() + " for " + vector.getField());
    }
  }
}
