package io.sluice.codegen.generate;

import io.sluice.codegen.CodegenTunables;
import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles generated classes with Janino and keeps them in a bounded LRU cache keyed by the
 * source. The source holds no column names and no literal values, so every batch of a query,
 * and every query of the same shape, reuses one class. Thread-safe.
 */
public final class KernelCompiler {

  private static final Logger LOG = LoggerFactory.getLogger(KernelCompiler.class);

  public static final KernelCompiler INSTANCE = new KernelCompiler(CodegenTunables.CACHE_SIZE);

  private final Map<String, Constructor<?>> cache;
  private final AtomicLong compilations = new AtomicLong();
  private final AtomicLong hits = new AtomicLong();

  public KernelCompiler(int capacity) {
    this.cache =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Constructor<?>> eldest) {
            return size() > capacity;
          }
        };
  }

  /** A new instance of the generated class, compiled now or taken from the cache. */
  public <T> T instantiate(GeneratedClass generated, Class<T> type) {
    Constructor<?> constructor = constructor(generated);
    try {
      return type.cast(constructor.newInstance((Object) generated.references()));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate " + generated.className(), e);
    }
  }

  private synchronized Constructor<?> constructor(GeneratedClass generated) {
    Constructor<?> c = cache.get(generated.source());
    if (c != null) {
      hits.incrementAndGet();
      return c;
    }
    c = compile(generated);
    cache.put(generated.source(), c);
    return c;
  }

  private Constructor<?> compile(GeneratedClass generated) {
    long start = System.nanoTime();
    SimpleCompiler compiler = new SimpleCompiler();
    compiler.setParentClassLoader(KernelCompiler.class.getClassLoader());
    try {
      compiler.cook(generated.source());
      Class<?> cls = compiler.getClassLoader().loadClass(generated.className());
      compilations.incrementAndGet();
      LOG.debug("compiled {} in {} ms", generated.className(), (System.nanoTime() - start) / 1_000_000);
      return cls.getConstructor(Object[].class);
    } catch (CompileException e) {
      LOG.error(
          "failed to compile {}: {}\n{}",
          generated.className(),
          e.getMessage(),
          JavaEmitter.numbered(generated.source()));
      throw new IllegalStateException(
          "generated code for " + generated.className() + " does not compile: " + e.getMessage(), e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load " + generated.className(), e);
    }
  }

  /** Classes compiled since start (cache misses). */
  public long compilations() {
    return compilations.get();
  }

  public long hits() {
    return hits.get();
  }

  public synchronized int size() {
    return cache.size();
  }

  public synchronized void clear() {
    cache.clear();
  }
}
