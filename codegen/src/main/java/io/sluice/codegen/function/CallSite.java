package io.sluice.codegen.function;

import io.sluice.codegen.EvalOptions;
import io.sluice.codegen.runtime.Casts;
import java.time.Instant;
import java.util.Objects;

/**
 * What a function call is resolved against besides its arguments: the query's clock (every {@code
 * current_timestamp()} of one query is the same instant) and the session's options, which change
 * how arguments are coerced ({@code try_add(1, '1')} casts the string as the ANSI {@code +} does).
 * Immutable.
 */
public final class CallSite {

  private final Instant now;
  private final EvalOptions options;

  public CallSite(Instant now, EvalOptions options) {
    this.now = Objects.requireNonNull(now, "now");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The instant the query is analysed at. */
  public Instant now() {
    return now;
  }

  /** {@link #now()} as a TIMESTAMP's internal value (microseconds since the epoch). */
  public long nowMicros() {
    return now.getEpochSecond() * Casts.MICROS_PER_SECOND + now.getNano() / 1000;
  }

  public EvalOptions options() {
    return options;
  }
}
