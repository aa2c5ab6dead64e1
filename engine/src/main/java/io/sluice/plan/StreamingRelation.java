package io.sluice.plan;

import java.util.List;

/** A streaming leaf: each micro-batch it yields the rows its source added since the last one. */
public final class StreamingRelation extends LogicalPlan {
  private final StreamSourceSpec source;

  public StreamingRelation(StreamSourceSpec source) {
    this.source = source;
  }

  public StreamSourceSpec source() {
    return source;
  }

  @Override
  public List<LogicalPlan> children() {
    return List.of();
  }

  @Override
  public boolean isStreaming() {
    return true;
  }

  @Override
  public String describe() {
    return "StreamingRelation " + source.description();
  }
}
