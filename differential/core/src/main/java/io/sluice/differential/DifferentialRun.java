package io.sluice.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sluice.differential.cases.DiffCase;
import io.sluice.differential.cases.TableSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The differential run: generates {@code --cases} cases from {@code --seed}, runs each on Spark
 * (child JVM) and Sluice (this JVM), reduces mismatches, saves each distinct one as a regression
 * case and appends it to the findings log, and writes {@code summary.md}. See README.md.
 *
 * <pre>
 * usage: DifferentialRun [--cases N] [--seed S|random] [--from I] [--queries-per-dataset N]
 *                        [--avoid csv-pruning,string-casts,timestamp-strings,extremes]
 *                        [--time-zone Z] [--findings FILE] [--max-reductions N] [--minutes M]
 * </pre>
 * System properties (set by the spark module's pom): {@code differential.spark.classpath},
 * {@code differential.spark.classpathFile}, {@code differential.out}, {@code differential.regressions}.
 */
public final class DifferentialRun {

  private DifferentialRun() {}

  public static void main(String[] args) throws Exception {
    int cases = 1000;
    long seed = new Random().nextLong();
    int from = 0;
    int perDataset = 30;
    Set<String> avoid = new LinkedHashSet<>();
    String timeZone = "America/Los_Angeles";
    Path findings = null;
    int maxReductions = 16;
    int perKindReductions = 2;
    double minutes = Double.MAX_VALUE;
    boolean verbose = false;
    for (int i = 0; i < args.length; i += 2) {
      if (args[i].equals("--verbose")) {
        verbose = true;
        i--;
        continue;
      }
      String v = args[i + 1];
      switch (args[i]) {
        case "--cases" -> cases = Integer.parseInt(v);
        case "--seed" -> seed = v.equals("random") ? seed : Long.parseLong(v);
        case "--from" -> from = Integer.parseInt(v);
        case "--queries-per-dataset" -> perDataset = Integer.parseInt(v);
        case "--avoid" -> avoid.addAll(List.of(v.isBlank() ? new String[0] : v.split(",")));
        case "--time-zone" -> timeZone = v;
        case "--findings" -> findings = Path.of(v);
        case "--max-reductions" -> maxReductions = Integer.parseInt(v);
        case "--reductions-per-kind" -> perKindReductions = Integer.parseInt(v);
        case "--minutes" -> minutes = Double.parseDouble(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path out = Path.of(System.getProperty("differential.out", "differential/target/differential"));
    Path regressions = Path.of(System.getProperty("differential.regressions", "differential/core/src/test/resources/regressions"));
    String sparkClassPath =
        System.getProperty("differential.spark.classpath")
            + java.io.File.pathSeparator
            + Files.readString(Path.of(System.getProperty("differential.spark.classpathFile"))).trim();
    Files.createDirectories(out);
    Files.createDirectories(regressions);
    System.out.printf("differential: seed %d, %d cases, avoid %s, time zone %s%n", seed, cases, avoid, timeZone);

    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Tally tally = new Tally();
    long started = System.nanoTime();
    long deadline = minutes == Double.MAX_VALUE ? Long.MAX_VALUE : started + (long) (minutes * 60e9);
    Path work = Files.createTempDirectory("sluice-differential");
    Set<String> signatures = new HashSet<>();
    Set<String> controls = new HashSet<>();
    TreeMap<String, Integer> reductionsByKind = new TreeMap<>();
    int reductions = 0;
    try (SparkProcess spark = new SparkProcess(sparkClassPath, out.resolve("spark.log"));
        SluiceSide sluice = new SluiceSide()) {
      Oracle oracle = new Oracle(spark, sluice);
      Reducer reducer = new Reducer(oracle, work, 40);
      CaseGenerator generator = new CaseGenerator(new Random(seed), avoid, timeZone);
      int index = 0;
      for (int dataset = 0; index < cases && System.nanoTime() < deadline; dataset++) {
        List<TableSpec> tables = generator.tables();
        Path root = work.resolve("data-" + dataset);
        Set<String> written = new HashSet<>();
        for (int q = 0; q < perDataset && index < cases && System.nanoTime() < deadline; q++, index++) {
          DiffCase c = generator.next(seed + "-" + index, tables);
          if (index < from) {
            continue;
          }
          Path dir = root.resolve(c.format());
          if (written.add(c.format())) {
            oracle.write(c, dir);
          }
          Outcome o = oracle.run(c, dir);
          String sparkBug = KnownSparkBugs.explain(c, o);
          if (sparkBug != null) {
            tally.addExplained(sparkBug);
            continue;
          }
          tally.add(o);
          if (o.mismatch() == null) {
            if (!o.spark().erred() && !o.spark().rows().isEmpty() && controls.add(c.format() + "-" + c.mode())) {
              // An agreeing case per format and mode, replayed as a control (must keep agreeing).
              String name = String.format(Locale.ROOT, "agreeing-%s-%s.json", c.format(), c.mode());
              json.writeValue(regressions.resolve(name).toFile(),
                  new RegressionCase("agreeing control: " + c.format() + " " + c.mode() + " " + c.api(), false, c,
                      RegressionCase.filesOf(c, dir), o.spark(), null));
            }
            continue;
          }
          String preKey = o.mismatch().kind() + " " + c.format() + " " + c.mode();
          if (verbose) {
            System.out.printf("case %s %s: %s%n  Spark: %s%n  Sluice: %s%n", c.id(), preKey, o.mismatch().detail(),
                FindingsLog.answerText(o.spark()), FindingsLog.answerText(o.sluice()));
          }
          tally.addMismatch(preKey);
          if (reductions >= maxReductions || reductionsByKind.getOrDefault(preKey, 0) >= perKindReductions) {
            continue;
          }
          reductions++;
          reductionsByKind.merge(preKey, 1, Integer::sum);
          Reducer.Reduced r = reducer.reduce(c, o);
          String signature = MismatchSignature.of(r.outcome().mismatch().kind(), r.diffCase());
          System.out.printf("case %s: %s -> %s%n", c.id(), o.mismatch(), signature);
          if (!signatures.add(signature)) {
            continue;
          }
          String name = String.format(Locale.ROOT, "seed%d-case%d-%s-%s.json", seed, index, r.outcome().mismatch().kind(), c.format());
          RegressionCase saved =
              new RegressionCase(
                  signature, true, r.diffCase(), RegressionCase.filesOf(r.diffCase(), r.dir()), r.outcome().spark(),
                  r.outcome().mismatch());
          json.writeValue(regressions.resolve(name).toFile(), saved);
          tally.addSignature(signature);
          if (findings != null) {
            new FindingsLog(findings).append(signature, r.diffCase(), r.outcome(), seed, name);
          }
        }
        deleteTree(root);
        if (verbose) {
          System.out.printf("after %d cases: Spark writing %.1f s, Spark running %.1f s, Sluice running %.1f s%n", index,
              oracle.writeNanos / 1e9, oracle.sparkNanos / 1e9, oracle.sluiceNanos / 1e9);
        }
      }
    } finally {
      deleteTree(work);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    String summary = tally.summary(seed, avoid, timeZone, seconds);
    System.out.print(summary);
    Files.writeString(out.resolve("summary.md"), summary, StandardCharsets.UTF_8);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
