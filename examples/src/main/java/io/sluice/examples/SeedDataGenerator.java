package io.sluice.examples;

import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a dataset shaped like the seed article's (the WHO suicide-rates table): 27,820 rows, 12
 * per country-year (two sexes by six age groups) over 2,321 country-years, except that 16
 * country-years have no "5-14 years" rows, so every age group has 4,642 rows and "5-14 years" has
 * 4,610, as in the article's final table. Values are made up from a fixed seed; only the shape
 * and the counts are the article's.
 *
 * <p>Column names follow the original with the characters Spark refuses in Parquet column names
 * (space, comma, parentheses, ...) replaced by underscores, so Spark reads the same files.
 */
public final class SeedDataGenerator {

  /** The seed's columns. */
  public static final String SCHEMA =
      "country STRING, year INT, sex STRING, age STRING, suicides_no INT, population INT, "
          + "`suicides/100k_pop` DOUBLE, `country-year` STRING, HDI_for_year DOUBLE, "
          + "gdp_for_year BIGINT, gdp_per_capita INT, generation STRING";

  static final String[] AGES = {
    "5-14 years", "15-24 years", "25-34 years", "35-54 years", "55-74 years", "75+ years"
  };
  private static final String[] GENERATIONS = {
    "Generation Z", "Millenials", "Generation X", "Boomers", "Silent", "G.I. Generation"
  };
  static final int COUNTRY_YEARS = 2_321;
  static final int WITHOUT_YOUNGEST = 16;
  public static final int ROWS = COUNTRY_YEARS * 12 - WITHOUT_YOUNGEST * 2;

  private SeedDataGenerator() {}

  /** Every row, ordered by country-year as the original file is. */
  public static List<Row> rows() {
    Random random = new Random(20200522L);
    List<Row> rows = new ArrayList<>(ROWS);
    int countryYear = 0;
    for (int country = 0; countryYear < COUNTRY_YEARS; country++) {
      String name = "Country " + (char) ('A' + country % 26) + (country / 26 + 1);
      int firstYear = 1985 + country % 11;
      int years = 12 + country % 21;
      long gdpPerCapita = 500 + random.nextInt(90_000);
      for (int y = 0; y < years && countryYear < COUNTRY_YEARS; y++, countryYear++) {
        int year = firstYear + y;
        // The last country-years lack the youngest group, as 2016 does in the original.
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

  /**
   * Writes the rows into {@code files} Parquet files in {@code dir}, oldest first, with Sluice's
   * own {@code write().mode("append")}: each write adds one part file.
   */
  public static void write(Session session, Path dir, int files) {
    List<Row> all = rows();
    int per = (all.size() + files - 1) / files;
    for (int f = 0; f < files; f++) {
      List<Row> part = all.subList(Math.min(all.size(), f * per), Math.min(all.size(), (f + 1) * per));
      Dataset<Row> df = session.createDataFrame(part, SCHEMA);
      df.write().mode("append").parquet(dir.toString());
    }
  }
}
