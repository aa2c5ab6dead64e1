package io.sluice.streaming;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * When a streaming query runs its next micro-batch, Spark's {@code Trigger}. Without a trigger a
 * query runs the next micro-batch as soon as the previous one is done and new data has arrived.
 * Immutable.
 */
public final class Trigger {

  /** The kinds of trigger; the runtime switches on this. */
  public enum Kind {
    /** Run when the previous batch is done and data is available (Spark's default). */
    DEFAULT,
    /** Start batches on a fixed interval; intervals missed by a long batch are skipped. */
    PROCESSING_TIME,
    /** One batch of everything available at start, then stop. */
    ONCE,
    /** Everything available at start, in as many batches as the sources' limits need, then stop. */
    AVAILABLE_NOW,
    /** Continuous processing; refused at start for now. */
    CONTINUOUS
  }

  private static final Trigger DEFAULT = new Trigger(Kind.DEFAULT, 0);
  private static final Trigger ONCE = new Trigger(Kind.ONCE, 0);
  private static final Trigger AVAILABLE_NOW = new Trigger(Kind.AVAILABLE_NOW, 0);

  private final Kind kind;
  private final long intervalMs;

  private Trigger(Kind kind, long intervalMs) {
    if (intervalMs < 0) {
      throw new IllegalArgumentException("interval cannot be negative");
    }
    this.kind = kind;
    this.intervalMs = intervalMs;
  }

  /** The trigger of a query that sets none. */
  public static Trigger defaultTrigger() {
    return DEFAULT;
  }

  /** A batch every {@code intervalMs} milliseconds; 0 behaves as the default trigger. */
  public static Trigger ProcessingTime(long intervalMs) {
    return new Trigger(Kind.PROCESSING_TIME, intervalMs);
  }

  public static Trigger ProcessingTime(long interval, TimeUnit timeUnit) {
    return ProcessingTime(timeUnit.toMillis(interval));
  }

  public static Trigger ProcessingTime(Duration interval) {
    return ProcessingTime(interval.toMillis());
  }

  /** Spark's interval strings: {@code "1 second"}, {@code "10 seconds"}, {@code "500 ms"}, ... */
  public static Trigger ProcessingTime(String interval) {
    return ProcessingTime(parseIntervalMs(interval));
  }

  public static Trigger Once() {
    return ONCE;
  }

  public static Trigger AvailableNow() {
    return AVAILABLE_NOW;
  }

  /** Continuous processing with the given checkpoint interval (not supported yet). */
  public static Trigger Continuous(long intervalMs) {
    return new Trigger(Kind.CONTINUOUS, intervalMs);
  }

  public static Trigger Continuous(long interval, TimeUnit timeUnit) {
    return Continuous(timeUnit.toMillis(interval));
  }

  public static Trigger Continuous(Duration interval) {
    return Continuous(interval.toMillis());
  }

  public static Trigger Continuous(String interval) {
    return Continuous(parseIntervalMs(interval));
  }

  public Kind kind() {
    return kind;
  }

  /** The interval of a processing-time or continuous trigger, in milliseconds; else 0. */
  public long intervalMs() {
    return intervalMs;
  }

  /**
   * Parses Spark's calendar-interval form as {@code Trigger.ProcessingTime(String)} accepts it: an
   * optional {@code interval} keyword, then one or more {@code <number> <unit>} pairs.
   */
  static long parseIntervalMs(String interval) {
    if (interval == null || interval.isBlank()) {
      throw new IllegalArgumentException("interval cannot be null or blank.");
    }
    String[] words = interval.trim().toLowerCase(Locale.ROOT).split("\\s+");
    int i = words[0].equals("interval") ? 1 : 0;
    if (i >= words.length || (words.length - i) % 2 != 0) {
      throw new IllegalArgumentException("Invalid interval: " + interval);
    }
    long totalMs = 0;
    for (; i < words.length; i += 2) {
      long amount;
      try {
        amount = Long.parseLong(words[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Invalid interval: " + interval, e);
      }
      totalMs += amount * unitMs(words[i + 1], interval);
    }
    if (totalMs < 0) {
      throw new IllegalArgumentException("interval cannot be negative");
    }
    return totalMs;
  }

  private static long unitMs(String unit, String interval) {
    // plurals: "seconds" -> "second", "mins" -> "min"; but "ms" and "s" are units themselves
    boolean plural = unit.length() > 2 && unit.endsWith("s");
    String u = plural ? unit.substring(0, unit.length() - 1) : unit;
    switch (u) {
      case "ms":
      case "millisecond":
        return 1;
      case "s":
      case "sec":
      case "second":
        return 1_000;
      case "min":
      case "minute":
        return 60_000;
      case "h":
      case "hour":
        return 3_600_000;
      case "day":
        return 86_400_000;
      case "week":
        return 7 * 86_400_000L;
      default:
        throw new IllegalArgumentException("Invalid interval unit '" + unit + "' in: " + interval);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Trigger && ((Trigger) o).kind == kind && ((Trigger) o).intervalMs == intervalMs;
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Long.hashCode(intervalMs);
  }

  @Override
  public String toString() {
    switch (kind) {
      case PROCESSING_TIME:
        return "ProcessingTimeTrigger(" + intervalMs + ")";
      case CONTINUOUS:
        return "ContinuousTrigger(" + intervalMs + ")";
      case ONCE:
        return "OneTimeTrigger";
      case AVAILABLE_NOW:
        return "AvailableNowTrigger";
      default:
        return "DefaultTrigger";
    }
  }
}
