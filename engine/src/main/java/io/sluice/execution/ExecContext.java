package io.sluice.execution;

import io.sluice.codegen.kernel.Kernels;
import io.sluice.columnar.Batch;
import io.sluice.plan.StreamingRelation;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.arrow.memory.BufferAllocator;

/**
 * What operators share while a query runs: the query's allocator, the kernel factory, the
 * session time zone, and for streaming queries the input of the current micro-batch and the
 * operator state kept from one micro-batch to the next.
 *
 * <p>A batch query uses a fresh context per execution; a streaming query keeps one for its whole
 * run and sets the inputs before each micro-batch. Not thread-safe: one query thread uses it.
 */
public final class ExecContext implements AutoCloseable {

  private final BufferAllocator allocator;
  private final Kernels kernels;
  private final ZoneId zone;
  private final Map<StreamingRelation, List<Batch>> streamInputs = new IdentityHashMap<>();
  private final Map<StreamingRelation, List<BatchSplit>> streamSplits = new IdentityHashMap<>();
  private final Map<PhysicalNode, AutoCloseable> states = new IdentityHashMap<>();
  private final Tasks tasks;
  private AggregateEmit aggregateEmit = AggregateEmit.ALL;

  /** A context that runs every operator on the calling thread. */
  public ExecContext(BufferAllocator allocator, Kernels kernels, ZoneId zone) {
    this(allocator, kernels, zone, Tasks.sequential());
  }

  /** A context whose operators run their parallel stages on {@code tasks} (not closed here). */
  public ExecContext(BufferAllocator allocator, Kernels kernels, ZoneId zone, Tasks tasks) {
    this.allocator = allocator;
    this.kernels = kernels;
    this.zone = zone;
    this.tasks = tasks;
  }

  /** Where operators run their parallel tasks. */
  public Tasks tasks() {
    return tasks;
  }

  public BufferAllocator allocator() {
    return allocator;
  }

  public Kernels kernels() {
    return kernels;
  }

  public ZoneId zone() {
    return zone;
  }

  /** Hands the current micro-batch's rows of one streaming leaf to the plan (ownership moves). */
  public void setStreamInput(StreamingRelation leaf, List<Batch> batches) {
    List<Batch> previous = streamInputs.put(leaf, new ArrayList<>(batches));
    if (previous != null) {
      previous.forEach(Batch::close);
    }
  }

  /**
   * Hands the current micro-batch's rows of one streaming leaf to the plan as deferred pieces
   * (one per file): an aggregation reads them a piece at a time on its workers.
   */
  public void setStreamSplits(StreamingRelation leaf, List<BatchSplit> splits) {
    streamSplits.put(leaf, new ArrayList<>(splits));
  }

  /** Takes the leaf's deferred pieces, or null if its rows were handed over as batches. */
  public List<BatchSplit> takeStreamSplits(StreamingRelation leaf) {
    return streamSplits.remove(leaf);
  }

  /** Takes the current micro-batch's rows of a streaming leaf; empty if none were set. */
  public List<Batch> takeStreamInput(StreamingRelation leaf) {
    List<BatchSplit> splits = streamSplits.remove(leaf);
    if (splits != null) {
      List<List<Batch>> read =
          tasks.map(splits, split -> split.read(allocator), batches -> batches.forEach(Batch::close));
      List<Batch> all = new ArrayList<>();
      read.forEach(all::addAll);
      return all;
    }
    List<Batch> batches = streamInputs.remove(leaf);
    return batches == null ? new ArrayList<>() : batches;
  }

  /** The state an operator keeps across micro-batches, created on first use. */
  @SuppressWarnings("unchecked")
  public <S extends AutoCloseable> S state(PhysicalNode owner, Supplier<S> create) {
    AutoCloseable state = states.get(owner);
    if (state == null) {
      state = create.get();
      states.put(owner, state);
    }
    return (S) state;
  }

  /** True if {@link #state} has been created for this operator. */
  public boolean hasState(PhysicalNode owner) {
    return states.containsKey(owner);
  }

  public AggregateEmit aggregateEmit() {
    return aggregateEmit;
  }

  public void setAggregateEmit(AggregateEmit emit) {
    this.aggregateEmit = emit;
  }

  /** Frees stream inputs not taken and every operator state. */
  @Override
  public void close() {
    for (List<Batch> batches : streamInputs.values()) {
      batches.forEach(Batch::close);
    }
    streamInputs.clear();
    streamSplits.clear();
    RuntimeException failure = null;
    for (AutoCloseable state : states.values()) {
      try {
        state.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("closing operator state failed", e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    states.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
