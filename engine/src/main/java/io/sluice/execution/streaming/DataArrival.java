package io.sluice.execution.streaming;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes an idle query when a source receives data or the query is asked to stop, so the default
 * trigger reacts at once instead of at its next poll. Thread-safe.
 */
public final class DataArrival {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private long signals;

  /** Wakes the waiter, or makes its next wait return at once. */
  public void signal() {
    lock.lock();
    try {
      signals++;
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The number of signals so far; pass it to {@link #awaitAfter}. */
  public long signals() {
    lock.lock();
    try {
      return signals;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until a signal newer than {@code seen} arrives or {@code timeoutNanos} pass. Returns at
   * once if one already arrived, so a signal raised between checking for data and waiting is not
   * lost.
   */
  public void awaitAfter(long seen, long timeoutNanos) throws InterruptedException {
    lock.lock();
    try {
      long remaining = timeoutNanos;
      while (signals == seen && remaining > 0) {
        remaining = arrived.awaitNanos(remaining);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Convenience for tests and pollers. */
  public void awaitAfter(long seen, long timeout, TimeUnit unit) throws InterruptedException {
    awaitAfter(seen, unit.toNanos(timeout));
  }
}
