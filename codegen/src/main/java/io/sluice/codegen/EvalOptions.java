package io.sluice.codegen;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The session settings that change what an expression computes: ANSI mode ({@code
 * sluice.sql.ansi.enabled}), the session time zone (casts between strings and timestamps) and
 * whether decimal arithmetic may give up scale ({@code
 * sluice.sql.decimalOperations.allowPrecisionLoss}, read when expressions are typed).
 * The kernels and the interpreter take them; generated code differs with {@link #ansi()}, so the
 * compile cache (keyed by the source) keeps the two apart. Immutable.
 */
public final class EvalOptions {

  /** Spark 4's defaults: ANSI on, UTC. */
  public static final EvalOptions DEFAULT = new EvalOptions(true, ZoneOffset.UTC);
  /** ANSI off (Spark's {@code spark.sql.ansi.enabled=false}), UTC. */
  public static final EvalOptions LEGACY = new EvalOptions(false, ZoneOffset.UTC);

  private final boolean ansi;
  private final ZoneId zone;
  private final boolean decimalPrecisionLoss;

  private EvalOptions(boolean ansi, ZoneId zone, boolean decimalPrecisionLoss) {
    this.ansi = ansi;
    this.zone = Objects.requireNonNull(zone, "zone");
    this.decimalPrecisionLoss = decimalPrecisionLoss;
  }

  private EvalOptions(boolean ansi, ZoneId zone) {
    this(ansi, zone, true);
  }

  public static EvalOptions of(boolean ansi, ZoneId zone) {
    return new EvalOptions(ansi, zone);
  }

  /** These options with {@code spark.sql.decimalOperations.allowPrecisionLoss} set. */
  public EvalOptions withDecimalPrecisionLoss(boolean allowed) {
    return new EvalOptions(ansi, zone, allowed);
  }

  /** Whether decimal results past 38 digits give up scale (Spark's default) rather than overflow. */
  public boolean decimalPrecisionLoss() {
    return decimalPrecisionLoss;
  }

  /** Whether failures raise Spark's errors (else legacy nulls and wrapping). */
  public boolean ansi() {
    return ansi;
  }

  /** The session time zone. */
  public ZoneId zone() {
    return zone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EvalOptions
        && ((EvalOptions) o).ansi == ansi
        && ((EvalOptions) o).zone.equals(zone)
        && ((EvalOptions) o).decimalPrecisionLoss == decimalPrecisionLoss;
  }

  @Override
  public int hashCode() {
    return Objects.hash(ansi, zone, decimalPrecisionLoss);
  }

  @Override
  public String toString() {
    return "EvalOptions(ansi=" + ansi + ", zone=" + zone
        + (decimalPrecisionLoss ? "" : ", decimalPrecisionLoss=false") + ")";
  }
}
