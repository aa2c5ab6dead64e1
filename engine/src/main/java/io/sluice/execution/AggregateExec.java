package io.sluice.execution;

import io.sluice.codegen.ir.AggregateCall;
import io.sluice.codegen.ir.Expr;
import io.sluice.codegen.kernel.Aggregation;
import io.sluice.codegen.kernel.Projection;
import io.sluice.columnar.Batch;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Hash aggregation by a generated kernel whose groups live off-heap, then an optional projection
 * (HAVING, expressions over aggregates). Over a stream, the groups are state: they stay in the
 * {@link ExecContext} from one micro-batch to the next, and each batch outputs all groups
 * (complete mode) or the groups it changed (update mode).
 */
public final class AggregateExec extends PhysicalNode {
  private final PhysicalNode child;
  private final Expr filter;
  private final List<Expr> keys;
  private final List<String> keyNames;
  private final List<AggregateCall> aggregates;
  private final List<String> aggregateNames;
  private final Projection post;
  private final boolean streaming;
  private final Schema aggregateSchema;

  public AggregateExec(
      PhysicalNode child,
      Expr filter,
      List<Expr> keys,
      List<String> keyNames,
      List<AggregateCall> aggregates,
      List<String> aggregateNames,
      Schema aggregateSchema,
      Projection post,
      boolean streaming) {
    this.child = child;
    this.filter = filter;
    this.keys = List.copyOf(keys);
    this.keyNames = List.copyOf(keyNames);
    this.aggregates = List.copyOf(aggregates);
    this.aggregateNames = List.copyOf(aggregateNames);
    this.aggregateSchema = aggregateSchema;
    this.post = post;
    this.streaming = streaming;
  }

  public int keyCount() {
    return keys.size();
  }

  @Override
  public Schema schema() {
    return post == null ? aggregateSchema : post.outputSchema();
  }

  @Override
  public List<PhysicalNode> children() {
    return List.of(child);
  }

  @Override
  public boolean isStateful() {
    return streaming;
  }

  private Aggregation create(ExecContext context, BufferAllocator allocator) {
    return context
        .kernels()
        .aggregation(child.schema(), filter, keys, keyNames, aggregates, aggregateNames, allocator);
  }

  /** Whether merging partial aggregates can raise: ANSI mode and an integral sum. */
  private boolean mergeCanFail(ExecContext context) {
    if (!context.kernels().options().ansi()) {
      return false;
    }
    for (io.sluice.codegen.ir.AggregateCall a : aggregates) {
      if (a.function() == io.sluice.codegen.ir.AggregateCall.Function.SUM
          && a.argument() != null
          && a.argument().type().isIntegral()) {
        return true;
      }
    }
    return false;
  }

  private AggregateState createState(ExecContext context) {
    BufferAllocator allocator =
        context.allocator().newChildAllocator("aggregate " + keyNames, 0, Long.MAX_VALUE);
    try {
      return new AggregateState(allocator, create(context, allocator));
    } catch (RuntimeException e) {
      allocator.close();
      throw e;
    }
  }

  @Override
  public List<Batch> execute(ExecContext context) {
    if (!streaming) {
      try (Aggregation aggregation = create(context, context.allocator())) {
        update(aggregation, context);
        return finish(aggregation.result(context.allocator()), context);
      }
    }
    AggregateState state = context.state(this, () -> createState(context));
    // The batch is folded into a delta of its own and merged into the state only once it is
    // whole, so an error in the batch (an ANSI overflow, a malformed cast) leaves the state as
    // after the previous batch. Merging can itself fail only for an integral sum under ANSI: then
    // the delta is checked against the state before anything changes.
    try (Aggregation delta = create(context, context.allocator())) {
      update(delta, context);
      state.merge(delta, mergeCanFail(context));
    }
    Aggregation aggregation = state.aggregation();
    Batch updated = aggregation.updatedResult(context.allocator());
    state.recordUpdated(updated.rowCount());
    aggregation.clearUpdated();
    Batch result;
    if (context.aggregateEmit() == AggregateEmit.UPDATED) {
      result = updated;
    } else {
      updated.close();
      result = aggregation.result(context.allocator());
    }
    return finish(result, context);
  }

  /**
   * Folds the child's input into {@code target}. File inputs come as deferred pieces that each
   * task reads one at a time and frees, so memory holds a few batches per worker rather than the
   * whole input; other inputs come as batches.
   */
  private void update(Aggregation target, ExecContext context) {
    List<BatchSplit> splits = child.splits(context);
    if (splits != null) {
      foldInParallel(target, splits, (aggregation, split) -> fold(aggregation, split, context), context);
      return;
    }
    List<Batch> input = child.execute(context);
    try {
      foldInParallel(target, input, Aggregation::update, context);
    } finally {
      input.forEach(Batch::close);
    }
  }

  /**
   * With several workers and inputs, each task pre-aggregates its share (round robin) into a
   * partial aggregation of its own, and the partials are merged by key into {@code target}: the
   * same answer as one pass, on every core.
   */
  private <T> void foldInParallel(
      Aggregation target,
      List<T> inputs,
      java.util.function.BiConsumer<Aggregation, T> foldOne,
      ExecContext context) {
    int tasks = Math.min(context.tasks().parallelism(), inputs.size());
    if (tasks <= 1) {
      for (T input : inputs) {
        foldOne.accept(target, input);
      }
      return;
    }
    List<List<T>> shares = new ArrayList<>(tasks);
    for (int t = 0; t < tasks; t++) {
      shares.add(new ArrayList<>());
    }
    for (int i = 0; i < inputs.size(); i++) {
      shares.get(i % tasks).add(inputs.get(i));
    }
    List<Aggregation> partials =
        context
            .tasks()
            .map(
                shares,
                share -> {
                  Aggregation partial = create(context, context.allocator());
                  try {
                    for (T input : share) {
                      foldOne.accept(partial, input);
                    }
                    return partial;
                  } catch (RuntimeException e) {
                    partial.close();
                    throw e;
                  }
                },
                Aggregation::close);
    try {
      for (Aggregation partial : partials) {
        target.merge(partial);
      }
    } finally {
      partials.forEach(Aggregation::close);
    }
  }

  private static void fold(Aggregation aggregation, BatchSplit split, ExecContext context) {
    List<Batch> batches = split.read(context.allocator());
    try {
      for (Batch b : batches) {
        aggregation.update(b);
      }
    } finally {
      batches.forEach(Batch::close);
    }
  }

  /** Applies the post-aggregation projection (HAVING, expressions over aggregates), if any. */
  private List<Batch> finish(Batch result, ExecContext context) {
    if (post == null) {
      return new ArrayList<>(List.of(result));
    }
    try {
      return new ArrayList<>(List.of(post.apply(result, context.allocator())));
    } finally {
      result.close();
    }
  }

  @Override
  public String describe() {
    return "HashAggregate keys="
        + keys
        + " AS "
        + keyNames
        + ", functions="
        + aggregates
        + " AS "
        + aggregateNames
        + (filter == null ? "" : ", filter=" + filter)
        + (streaming ? ", stateful" : "");
  }
}
