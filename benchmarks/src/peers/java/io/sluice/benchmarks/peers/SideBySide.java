package io.sluice.benchmarks.peers;

import io.sluice.benchmarks.JvmFlags;
import io.sluice.benchmarks.endtoend.Workload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Runs the seed program's end-to-end workloads on Apache Spark and on Sluice, one after the other
 * in one invocation, each engine and workload in a child JVM of its own, and prints one table:
 * workload, Spark, Sluice, ratio, with each child's peak RSS and Sluice's Arrow peak.
 *
 * <p>Both children get the same heap ({@code --xmx}, default 2g) and the same data. Spark's child
 * gets the flags Spark's own launcher adds ({@link JavaModuleOptions}) and runs on this JVM's class
 * path (the {@code peers} profile's, with Spark's own dependency versions); Sluice's child gets
 * Sluice's JVM flags ({@link JvmFlags}) and runs from the default build's {@code benchmarks.jar}, so
 * it sees exactly Sluice's dependency versions.
 *
 * <pre>
 * usage: SideBySide [--workloads seed-1,seed-all,20m-1,20m-all] [--cores 2[,1]] [--xmx 2g]
 *                   [--max-direct 6g] [--warmups N] [--runs N]
 *                   [--sluice-jar benchmarks/target/benchmarks.jar] [--out benchmarks/target/peers]
 * </pre>
 *
 * Without {@code --warmups}/{@code --runs}: 2 warm-up and 3 measured runs (the median is reported)
 * for the 27,820-row workloads, 1 and 1 for the 20 M-row ones. Both engines' JVMs get the same
 * {@code -Xmx} and {@code -XX:MaxDirectMemorySize} (Sluice's unlimited 20 M-row batch needs ~3 GB
 * of Arrow memory today).
 */
public final class SideBySide {

  private SideBySide() {}

  public static void main(String[] args) throws Exception {
    List<Workload> workloads = Arrays.asList(Workload.values());
    List<Integer> coreCounts = List.of(Runtime.getRuntime().availableProcessors());
    String xmx = "2g";
    String maxDirect = "6g";
    int warmups = -1;
    int runs = -1;
    Path sluiceJar = Path.of(System.getProperty("peers.sluice.jar", "benchmarks/target/benchmarks.jar"));
    Path out = Path.of(System.getProperty("peers.out", "benchmarks/target/peers"));
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--workloads":
          workloads = new ArrayList<>();
          for (String id : value.split(",")) {
            workloads.add(Workload.byId(id.trim()));
          }
          break;
        case "--cores":
          coreCounts = Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
          break;
        case "--xmx":
          xmx = value;
          break;
        case "--max-direct":
          maxDirect = value;
          break;
        case "--warmups":
          warmups = Integer.parseInt(value);
          break;
        case "--runs":
          runs = Integer.parseInt(value);
          break;
        case "--sluice-jar":
          sluiceJar = Path.of(value);
          break;
        case "--out":
          out = Path.of(value);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (!Files.isRegularFile(sluiceJar)) {
      throw new IllegalStateException(
          sluiceJar.toAbsolutePath()
              + " is missing: build it first with mvn -B -q -DskipTests -pl benchmarks -am package");
    }
    Files.createDirectories(out);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    List<String> sluiceJvm = new ArrayList<>(JvmFlags.SLUICE);
    sluiceJvm.add("-Xmx" + xmx);
    sluiceJvm.add("-XX:MaxDirectMemorySize=" + maxDirect);
    List<String> sparkJvm = new ArrayList<>(Arrays.asList(JavaModuleOptions.defaultModuleOptionArray()));
    sparkJvm.add("-Xmx" + xmx);
    sparkJvm.add("-XX:MaxDirectMemorySize=" + maxDirect);

    // The files, written once by Sluice's writer (both engines read them).
    run(java, sluiceJvm, sluiceJar.toString(), "io.sluice.benchmarks.endtoend.SeedFiles", new String[] {"all"},
        out.resolve("seed-files.log"));

    List<RunReport[]> rows = new ArrayList<>();
    for (int cores : coreCounts) {
      for (Workload w : workloads) {
        boolean small = w.scale.rows < 1_000_000;
        int wu = warmups >= 0 ? warmups : small ? 2 : 1;
        int r = runs > 0 ? runs : small ? 3 : 1;
        String[] childArgs =
            new String[] {"--workload", w.id, "--cores", "" + cores, "--warmups", "" + wu, "--runs", "" + r};
        RunReport spark =
            run(java, sparkJvm, System.getProperty("java.class.path"), SparkSeedRun.class.getName(), childArgs,
                out.resolve("spark-" + w.id + "-" + cores + ".log"));
        RunReport sluice =
            run(java, sluiceJvm, sluiceJar.toString(), "io.sluice.benchmarks.endtoend.SluiceSeedRun", childArgs,
                out.resolve("sluice-" + w.id + "-" + cores + ".log"));
        rows.add(new RunReport[] {spark, sluice});
        System.out.printf(
            "%-8s local[%d]: Spark %,.0f ms, Sluice %,.0f ms%n",
            w.id, cores, spark.medianWallMs(), sluice.medianWallMs());
      }
    }
    String table = table(rows);
    System.out.println();
    System.out.print(table);
    Files.writeString(out.resolve("side-by-side.md"), table, StandardCharsets.UTF_8);
  }

  /** Starts one child JVM, copies its output to {@code log}, and returns its report (if any). */
  private static RunReport run(
      String java, List<String> jvm, String classPath, String mainClass, String[] args, Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvm);
    command.add("-cp");
    command.add(classPath);
    command.add(mainClass);
    command.addAll(Arrays.asList(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    RunReport report = null;
    try (BufferedReader reader =
            new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter writer = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
      writer.println(String.join(" ", command));
      String line;
      while ((line = reader.readLine()) != null) {
        writer.println(line);
        if (line.startsWith(RunReport.PREFIX)) {
          report = RunReport.parse(line);
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || (report == null && !mainClass.endsWith("SeedFiles"))) {
      throw new IllegalStateException(mainClass + " " + String.join(" ", args) + " failed (exit " + exit + "): see " + log);
    }
    return report;
  }

  private static String table(List<RunReport[]> rows) {
    StringBuilder s = new StringBuilder();
    s.append("| workload | cores | Spark rows/s | Sluice rows/s | ratio | Spark ms/batch | Sluice ms/batch "
        + "| Spark wall ms | Sluice wall ms | batches | Spark peak RSS MB | Sluice peak RSS MB | RSS ratio "
        + "| Sluice Arrow peak MB |\n");
    s.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (RunReport[] pair : rows) {
      RunReport spark = pair[0];
      RunReport sluice = pair[1];
      s.append(String.format(
          "| %s | %d | %,.0f | %,.0f | %.1f× | %,.2f | %,.3f | %,.0f | %,.1f | %d / %d | %,d | %,d | %.2f | %,.1f |%n",
          Workload.byId(spark.workload).label(),
          spark.cores,
          spark.rowsPerSecond(),
          sluice.rowsPerSecond(),
          sluice.rowsPerSecond() / spark.rowsPerSecond(),
          spark.msPerBatch(),
          sluice.msPerBatch(),
          spark.medianWallMs(),
          sluice.medianWallMs(),
          spark.batches,
          sluice.batches,
          spark.peakRssKb / 1024,
          sluice.peakRssKb / 1024,
          (double) sluice.peakRssKb / spark.peakRssKb,
          sluice.arrowPeakBytes / 1048576.0));
    }
    return s.toString();
  }
}
