package io.sluice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Keeps the promise that a Spark Java program ports by changing imports: every public class of
 * Sluice's API packages has a Spark class of the same simple name in the mapped package, and every
 * public method that both have (same name, same parameter types after the mapping) returns the
 * mapped type, generic arguments included ({@code Dataset<T>}, not {@code Dataset<Row>}).
 *
 * <p>Spark's side is read from the Spark 4.2 jars (test-scope dependencies without their
 * transitive dependencies) as bytecode with ASM: no Spark class is loaded. Differences that
 * cannot be fixed yet are listed in {@link #ALLOWED_CLASSES} and {@link #ALLOWED_METHODS}, each
 * with its reason.
 */
class SparkApiConformanceTest {

  /** Sluice's API packages, as internal names. */
  private static final List<String> API_PACKAGES =
      List.of("io/sluice", "io/sluice/streaming", "io/sluice/function");

  /** Sluice classes without a Spark counterpart of that name in the mapped package, and why. */
  private static final Map<String, String> ALLOWED_CLASSES =
      Map.of(
          "io/sluice/streaming/MemoryStream",
          "Spark's MemoryStream is internal (org.apache.spark.sql.execution.streaming) and"
              + " Scala-only; Sluice's is its Java-usable counterpart",
          "io/sluice/RowFactoryAccess",
          "engine-internal bridge that lets io.sluice.execution make Rows with a schema; not user"
              + " API",
          "io/sluice/Catalog",
          "Spark's is org.apache.spark.sql.catalog.Catalog; moving it to io.sluice.catalog is"
              + " left for the catalog issue",
          "io/sluice/streaming/Trigger$Kind",
          "which kind of trigger a Trigger is, for the streaming runtime; Spark's Trigger"
              + " subclasses (ProcessingTimeTrigger, ...) are internal too");

  /**
   * Methods Spark also has whose return type differs, keyed {@code sluiceClass#name(paramDesc)}
   * with the Spark parameter descriptor, and why.
   */
  private static final Map<String, String> ALLOWED_METHODS = allowedMethods();

  private static Map<String, String> allowedMethods() {
    String schema =
        "Arrow Schema stands for StructType until io.sluice.types exists (README: Where Sluice"
            + " differs)";
    Map<String, String> m = new HashMap<>();
    m.put("io/sluice/Dataset#schema()", schema);
    m.put("io/sluice/Row#schema()", schema);
    String option = "Spark returns scala.Option; Sluice has no Scala on its API, so java.util.Optional";
    String optionalInt =
        "Spark returns scala.Option[Int]; Sluice returns the int, -1 when unknown";
    m.put(
        "io/sluice/Encoder#clsTag()",
        "Spark returns a scala.reflect.ClassTag; Sluice has no Scala, so the Class it stands for");
    m.put("io/sluice/AnalysisException#line()", optionalInt);
    m.put("io/sluice/AnalysisException#startPosition()", optionalInt);
    m.put("io/sluice/streaming/StreamingQuery#exception()", option);
    m.put("io/sluice/streaming/StreamingQueryListener$QueryTerminatedEvent#exception()", option);
    m.put(
        "io/sluice/Dataset#dtypes()",
        "Spark returns scala.Tuple2[]; Sluice has no io.sluice.Tuple2 yet, so two-element arrays");
    m.put(
        "io/sluice/RuntimeConfig#getAll()",
        "Spark returns a scala.collection.immutable.Map; Sluice returns a java.util.Map");
    m.put("io/sluice/Session#catalog()", ALLOWED_CLASSES.get("io/sluice/Catalog"));
    m.put(
        "io/sluice/functions#count(Ljava/lang/String;)",
        "Spark returns TypedColumn<Object, Object>; Sluice has no TypedColumn yet (a Column)");
    return m;
  }

  @Test
  void everyPublicApiClassAndMethodHasSparksShape() throws Exception {
    Path classes = Path.of(Dataset.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> problems = new ArrayList<>();
    int comparedMethods = 0;
    for (String pkg : API_PACKAGES) {
      for (String sluiceClass : publicClasses(classes.resolve(pkg), pkg)) {
        String sparkClass = sparkName(sluiceClass);
        if (ALLOWED_CLASSES.containsKey(sluiceClass)) {
          continue;
        }
        if (resource(sparkClass) == null) {
          problems.add(
              sluiceClass.replace('/', '.') + ": no Spark class " + sparkClass.replace('/', '.'));
          continue;
        }
        Map<String, MethodShape> spark = publicMethods(sparkClass);
        for (MethodShape mine : publicMethods(sluiceClass).values()) {
          String key = mine.name + mapParameters(mine.descriptor);
          MethodShape theirs = spark.get(key);
          if (theirs == null) {
            continue;
          }
          comparedMethods++;
          String expected = theirs.returnType();
          String actual = sparkName(mine.returnType(), true);
          if (!expected.equals(actual) && !ALLOWED_METHODS.containsKey(sluiceClass + "#" + key)) {
            problems.add(
                sluiceClass.replace('/', '.')
                    + "#"
                    + key
                    + " returns "
                    + actual
                    + ", Spark's returns "
                    + expected);
          }
        }
      }
    }
    assertThat(problems).as("differences from Spark 4.2's public API").isEmpty();
    // Guards against comparing nothing (e.g. a mapping or the jars gone wrong).
    assertThat(comparedMethods).isGreaterThan(150);
  }

  @Test
  void readsSparksClassesFromItsJars() {
    Map<String, MethodShape> dataset = publicMethods("org/apache/spark/sql/Dataset");
    assertThat(dataset.get("orderBy([Lorg/apache/spark/sql/Column;)").returnType())
        .isEqualTo("Lorg/apache/spark/sql/Dataset<TT;>;");
    assertThat(dataset.get("select([Lorg/apache/spark/sql/Column;)").returnType())
        .isEqualTo("Lorg/apache/spark/sql/Dataset<Lorg/apache/spark/sql/Row;>;");
    // inherited from WriteConfigMethods<R>, with R bound to DataStreamWriter<T>
    assertThat(
            publicMethods("org/apache/spark/sql/streaming/DataStreamWriter")
                .get("option(Ljava/lang/String;Ljava/lang/String;)")
                .returnType())
        .isEqualTo("Lorg/apache/spark/sql/streaming/DataStreamWriter<TT;>;");
    assertThat(sparkName("Lio/sluice/Session$Builder;", false))
        .isEqualTo("Lorg/apache/spark/sql/SparkSession$Builder;");
    assertThat(mapParameters("(Lorg/apache/arrow/vector/types/pojo/Schema;Lio/sluice/function/MapFunction;)V"))
        .isEqualTo(
            "(Lorg/apache/spark/sql/types/StructType;Lorg/apache/spark/api/java/function/MapFunction;)");
  }

  // ---- the mapping from Sluice's names to Spark's

  private static final Pattern SLUICE_TYPE = Pattern.compile("io/sluice/([A-Za-z0-9_$/]+)");

  private static String sparkName(String sluiceInternalName) {
    return sparkName(sluiceInternalName, false);
  }

  /** Maps every Sluice type name in a descriptor or signature; Arrow Schema too if asked. */
  private static String sparkName(String text, boolean keepSchema) {
    Matcher m = SLUICE_TYPE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(sparkClassFor(m.group(1))));
    }
    m.appendTail(out);
    String mapped = out.toString();
    return keepSchema
        ? mapped
        : mapped.replace("org/apache/arrow/vector/types/pojo/Schema", "org/apache/spark/sql/types/StructType");
  }

  private static String sparkClassFor(String pathUnderSluice) {
    if (pathUnderSluice.startsWith("streaming/")) {
      return "org/apache/spark/sql/" + pathUnderSluice;
    }
    if (pathUnderSluice.startsWith("function/")) {
      return "org/apache/spark/api/java/" + pathUnderSluice;
    }
    if (pathUnderSluice.matches("Tuple[0-9]+")) {
      return "scala/" + pathUnderSluice;
    }
    if (pathUnderSluice.equals("Session") || pathUnderSluice.startsWith("Session$")) {
      return "org/apache/spark/sql/Spark" + pathUnderSluice;
    }
    return "org/apache/spark/sql/" + pathUnderSluice;
  }

  /** The parameter part of a Sluice descriptor in Spark's names (Arrow Schema is StructType). */
  private static String mapParameters(String descriptor) {
    return sparkName(descriptor.substring(0, descriptor.indexOf(')') + 1), false);
  }

  // ---- reading classes as bytecode

  private static List<String> publicClasses(Path dir, String pkg) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String file = f.getFileName().toString();
        if (!file.endsWith(".class") || file.equals("package-info.class")) {
          continue;
        }
        String name = pkg + "/" + file.substring(0, file.length() - ".class".length());
        if (isPublicNamedClass(name)) {
          names.add(name);
        }
      }
    }
    names.sort(null);
    return names;
  }

  private static boolean isPublicNamedClass(String internalName) {
    String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
    for (String part : simple.split("\\$")) {
      if (part.isEmpty() || Character.isDigit(part.charAt(0))) {
        return false; // anonymous or local class
      }
    }
    boolean[] isPublic = {false};
    read(internalName)
        .accept(
            new ClassVisitor(Opcodes.ASM9) {
              @Override
              public void visit(
                  int version, int access, String name, String sig, String sup, String[] ifs) {
                isPublic[0] = (access & Opcodes.ACC_PUBLIC) != 0;
              }

              @Override
              public void visitInnerClass(String name, String outer, String inner, int access) {
                if (name.equals(internalName)) {
                  isPublic[0] = (access & Opcodes.ACC_PUBLIC) != 0;
                }
              }
            },
            ClassReader.SKIP_CODE);
    return isPublic[0];
  }

  /** One public method: its name, erased descriptor and generic signature (or null). */
  private record MethodShape(String name, String descriptor, String signature) {
    /** The return type, generic if the class file says it. */
    String returnType() {
      String s = signature != null ? signature : descriptor;
      String ret = s.substring(s.lastIndexOf(')') + 1);
      int thrown = ret.indexOf('^');
      return thrown < 0 ? ret : ret.substring(0, thrown);
    }
  }

  /**
   * Public, non-synthetic methods of a class and its supertypes (those found on the class path),
   * keyed {@code name(paramDesc)}; a subclass's declaration wins.
   */
  private static Map<String, MethodShape> publicMethods(String internalName) {
    Map<String, MethodShape> methods = new TreeMap<>();
    collect(internalName, methods);
    return methods;
  }

  private static void collect(String internalName, Map<String, MethodShape> methods) {
    collect(internalName, List.of(), methods);
  }

  /**
   * {@code typeArguments} are the signatures the subclass gave this class's type parameters
   * ({@code WriteConfigMethods<DataStreamWriter<T>>}): they replace the type variables in the
   * methods' signatures, so an inherited {@code R option(..)} reads as {@code DataStreamWriter<T>}.
   */
  private static void collect(
      String internalName, List<String> typeArguments, Map<String, MethodShape> methods) {
    if (internalName == null || internalName.startsWith("java/") || resource(internalName) == null) {
      return;
    }
    List<String> supertypes = new ArrayList<>();
    Map<String, String> bindings = new HashMap<>();
    read(internalName)
        .accept(
            new ClassVisitor(Opcodes.ASM9) {
              @Override
              public void visit(
                  int version, int access, String name, String sig, String sup, String[] ifs) {
                if (sig == null) {
                  supertypes.add(sup == null ? null : "L" + sup + ";");
                  for (String i : ifs) {
                    supertypes.add("L" + i + ";");
                  }
                  return;
                }
                ClassSignature parsed = ClassSignature.parse(sig);
                for (int i = 0; i < parsed.formals.size() && i < typeArguments.size(); i++) {
                  bindings.put(parsed.formals.get(i), typeArguments.get(i));
                }
                for (String s : parsed.supertypes) {
                  supertypes.add(bind(s, bindings));
                }
              }

              @Override
              public MethodVisitor visitMethod(
                  int access, String name, String desc, String sig, String[] exceptions) {
                boolean visible = (access & Opcodes.ACC_PUBLIC) != 0;
                boolean generated = (access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0;
                if (visible && !generated && !name.startsWith("<")) {
                  String params = desc.substring(0, desc.indexOf(')') + 1);
                  String bound = sig == null ? null : bind(sig, bindings);
                  methods.putIfAbsent(name + params, new MethodShape(name, desc, bound));
                }
                return null;
              }
            },
            ClassReader.SKIP_CODE);
    for (String s : supertypes) {
      if (s != null) {
        collect(ClassSignature.rawName(s), ClassSignature.typeArguments(s), methods);
      }
    }
  }

  /** Replaces each type variable {@code TName;} that {@code bindings} names. */
  private static String bind(String signature, Map<String, String> bindings) {
    String out = signature;
    for (Map.Entry<String, String> b : bindings.entrySet()) {
      out =
          out.replaceAll(
              "(?<=^|[)<;\\[+\\-^:])T" + Pattern.quote(b.getKey()) + ";",
              Matcher.quoteReplacement(b.getValue()));
    }
    return out;
  }

  /** A class's generic signature: its type parameters' names and its supertypes' signatures. */
  private record ClassSignature(List<String> formals, List<String> supertypes) {

    static ClassSignature parse(String sig) {
      List<String> formals = new ArrayList<>();
      int i = 0;
      if (sig.charAt(0) == '<') {
        i = 1;
        while (sig.charAt(i) != '>') {
          int colon = sig.indexOf(':', i);
          formals.add(sig.substring(i, colon));
          i = colon;
          while (sig.charAt(i) == ':') { // class bound (may be empty), then interface bounds
            i++;
            if (sig.charAt(i) != ':' && sig.charAt(i) != '>') {
              i = skipType(sig, i);
            }
          }
        }
        i++;
      }
      List<String> supertypes = new ArrayList<>();
      while (i < sig.length()) {
        int end = skipType(sig, i);
        supertypes.add(sig.substring(i, end));
        i = end;
      }
      return new ClassSignature(formals, supertypes);
    }

    /** The index just after the type signature starting at {@code i}. */
    static int skipType(String sig, int i) {
      char c = sig.charAt(i);
      if (c == '[') {
        return skipType(sig, i + 1);
      }
      if (c == 'T') {
        return sig.indexOf(';', i) + 1;
      }
      if (c != 'L') {
        return i + 1; // a primitive
      }
      int depth = 0;
      for (int j = i; ; j++) {
        char d = sig.charAt(j);
        if (d == '<') {
          depth++;
        } else if (d == '>') {
          depth--;
        } else if (d == ';' && depth == 0) {
          return j + 1;
        }
      }
    }

    /** {@code org/x/Y} of {@code Lorg/x/Y<...>;}. */
    static String rawName(String classType) {
      int end = classType.indexOf('<');
      return classType.substring(1, end < 0 ? classType.length() - 1 : end);
    }

    /** The type arguments of {@code Lorg/x/Y<A;B;>;} ({@code *} and wildcards kept as written). */
    static List<String> typeArguments(String classType) {
      int open = classType.indexOf('<');
      List<String> args = new ArrayList<>();
      if (open < 0) {
        return args;
      }
      int i = open + 1;
      while (classType.charAt(i) != '>') {
        char c = classType.charAt(i);
        int start = i;
        if (c == '*') {
          i++;
        } else {
          if (c == '+' || c == '-') {
            i++;
          }
          i = skipType(classType, i);
        }
        args.add(classType.substring(start, i));
      }
      return args;
    }
  }

  private static java.net.URL resource(String internalName) {
    return SparkApiConformanceTest.class.getClassLoader().getResource(internalName + ".class");
  }

  private static ClassReader read(String internalName) {
    try (InputStream in =
        SparkApiConformanceTest.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
      return new ClassReader(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
