package io.sluice.streaming;

import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.Session;
import io.sluice.columnar.types.Ddl;
import io.sluice.execution.streaming.DataArrival;
import io.sluice.execution.streaming.Source;
import io.sluice.execution.streaming.StreamSourceProvider;
import io.sluice.execution.streaming.sources.MemoryStreamSource;
import io.sluice.plan.StreamingRelation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * A stream whose rows the program adds, Spark's {@code MemoryStream}: for tests and demos.
 * {@code addData} returns the offset of the rows added; every query over {@link #toDF()} reads
 * every row from the first. Rows stay on the heap until the stream is garbage. Thread-safe.
 */
public final class MemoryStream implements StreamSourceProvider, MemoryStreamSource.Blocks {

  private static final AtomicInteger IDS = new AtomicInteger();

  private final int id = IDS.getAndIncrement();
  private final Session session;
  private final Schema schema;
  private final List<List<Row>> blocks = new ArrayList<>();
  private final List<DataArrival> arrivalListeners = new CopyOnWriteArrayList<>();
  private final StreamingRelation relation = new StreamingRelation(this);

  private MemoryStream(Session session, Schema schema) {
    this.session = session;
    this.schema = schema;
  }

  public static MemoryStream of(Session session, Schema schema) {
    return new MemoryStream(session, schema);
  }

  /** {@code MemoryStream.of(session, "word STRING, n INT")}. */
  public static MemoryStream of(Session session, String ddlSchema) {
    return new MemoryStream(session, Ddl.parseSchema(ddlSchema));
  }

  /** Adds rows (values of {@link Row}'s Java types, in schema order); returns their offset. */
  public long addData(Row... rows) {
    return addData(Arrays.asList(rows));
  }

  public long addData(List<Row> rows) {
    int width = schema.getFields().size();
    for (Row r : rows) {
      if (r.size() != width) {
        throw new IllegalArgumentException(
            "row " + r + " has " + r.size() + " values, the stream has " + width + " columns");
      }
    }
    long offset;
    synchronized (blocks) {
      blocks.add(List.copyOf(rows));
      offset = blocks.size() - 1;
    }
    arrivalListeners.forEach(DataArrival::signal);
    return offset;
  }

  /** The stream as a streaming Dataset; the same relation every call. */
  public Dataset<Row> toDF() {
    return Dataset.ofRows(session, relation);
  }

  /** Spark's {@code toDS()} for Row streams. */
  public Dataset<Row> toDS() {
    return toDF();
  }

  @Override
  public String description() {
    StringBuilder s = new StringBuilder("MemoryStream[");
    List<Field> fields = schema.getFields();
    for (int i = 0; i < fields.size(); i++) {
      s.append(i == 0 ? "" : ",").append(fields.get(i).getName()).append('#').append(id);
    }
    return s.append(']').toString();
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public Source createSource(Session querySession) {
    return new MemoryStreamSource(description(), schema, this);
  }

  @Override
  public long latestBlock() {
    synchronized (blocks) {
      return blocks.size() - 1;
    }
  }

  @Override
  public List<List<Row>> blocks(long from, long to) {
    synchronized (blocks) {
      return new ArrayList<>(blocks.subList((int) from, (int) to + 1));
    }
  }

  @Override
  public void addArrivalListener(DataArrival signal) {
    arrivalListeners.add(signal);
  }

  @Override
  public void removeArrivalListener(DataArrival signal) {
    arrivalListeners.remove(signal);
  }

  @Override
  public String toString() {
    return description();
  }
}
