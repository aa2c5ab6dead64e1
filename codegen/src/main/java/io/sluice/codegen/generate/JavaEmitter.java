package io.sluice.codegen.generate;

/**
 * Writes Java source one statement at a time with the indentation that its blocks imply, and
 * hands out fresh local names. Callers say what they emit (a declaration, an assignment, a block)
 * rather than formatting strings, so generated code reads like hand-written code.
 */
public final class JavaEmitter {

  private static final String INDENT = "  ";

  private final StringBuilder out = new StringBuilder();
  private int depth;
  private int nextName;

  public JavaEmitter(int depth) {
    this.depth = depth;
  }

  /** A local name not used before in this emitter: {@code prefix} followed by a number. */
  public String fresh(String prefix) {
    return prefix + nextName++;
  }

  /** Continues numbering after another emitter's names so that both can share one scope. */
  public void continueNamesFrom(JavaEmitter other) {
    nextName = Math.max(nextName, other.nextName);
  }

  public JavaEmitter statement(String code) {
    indent();
    out.append(code).append(";\n");
    return this;
  }

  public JavaEmitter declare(JavaType type, String name, String init) {
    return statement(type.name + " " + name + " = " + init);
  }

  public JavaEmitter declare(String type, String name, String init) {
    return statement(type + " " + name + " = " + init);
  }

  public JavaEmitter declareFinal(String type, String name, String init) {
    return statement("final " + type + " " + name + " = " + init);
  }

  public JavaEmitter assign(String name, String value) {
    return statement(name + " = " + value);
  }

  public JavaEmitter comment(String text) {
    indent();
    out.append("// ").append(text).append('\n');
    return this;
  }

  /** {@code header {} and one level deeper: {@code if (c)}, {@code for (...)}, a method signature. */
  public JavaEmitter begin(String header) {
    indent();
    out.append(header).append(" {\n");
    depth++;
    return this;
  }

  public JavaEmitter beginIf(String condition) {
    return begin("if (" + condition + ")");
  }

  /** Closes the current block and opens its {@code else}. */
  public JavaEmitter orElse() {
    depth--;
    indent();
    out.append("} else {\n");
    depth++;
    return this;
  }

  /** Closes the current ({@code try}) block and opens {@code catch (clause)}. */
  public JavaEmitter orCatch(String clause) {
    depth--;
    indent();
    out.append("} catch (").append(clause).append(") {\n");
    depth++;
    return this;
  }

  public JavaEmitter end() {
    depth--;
    indent();
    out.append("}\n");
    return this;
  }

  public JavaEmitter blank() {
    out.append('\n');
    return this;
  }

  /** Appends another emitter's text as is (it was written at the right depth). */
  public JavaEmitter append(JavaEmitter other) {
    out.append(other.out);
    return this;
  }

  private void indent() {
    for (int i = 0; i < depth; i++) {
      out.append(INDENT);
    }
  }

  public String source() {
    return out.toString();
  }

  /** The source with line numbers, for compile-failure logs. */
  public static String numbered(String source) {
    StringBuilder s = new StringBuilder();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      s.append(String.format("%4d  %s%n", i + 1, lines[i]));
    }
    return s.toString();
  }
}
