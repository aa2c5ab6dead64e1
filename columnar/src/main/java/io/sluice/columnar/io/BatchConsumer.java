package io.sluice.columnar.io;

import io.sluice.columnar.Batch;

/** Receives the batches a reader produces. The receiver owns each batch and must close it. */
@FunctionalInterface
public interface BatchConsumer {
  void accept(Batch batch);
}
