package io.sluice.differential.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sluice.differential.cases.Answer;
import io.sluice.differential.cases.WorkerRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The long-lived Spark child JVM: reads one {@link WorkerRequest} JSON line at a time from stdin
 * and writes one JSON line back on stdout. Everything else Spark prints goes to stderr, so that
 * stdout carries only the protocol.
 */
public final class SparkWorker {

  private SparkWorker() {}

  public static void main(String[] args) throws Exception {
    PrintStream protocol = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    ObjectMapper json = new ObjectMapper();
    try (SparkSide spark = new SparkSide();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      protocol.println("{\"ready\":true}");
      String line;
      while ((line = in.readLine()) != null) {
        WorkerRequest request = json.readValue(line, WorkerRequest.class);
        Object reply;
        switch (request.op()) {
          case "write":
            reply = spark.write(request.diffCase(), request.dir());
            break;
          case "run":
            reply = spark.run(request.diffCase(), request.dir());
            break;
          case "exit":
            return;
          default:
            reply = Answer.failed("protocol", "unknown op " + request.op());
        }
        protocol.println(json.writeValueAsString(reply == null ? Map.of("ok", true) : reply));
      }
    }
  }
}
