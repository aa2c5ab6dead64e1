package io.sluice.benchmarks.endtoend;

import io.sluice.Row;
import io.sluice.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Seed-shaped Parquet files for the end-to-end workloads, written once and reused.
 *
 * <p>The rows are the seed article's shape (the WHO suicide-rates table, as
 * {@code examples/.../SeedDataGenerator} writes it: 27,820 rows, 12 columns, six age groups), and a
 * larger set repeats them cyclically: row {@code i} of a set is seed row {@code i mod 27,820}.
 * Files are written oldest first with Sluice's own {@code write().mode("append").parquet(dir)}, so
 * both engines stream them in the same order. A complete set is marked by a {@code _COMPLETE} file
 * (hidden from both engines' file sources by its leading underscore); a set without it is written
 * again from scratch.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.sluice.benchmarks.endtoend.SeedFiles [seed|20m|all]
 * </pre>
 */
public final class SeedFiles {

  /** The seed's columns. */
  public static final String SCHEMA =
      "country STRING, year INT, sex STRING, age STRING, suicides_no INT, population INT, "
          + "`suicides/100k_pop` DOUBLE, `country-year` STRING, HDI_for_year DOUBLE, "
          + "gdp_for_year BIGINT, gdp_per_capita INT, generation STRING";

  static final int SEED_ROWS = 27_820;
  private static final String[] AGES = {
    "5-14 years", "15-24 years", "25-34 years", "35-54 years", "55-74 years", "75+ years"
  };
  private static final String[] GENERATIONS = {
    "Generation Z", "Millenials", "Generation X", "Boomers", "Silent", "G.I. Generation"
  };
  private static final int COUNTRY_YEARS = 2_321;
  private static final int WITHOUT_YOUNGEST = 16;

  private SeedFiles() {}

  public static void main(String[] args) {
    String which = args.length == 0 ? "all" : args[0];
    try (Session session = Session.builder().appName("seed-files").master("local[1]").getOrCreate()) {
      for (SeedScale scale : SeedScale.values()) {
        boolean wanted =
            which.equals("all")
                || (which.equals("seed") && scale == SeedScale.SEED)
                || (which.equals("20m") && scale == SeedScale.LARGE);
        if (wanted) {
          long start = System.nanoTime();
          Path dir = ensure(session, scale);
          System.out.printf(
              "%s: %,d rows in %d files at %s (%.1f s)%n",
              scale, scale.rows, scale.files, dir, (System.nanoTime() - start) / 1e9);
        }
      }
    }
  }

  /** The directory of {@code scale}, written first if it is not complete. */
  public static Path ensure(Session session, SeedScale scale) {
    Path dir = scale.directory();
    String expected = scale.markerText();
    try {
      Path marker = dir.resolve(SeedScale.MARKER);
      if (Files.exists(marker) && Files.readString(marker).equals(expected)) {
        return dir;
      }
      deleteRecursively(dir);
      Files.createDirectories(dir);
      List<Row> seed = seedRows();
      long perFile = (scale.rows + scale.files - 1) / scale.files;
      for (int f = 0; f < scale.files; f++) {
        long from = Math.min(scale.rows, f * perFile);
        long to = Math.min(scale.rows, from + perFile);
        List<Row> part = new CyclicRows(seed, from, (int) (to - from));
        session.createDataFrame(part, SCHEMA).write().mode("append").parquet(dir.toString());
      }
      Files.writeString(marker, expected, StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed's 27,820 rows, ordered by country-year (the same values as the examples' generator). */
  static List<Row> seedRows() {
    Random random = new Random(20200522L);
    List<Row> rows = new ArrayList<>(SEED_ROWS);
    int countryYear = 0;
    for (int country = 0; countryYear < COUNTRY_YEARS; country++) {
      String name = "Country " + (char) ('A' + country % 26) + (country / 26 + 1);
      int firstYear = 1985 + country % 11;
      int years = 12 + country % 21;
      long gdpPerCapita = 500 + random.nextInt(90_000);
      for (int y = 0; y < years && countryYear < COUNTRY_YEARS; y++, countryYear++) {
        int year = firstYear + y;
        boolean youngest = countryYear < COUNTRY_YEARS - WITHOUT_YOUNGEST;
        Double hdi = random.nextInt(3) == 0 ? null : Math.round(random.nextDouble() * 1000) / 1000.0;
        for (String sex : new String[] {"male", "female"}) {
          for (int a = 0; a < AGES.length; a++) {
            if (a == 0 && !youngest) {
              continue;
            }
            int population = 10_000 + random.nextInt(5_000_000);
            int suicides = random.nextInt(Math.max(1, population / 2_000));
            double per100k = Math.round(suicides * 100_000.0 / population * 100) / 100.0;
            rows.add(
                Row.of(
                    name,
                    year,
                    sex,
                    AGES[a],
                    suicides,
                    population,
                    per100k,
                    name + year,
                    hdi,
                    gdpPerCapita * 1_000_000L,
                    (int) gdpPerCapita,
                    GENERATIONS[(a + year / 20) % GENERATIONS.length]));
          }
        }
      }
    }
    return rows;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  /** Rows {@code from .. from + size} of the seed repeated end to end, without copying them. */
  private static final class CyclicRows extends AbstractList<Row> {
    private final List<Row> seed;
    private final long from;
    private final int size;

    CyclicRows(List<Row> seed, long from, int size) {
      this.seed = seed;
      this.from = from;
      this.size = size;
    }

    @Override
    public Row get(int index) {
      return seed.get((int) ((from + index) % seed.size()));
    }

    @Override
    public int size() {
      return size;
    }
  }
}
