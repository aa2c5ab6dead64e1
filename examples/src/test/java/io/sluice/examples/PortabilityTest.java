package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.sluice.Session;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's porting promise: a Spark user's Java program compiles against Sluice after changing only
 * the imports and {@code SparkSession}, and prints the same table. The program is a Spark source
 * file; this test applies the port table, compiles it with javac and runs it.
 */
class PortabilityTest {

  /** The README's porting table, applied in order. */
  static String port(String sparkSource) {
    return sparkSource
        .replace("org.apache.spark.sql.SparkSession", "io.sluice.Session")
        .replace("SparkSession", "Session")
        .replace("org.apache.spark.sql.streaming.", "io.sluice.streaming.")
        .replace("org.apache.spark.api.java.function.", "io.sluice.function.")
        .replace("org.apache.spark.sql.", "io.sluice.");
  }

  @Test
  @Timeout(120)
  void theArticlesProgramPortsByChangingImports(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("stream");
    Files.createDirectories(data);
    Session generator = Session.builder().master("local[1]").getOrCreate();
    try {
      SeedDataGenerator.write(generator, data, 4);
    } finally {
      generator.stop();
    }

    String printed = compileAndRun(tmp, "AgeCounts", data);
    assertThat(printed)
        .contains("active: 1")
        .contains(
            String.join(
                "\n",
                List.of(
                    "+-----------+-----+",
                    "|        age|count|",
                    "+-----------+-----+",
                    "|15-24 years| 4642|",
                    "|25-34 years| 4642|",
                    "|35-54 years| 4642|",
                    "| 5-14 years| 4610|",
                    "|55-74 years| 4642|",
                    "|  75+ years| 4642|",
                    "+-----------+-----+")));
  }

  @Test
  @Timeout(120)
  void aProgramUsingTheApisShapesPortsByChangingImports(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("json");
    Files.createDirectories(data);
    // What Spark 4.2.0 printed for the same program (run with spark-sql_2.13:4.2.0, local[1]).
    assertThat(compileAndRun(tmp, "ApiShapes", data))
        .isEqualTo(
            String.join(
                "\n",
                "top: [8, 6, 4]",
                "counts: [[a,1], [b,1]]",
                "+---+---+",
                "|  k|  v|",
                "+---+---+",
                "|  a|  1|",
                "|  a|  3|",
                "+---+---+",
                "only showing top 2 rows",
                "written: [a1, a3, b2]",
                ""));
  }

  /** Ports {@code /spark/<name>.java.txt}, compiles it with javac, runs its main and returns what it printed. */
  private String compileAndRun(Path tmp, String name, Path arg) throws Exception {
    String spark;
    try (InputStream in = getClass().getResourceAsStream("/spark/" + name + ".java.txt")) {
      spark = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String ported = port(spark);
    assertThat(ported).doesNotContain("org.apache.spark");
    Path src = tmp.resolve("src/" + name + ".java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, ported);
    Path classes = tmp.resolve("classes");
    Files.createDirectories(classes);

    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int rc =
        javac.run(null, null, errors, "-cp", classpath, "-d", classes.toString(), src.toString());
    assertThat(rc).as(errors.toString(StandardCharsets.UTF_8)).isZero();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass(name).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[] {arg.toString()});
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
