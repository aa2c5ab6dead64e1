package io.sluice.execution.streaming.sources;

import io.sluice.execution.streaming.Offset;

/**
 * The file source's offset: how many files it has taken so far; files are taken in an order that
 * never changes afterwards, so offset N names exactly the first N files.
 */
public record FileOffset(long filesTaken) implements Offset {

  @Override
  public String json() {
    return "{\"filesTaken\":" + filesTaken + "}";
  }

  @Override
  public String toString() {
    return json();
  }
}
