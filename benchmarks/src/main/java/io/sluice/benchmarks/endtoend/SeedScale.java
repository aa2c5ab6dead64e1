package io.sluice.benchmarks.endtoend;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A set of seed-shaped Parquet files: how many rows in how many files, and where they live. No
 * engine classes here, so that Spark's side of {@code SideBySide} can name the same files.
 */
public enum SeedScale {
  /** The seed itself: 27,820 rows in 10 files. */
  SEED("seed-27820x10", 27_820, 10),
  /** 20 M rows in 100 files of 200,000 rows. */
  LARGE("seed-20Mx100", 20_000_000, 100);

  /** Written last into a complete directory; hidden from file sources by its underscore. */
  static final String MARKER = "_COMPLETE";

  public final String directoryName;
  public final long rows;
  public final int files;

  SeedScale(String directoryName, long rows, int files) {
    this.directoryName = directoryName;
    this.rows = rows;
    this.files = files;
  }

  /** What the marker of a complete directory says. */
  String markerText() {
    return rows + " rows in " + files + " files\n";
  }

  /** This set's directory, whether written or not. */
  public Path directory() {
    return dataRoot().resolve(directoryName);
  }

  /** This set's directory; fails if it has not been written completely. */
  public Path existingDirectory() {
    Path dir = directory();
    if (!Files.exists(dir.resolve(MARKER))) {
      throw new IllegalStateException(
          dir + " is not complete: run io.sluice.benchmarks.endtoend.SeedFiles first");
    }
    return dir;
  }

  /**
   * Where the sets live: {@code -Dsluice.bench.data=DIR}, else {@code seed-data/} beside the
   * benchmarks jar or classes directory (that is, {@code benchmarks/target/seed-data}).
   */
  public static Path dataRoot() {
    String configured = System.getProperty("sluice.bench.data");
    if (configured != null) {
      return Path.of(configured);
    }
    try {
      Path code = Path.of(SeedScale.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code.toAbsolutePath().getParent().resolve("seed-data");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
