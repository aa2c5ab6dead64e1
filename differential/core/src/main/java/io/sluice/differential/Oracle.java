package io.sluice.differential;

import io.sluice.differential.cases.Answer;
import io.sluice.differential.cases.AnswerComparison;
import io.sluice.differential.cases.DiffCase;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Runs one case on both engines: Spark writes its tables as files under a directory (unless they
 * are already there), Spark and Sluice each read them and answer, and the answers are compared.
 * Spark works in its own JVM while Sluice works in this one.
 */
final class Oracle {

  private final SparkProcess spark;
  private final SluiceSide sluice;

  Oracle(SparkProcess spark, SluiceSide sluice) {
    this.spark = spark;
    this.sluice = sluice;
  }

  long sparkNanos;
  long sluiceNanos;
  long writeNanos;

  void write(DiffCase c, Path dir) throws IOException {
    long t0 = System.nanoTime();
    spark.write(c, dir);
    writeNanos += System.nanoTime() - t0;
  }

  Outcome run(DiffCase c, Path dir) throws IOException {
    long t0 = System.nanoTime();
    Answer sparkAnswer = spark.run(c, dir);
    long t1 = System.nanoTime();
    Answer sluiceAnswer = sluice.run(c, dir);
    sparkNanos += t1 - t0;
    sluiceNanos += System.nanoTime() - t1;
    return new Outcome(sparkAnswer, sluiceAnswer, AnswerComparison.compare(c.query(), sparkAnswer, sluiceAnswer));
  }
}
