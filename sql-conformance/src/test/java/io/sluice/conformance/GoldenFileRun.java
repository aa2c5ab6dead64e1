package io.sluice.conformance;

import io.sluice.Dataset;
import io.sluice.Row;
import io.sluice.Session;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one golden file as SQLQueryTestSuite does: a fresh session with the suite's test tables and
 * the file's configuration, then every statement in order, each within a time bound, and each
 * answer classified against the file's golden block. A configuration Sluice refuses, and the
 * statements an earlier refusal governs ({@link Cascades}), are not run but counted UNSUPPORTED.
 */
final class GoldenFileRun {
  static final String TIME_ZONE = "America/Los_Angeles";
  private static final java.util.regex.Pattern EXPRESSION_ID = java.util.regex.Pattern.compile("#\\d+");

  private final SuiteTables tables;
  private final long statementTimeoutMillis;

  GoldenFileRun(SuiteTables tables, long statementTimeoutMillis) {
    this.tables = tables;
    this.statementTimeoutMillis = statementTimeoutMillis;
  }

  /** The configuration SQLQueryTestSuite gives a file: by its folder, then its directives. */
  static Map<String, String> configuration(String name, GoldenInput input) {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.sql.session.timeZone", TIME_ZONE);
    if (name.startsWith("nonansi/")) {
      conf.put("spark.sql.ansi.enabled", "false");
    } else if (name.startsWith("postgreSQL/")) {
      conf.put("spark.sql.ansi.enabled", "true");
      conf.put("spark.sql.legacy.interval.enabled", "true");
    } else if (name.startsWith("timestampNTZ/")) {
      conf.put("spark.sql.timestampType", "TIMESTAMP_NTZ");
    }
    conf.putAll(input.settings());
    conf.putAll(input.configDimensions());
    return conf;
  }

  FileReport run(String name, GoldenInput input, List<GoldenResult> expected) {
    FileReport report = new FileReport(name);
    long start = System.nanoTime();
    Map<String, String> conf = configuration(name, input);
    HiveText text = new HiveText(ZoneId.of(TIME_ZONE), conf.get("spark.sql.binaryOutputStyle"));
    Session session;
    try {
      Session.Builder builder = Session.builder().appName("conformance").master("local[1]");
      conf.forEach(builder::config);
      session = builder.getOrCreate();
    } catch (UnsupportedOperationException refused) {
      // A configuration Sluice does not implement: no statement of the file runs under Spark's settings.
      String reason = "the file's configuration is refused: " + refused.getMessage();
      for (int i = 0; i < expected.size(); i++) {
        report.add(i + 1, Outcome.UNSUPPORTED, expected.get(i), SluiceResult.cascaded(reason));
      }
      report.elapsed(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      return report;
    }
    StatementThread worker = new StatementThread(name);
    Cascades cascades = new Cascades();
    boolean timedOut = false;
    try {
      tables.load(session);
      for (int i = 0; i < expected.size(); i++) {
        GoldenResult golden = expected.get(i);
        String sql = input.statements().get(i);
        String notRun = cascades.reasonNotToRun(sql);
        SluiceResult actual;
        if (notRun != null) {
          actual = SluiceResult.cascaded(notRun);
        } else if (timedOut) {
          // After a timeout the session may hold a stopped statement's locks: the rest of the file is not run.
          actual = SluiceResult.timeout();
        } else {
          actual = execute(worker, session, text, sql);
          cascades.after(sql, golden, actual, session);
        }
        if (actual.timedOut() && !timedOut) {
          timedOut = true;
          worker.kill();
        }
        report.add(i + 1, Classifier.classify(golden, actual), golden, actual);
      }
    } finally {
      worker.kill();
      try {
        session.close();
      } catch (RuntimeException e) {
        // After a timeout the killed statement's memory is never given back: only report a leak without one.
        if (!timedOut) {
          report.leaked(e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).split("\n", 2)[0]);
        }
      }
      report.elapsed(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }
    return report;
  }

  /**
   * SQLQueryTestSuite masks expression ids in every line it records ({@code replaceNotIncludedMsg}:
   * {@code #12} becomes {@code #x}), so values that contain {@code #} and digits are masked too:
   * postgreSQL/text.sql.out has {@code 1#x#x#hello} for {@code concat_ws('#', 1, 2, 3, 'hello')}.
   * Sluice's lines get the same mask.
   */
  static String maskedAsTheSuite(String line) {
    return line.indexOf('#') < 0 ? line : EXPRESSION_ID.matcher(line).replaceAll("#x");
  }

  private SluiceResult execute(StatementThread worker, Session session, HiveText text, String sql) {
    Future<List<String>> answer = worker.executor.submit(() -> {
      Dataset<Row> result = session.sql(sql);
      List<Row> rows = result.collectAsList();
      List<String> lines = new ArrayList<>(rows.size());
      for (Row row : rows) {
        lines.add(maskedAsTheSuite(text.row(row)));
      }
      return lines;
    });
    try {
      return SluiceResult.rows(answer.get(statementTimeoutMillis, TimeUnit.MILLISECONDS));
    } catch (ExecutionException e) {
      return SluiceResult.error(e.getCause());
    } catch (TimeoutException e) {
      return SluiceResult.timeout();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return SluiceResult.timeout();
    }
  }

  /** The thread statements run on; one that overran its time bound is stopped, not waited for. */
  private static final class StatementThread {
    final ExecutorService executor;
    private volatile Thread thread;

    StatementThread(String fileName) {
      executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "conformance-" + fileName);
        t.setDaemon(true);
        thread = t;
        return t;
      });
    }

    /**
     * Interrupts the thread and, since Sluice's operators do not check for interruption, stops it:
     * a runaway join would otherwise keep a core busy for the rest of the run. No other statement
     * runs in that session afterwards; it is only closed, so Thread.stop's abandoned locks and
     * half-updated objects are never read.
     */
    @SuppressWarnings({"deprecation", "removal"})
    void kill() {
      executor.shutdownNow();
      Thread t = thread;
      if (t == null || t.getState() == Thread.State.TERMINATED) {
        return;
      }
      try {
        if (!executor.awaitTermination(200, TimeUnit.MILLISECONDS)) {
          t.stop();
        }
      } catch (UnsupportedOperationException e) {
        // Java 20+: the daemon thread runs on until it finishes or the JVM exits.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
