package io.sluice.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the parallel tasks of one stage on the session's worker threads ({@code local[N]}: N
 * threads). A fork-join pool, so that a task may itself fork (a scan inside an aggregation)
 * without starving the pool. Thread-safe.
 */
public final class Tasks implements AutoCloseable {

  private final ForkJoinPool pool;
  private final int parallelism;

  private Tasks(ForkJoinPool pool, int parallelism) {
    this.pool = pool;
    this.parallelism = parallelism;
  }

  /** Worker threads named {@code sluice-worker-<app>-<n>}; daemons, as Spark's executors are. */
  public static Tasks create(String name, int parallelism) {
    if (parallelism <= 1) {
      return sequential();
    }
    AtomicInteger counter = new AtomicInteger();
    ForkJoinPool pool =
        new ForkJoinPool(
            parallelism,
            p -> {
              var t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
              t.setName("sluice-worker-" + name + "-" + counter.getAndIncrement());
              t.setDaemon(true);
              return t;
            },
            null,
            false);
    return new Tasks(pool, parallelism);
  }

  /** Runs everything on the calling thread. */
  public static Tasks sequential() {
    return new Tasks(null, 1);
  }

  public int parallelism() {
    return parallelism;
  }

  /**
   * {@code function} applied to every input, in parallel, results in input order. If any task
   * fails: tasks that have not started yet are skipped, the results of those that finished are
   * released with {@code release} (after every task has ended, so none finishes later and leaks),
   * and the first failure in input order is thrown with the others suppressed. A failure thrown
   * on a worker may reach the caller as a copy of the same type whose cause is the original (as
   * {@link ForkJoinTask#join} does).
   */
  public <I, O> List<O> map(List<I> inputs, Function<I, O> function, Consumer<O> release) {
    if (pool == null || inputs.size() <= 1) {
      List<O> out = new ArrayList<>(inputs.size());
      try {
        for (I input : inputs) {
          out.add(function.apply(input));
        }
      } catch (RuntimeException | Error e) {
        out.forEach(release);
        throw e;
      }
      return out;
    }
    // Set by the first task that fails; tasks that start later return null (skipped) instead of
    // reading and computing what would only be released.
    AtomicBoolean failed = new AtomicBoolean();
    List<ForkJoinTask<O>> tasks = new ArrayList<>(inputs.size());
    for (I input : inputs) {
      tasks.add(
          ForkJoinTask.adapt(
              () -> {
                if (failed.get()) {
                  return null;
                }
                try {
                  return function.apply(input);
                } catch (RuntimeException | Error e) {
                  failed.set(true);
                  throw e;
                }
              }));
    }
    Consumer<O> releaseDone =
        result -> {
          if (result != null) {
            release.accept(result);
          }
        };
    if (ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == pool) {
      ForkJoinTask.invokeAll(tasks);
    } else {
      for (ForkJoinTask<O> t : tasks) {
        pool.execute(t);
      }
    }
    List<O> out = new ArrayList<>(inputs.size());
    Throwable failure = null;
    for (ForkJoinTask<O> t : tasks) {
      try {
        O result = t.join();
        if (failure == null) {
          out.add(result); // null only if skipped, and then a failure follows in the loop
        } else {
          releaseDone.accept(result);
        }
      } catch (RuntimeException | Error e) {
        if (failure == null) {
          failure = e;
          out.forEach(releaseDone);
          out.clear();
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure != null) {
      throw (Error) failure;
    }
    return out;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
