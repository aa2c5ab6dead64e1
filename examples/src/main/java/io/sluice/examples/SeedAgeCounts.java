package io.sluice.examples;

import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.Session;
import io.sluice.streaming.StreamingQuery;
import io.sluice.streaming.StreamingQueryListener;
import io.sluice.streaming.StreamingQueryProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The seed article's program on Sluice: stream a directory of Parquet files one file per trigger,
 * count rows per age group into the memory table {@code age_counts}, and query that table with
 * SQL once a second from the main thread while the stream runs.
 *
 * <pre>
 * usage: SeedAgeCounts [--dir DIR] [--files N] [--no-generate]
 *   --dir DIR       where the Parquet files are (default: a new temporary directory)
 *   --files N       how many files to generate (default 10)
 *   --no-generate   stream the files already in DIR instead of generating the seed's data
 * </pre>
 *
 * Exits once every file has been processed, after printing the final table.
 */
public final class SeedAgeCounts {

  private SeedAgeCounts() {}

  public static void main(String[] args) throws Exception {
    Path dir = null;
    int files = 10;
    boolean generate = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dir":
          dir = Path.of(args[++i]);
          break;
        case "--files":
          files = Integer.parseInt(args[++i]);
          break;
        case "--no-generate":
          generate = false;
          break;
        default:
          System.err.println("usage: SeedAgeCounts [--dir DIR] [--files N] [--no-generate]");
          System.exit(2);
      }
    }
    if (dir == null) {
      if (!generate) {
        System.err.println("--no-generate needs --dir");
        System.exit(2);
      }
      dir = Files.createTempDirectory("sluice-seed-").resolve("stream");
    }
    run(dir, files, generate);
  }

  static void run(Path dir, int files, boolean generate) throws IOException, InterruptedException {
    Session spark = Session.builder().appName("ages").master("local[*]").getOrCreate();
    try {
      if (generate) {
        Files.createDirectories(dir);
        SeedDataGenerator.write(spark, dir, files);
        System.out.println(
            "Wrote " + SeedDataGenerator.ROWS + " seed-shaped rows in " + files + " Parquet files to " + dir);
      }
      String path = dir.toString();

      // One line per micro-batch, to see maxFilesPerTrigger at work (not in the article).
      spark.streams().addListener(new BatchPrinter());

      // The article's program, line for line.
      Dataset<Row> data = spark.read().parquet(path);
      Schema dataSchema = data.schema();
      long total = data.count();

      Dataset<Row> streaming =
          spark.readStream().schema(dataSchema).option("maxFilesPerTrigger", 1).parquet(path);
      Dataset<Row> ageCounts = streaming.groupBy("age").count();
      StreamingQuery ageQuery =
          ageCounts
              .writeStream()
              .queryName("age_counts")
              .format("memory")
              .outputMode("complete")
              .start();

      // The article's second notebook: look at the memory table once a second.
      while (true) {
        Dataset<Row> table = spark.sql("SELECT * FROM age_counts");
        table.show();
        if (ageQuery.exception().isPresent()) {
          throw ageQuery.exception().get();
        }
        if (processed(spark) >= total) {
          break;
        }
        Thread.sleep(1000);
      }
      ageQuery.stop();
      System.out.println("Every file processed: " + total + " rows.");
    } finally {
      spark.stop();
    }
  }

  /** Prints each micro-batch's size and duration as the query reports it. */
  private static final class BatchPrinter extends StreamingQueryListener {
    @Override
    public void onQueryStarted(QueryStartedEvent event) {}

    @Override
    public void onQueryProgress(QueryProgressEvent event) {
      StreamingQueryProgress p = event.progress();
      System.out.println(
          "batch " + p.batchId() + ": " + p.numInputRows() + " rows in "
              + p.durationMs().get("triggerExecution") + " ms");
    }

    @Override
    public void onQueryTerminated(QueryTerminatedEvent event) {}
  }

  private static long processed(Session spark) {
    Row r = spark.sql("SELECT coalesce(sum(`count`), 0) AS n FROM age_counts").collectAsList().get(0);
    return ((Number) r.get(0)).longValue();
  }
}
