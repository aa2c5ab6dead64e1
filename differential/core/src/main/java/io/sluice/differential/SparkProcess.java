package io.sluice.differential;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sluice.differential.cases.Answer;
import io.sluice.differential.cases.DiffCase;
import io.sluice.differential.cases.WorkerRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Spark child JVM (the spark module's {@code SparkWorker}) on Spark's own class path, started
 * once and fed one JSON request line at a time; its stderr (Spark's logging) goes to a log file.
 * Single-threaded.
 */
final class SparkProcess implements AutoCloseable {

  /** The flags Spark's launcher adds on Java 17 ({@code JavaModuleOptions}). */
  private static final List<String> SPARK_JVM_FLAGS =
      List.of(
          "-XX:+IgnoreUnrecognizedVMOptions",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
          "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
          "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
          "-Djdk.reflect.useDirectMethodHandle=false",
          "-Dio.netty.tryReflectionSetAccessible=true");

  private final ObjectMapper json = new ObjectMapper();
  private final Process process;
  private final Writer requests;
  private final BufferedReader replies;

  SparkProcess(String classPath, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(SPARK_JVM_FLAGS);
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(classPath);
    command.add("io.sluice.differential.spark.SparkWorker");
    process = new ProcessBuilder(command).redirectError(log.toFile()).start();
    requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String ready = replies.readLine();
    if (ready == null || !ready.contains("ready")) {
      throw new IOException("Spark's child JVM did not start; see " + log);
    }
  }

  /** Spark writes the case's tables as files under {@code dir}. */
  void write(DiffCase c, Path dir) throws IOException {
    String reply = call(new WorkerRequest("write", dir.toString(), c));
    if (!reply.contains("\"ok\"")) {
      throw new IOException("Spark could not write the case's files: " + reply);
    }
  }

  Answer run(DiffCase c, Path dir) throws IOException {
    return json.readValue(call(new WorkerRequest("run", dir.toString(), c)), Answer.class);
  }

  private String call(WorkerRequest request) throws IOException {
    requests.write(json.writeValueAsString(request));
    requests.write('\n');
    requests.flush();
    String reply = replies.readLine();
    if (reply == null) {
      throw new IOException("Spark's child JVM exited");
    }
    return reply;
  }

  @Override
  public void close() throws IOException {
    try {
      call(new WorkerRequest("exit", null, null));
    } catch (IOException alreadyGone) {
      // nothing to stop
    }
    process.destroy();
  }
}
