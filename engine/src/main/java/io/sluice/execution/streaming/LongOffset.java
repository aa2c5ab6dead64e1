package io.sluice.execution.streaming;

/** An offset that is a count or an index: memory streams (blocks added), rate (seconds). */
public record LongOffset(long value) implements Offset {

  @Override
  public String json() {
    return Long.toString(value);
  }

  @Override
  public String toString() {
    return json();
  }
}
