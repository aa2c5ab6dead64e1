package io.sluice.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
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
   * fails, the results of the others are released with {@code release} and the first failure is
   * thrown, so no batch leaks.
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
    List<ForkJoinTask<O>> tasks = new ArrayList<>(inputs.size());
    for (I input : inputs) {
      tasks.add(ForkJoinTask.adapt(() -> function.apply(input)));
    }
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
          out.add(result);
        } else {
          release.accept(result);
        }
      } catch (RuntimeException | Error e) {
        if (failure == null) {
          failure = e;
          out.forEach(release);
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
