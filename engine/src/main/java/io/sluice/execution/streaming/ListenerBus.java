package io.sluice.execution.streaming;

import io.sluice.streaming.StreamingQueryListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers query events to a session's listeners on one daemon thread, in the order they were
 * posted, so listeners never run on (or slow down) a query's thread. A listener that throws is
 * logged and keeps receiving events, as in Spark. Thread-safe.
 */
public final class ListenerBus implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ListenerBus.class);

  private final List<StreamingQueryListener> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "spark-listener-group-streams");
            t.setDaemon(true);
            return t;
          });

  public void addListener(StreamingQueryListener listener) {
    listeners.add(listener);
  }

  public void removeListener(StreamingQueryListener listener) {
    listeners.remove(listener);
  }

  public List<StreamingQueryListener> listeners() {
    return List.copyOf(listeners);
  }

  /** Queues the event for every listener registered now; returns at once. */
  public Future<?> post(StreamingQueryListener.Event event) {
    List<StreamingQueryListener> targets = List.copyOf(listeners);
    if (thread.isShutdown()) {
      return java.util.concurrent.CompletableFuture.completedFuture(null);
    }
    return thread.submit(() -> targets.forEach(l -> deliver(l, event)));
  }

  /** Posts and waits until every listener has received the event (Spark's synchronous onQueryStarted). */
  public void postAndWait(StreamingQueryListener.Event event) {
    try {
      post(event).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      LOG.warn("delivering {} to the streaming listeners did not finish", event, e);
    }
  }

  private static void deliver(StreamingQueryListener listener, StreamingQueryListener.Event event) {
    try {
      if (event instanceof StreamingQueryListener.QueryStartedEvent) {
        listener.onQueryStarted((StreamingQueryListener.QueryStartedEvent) event);
      } else if (event instanceof StreamingQueryListener.QueryProgressEvent) {
        listener.onQueryProgress((StreamingQueryListener.QueryProgressEvent) event);
      } else if (event instanceof StreamingQueryListener.QueryIdleEvent) {
        listener.onQueryIdle((StreamingQueryListener.QueryIdleEvent) event);
      } else if (event instanceof StreamingQueryListener.QueryTerminatedEvent) {
        listener.onQueryTerminated((StreamingQueryListener.QueryTerminatedEvent) event);
      }
    } catch (RuntimeException e) {
      LOG.warn("Listener {} threw an exception", listener.getClass().getName(), e);
    }
  }

  /** Delivers what is queued, then ends the thread. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
