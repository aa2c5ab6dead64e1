package io.sluice.codegen.generate;

/**
 * Generated code as a value: the class name, its source and the constants its constructor takes.
 * The source does not contain column names or literal values, so it is the cache key.
 */
public final class GeneratedClass {
  public static final String PACKAGE = "io.sluice.codegen.generated";

  private final String simpleName;
  private final String source;
  private final Object[] references;

  GeneratedClass(String simpleName, String source, Object[] references) {
    this.simpleName = simpleName;
    this.source = source;
    this.references = references;
  }

  public String className() {
    return PACKAGE + "." + simpleName;
  }

  public String source() {
    return source;
  }

  public Object[] references() {
    return references.clone();
  }

  /** Assembles {@code package}, the class header, fields, the constructor and the given methods. */
  static String assemble(String simpleName, String implemented, ClassContext context, JavaEmitter methods) {
    JavaEmitter e = new JavaEmitter(0);
    e.statement("package " + PACKAGE);
    e.blank();
    e.begin("public final class " + simpleName + " implements " + implemented);
    e.append(context.fields());
    e.blank();
    e.begin("public " + simpleName + "(Object[] references)");
    e.append(context.constructor());
    e.end();
    e.blank();
    e.append(methods);
    e.end();
    return e.source();
  }
}
