package io.sluice.benchmarks;

import java.util.List;

/**
 * The JVM flags of the README's "Embedding Sluice" section (the parent pom's {@code sluice.jvm.flags} and
 * {@code sluice.jvm.fast.flags}), as constants so that JMH's {@code @Fork(jvmArgsAppend = ...)}
 * can name them and {@code SideBySide} can start Sluice's JVMs with the same list. Keep in step
 * with the parent pom.
 */
public final class JvmFlags {
  public static final String OPEN_NIO = "--add-opens=java.base/java.nio=ALL-UNNAMED";
  public static final String OPEN_NIO_CH = "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED";
  public static final String OPEN_REFLECT = "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED";
  public static final String EXPORT_MISC = "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED";
  public static final String EXPORT_REF = "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED";
  public static final String CHRONICLE_ANALYTICS = "-Dchronicle.analytics.disable=true";
  public static final String CHRONICLE_ANNOUNCER = "-Dchronicle.announcer.disable=true";
  public static final String ARROW_UNSAFE = "-Darrow.enable_unsafe_memory_access=true";
  public static final String ARROW_NO_NULL_CHECK = "-Darrow.enable_null_check_for_get=false";

  /** Every flag above, in the parent pom's order. */
  public static final List<String> SLUICE =
      List.of(
          OPEN_NIO,
          OPEN_NIO_CH,
          OPEN_REFLECT,
          EXPORT_MISC,
          EXPORT_REF,
          CHRONICLE_ANALYTICS,
          CHRONICLE_ANNOUNCER,
          ARROW_UNSAFE,
          ARROW_NO_NULL_CHECK);

  private JvmFlags() {}
}
