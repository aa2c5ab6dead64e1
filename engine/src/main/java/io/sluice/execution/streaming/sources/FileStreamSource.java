package io.sluice.execution.streaming.sources;

import io.sluice.columnar.Batch;
import io.sluice.execution.Tasks;
import io.sluice.execution.streaming.Offset;
import io.sluice.execution.streaming.ReadLimit;
import io.sluice.execution.streaming.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Spark's {@code FileStreamSource}: each trigger lists the directory (not recursively; names
 * starting with {@code _} or {@code .} are hidden), takes files it has not taken yet, oldest
 * modification time first ({@code latestFirst}: newest first), at most {@code maxFilesPerTrigger}
 * of them, and ignores files older than the newest file taken minus {@code maxFileAge} (not on the
 * first listing; never when {@code latestFirst} and {@code maxFilesPerTrigger} are both set, as in
 * Spark). Files must appear whole (written elsewhere and moved in), as Spark requires.
 *
 * <p>The list of files taken is the source's log: offset N is its first N files. It is kept in
 * memory until the write-ahead log exists (checkpoint {@code sources/<n>/}). Query thread only.
 */
final class FileStreamSource implements Source {

  private record Listed(Path path, long modifiedMs) {}

  private final FileSourceSpec spec;
  private final FileStreamOptions options;
  private final FileFormatReader reader;
  private final Map<String, String> readerOptions;
  /**
   * The required columns: the query's, once {@link #readOnly} says which (the records have every
   * column of the data schema, {@code spec.schema()}).
   */
  private Schema columns;

  /** Reads the files of one micro-batch in parallel. */
  private final Tasks tasks;
  private final long maxFileAgeMs;
  /** Every file taken, in the order taken: the source log. */
  private final List<Path> taken = new ArrayList<>();
  private final Set<Path> takenSet = new HashSet<>();
  /** Files taken and still young enough to be listed again, with their modification times. */
  private final Map<Path, Long> seen = new HashMap<>();
  private long latestTimestamp = Long.MIN_VALUE;
  private long lastPurgeTimestamp = Long.MIN_VALUE;
  private Set<Path> availableNowFiles;
  private int lastListingPending;

  FileStreamSource(
      FileSourceSpec spec,
      FileStreamOptions options,
      FileFormatReader reader,
      Map<String, String> readerOptions,
      Tasks tasks) {
    this.tasks = tasks;
    this.spec = spec;
    this.columns = spec.schema();
    this.options = options;
    this.reader = reader;
    this.readerOptions = readerOptions;
    boolean ignoreAge = options.latestFirst() && options.maxFilesPerTrigger() != Integer.MAX_VALUE;
    this.maxFileAgeMs = ignoreAge ? Long.MAX_VALUE : options.maxFileAgeMs();
  }

  @Override
  public String description() {
    return spec.description();
  }

  @Override
  public Schema schema() {
    return spec.schema();
  }

  @Override
  public void readOnly(Schema queryColumns) {
    this.columns = queryColumns;
  }

  /**
   * Spark's checks of the required columns, made (as Spark's {@code buildReader}) when a
   * micro-batch reads files, so a query that cannot read them fails then, not at {@code start()}.
   */
  private void checkRequired() {
    try {
      reader.checkRequired(spec.schema(), columns, readerOptions);
    } catch (IllegalArgumentException e) {
      throw new io.sluice.AnalysisException(e.getMessage(), e);
    }
  }

  @Override
  public Offset latestOffset(Offset start, ReadLimit limit) {
    List<Listed> fresh = new ArrayList<>();
    for (Listed f : list()) {
      boolean isNew = !seen.containsKey(f.path()) && f.modifiedMs() >= lastPurgeTimestamp;
      if (isNew && !takenSet.contains(f.path())
          && (availableNowFiles == null || availableNowFiles.contains(f.path()))) {
        fresh.add(f);
      }
    }
    Comparator<Listed> byAge =
        Comparator.comparingLong(Listed::modifiedMs).thenComparing(l -> l.path().toString());
    fresh.sort(options.latestFirst() ? byAge.reversed() : byAge);
    int admit =
        limit == ReadLimit.ALL_AVAILABLE
            ? fresh.size()
            : Math.min(fresh.size(), options.maxFilesPerTrigger());
    lastListingPending = fresh.size() - admit;
    for (int i = 0; i < admit; i++) {
      Listed f = fresh.get(i);
      taken.add(f.path());
      takenSet.add(f.path());
      seen.put(f.path(), f.modifiedMs());
      latestTimestamp = Math.max(latestTimestamp, f.modifiedMs());
    }
    purge();
    return taken.isEmpty() ? start : new FileOffset(taken.size());
  }

  /** Spark's SeenFilesMap.purge: from now on, files older than the newest taken minus the max age are ignored. */
  private void purge() {
    if (maxFileAgeMs == Long.MAX_VALUE || latestTimestamp == Long.MIN_VALUE) {
      return;
    }
    lastPurgeTimestamp = latestTimestamp - maxFileAgeMs;
    seen.values().removeIf(modified -> modified < lastPurgeTimestamp);
  }

  @Override
  public Offset reportLatestOffset() {
    // Files listed but not admitted yet (maxFilesPerTrigger) count as available.
    return new FileOffset(taken.size() + lastListingPending);
  }

  @Override
  public void prepareForTriggerAvailableNow() {
    availableNowFiles = new HashSet<>();
    for (Listed f : list()) {
      availableNowFiles.add(f.path());
    }
  }

  /**
   * The directory's entries. A trigger on an unchanged directory does not list it again: adding,
   * removing or renaming an entry changes the directory's modification time, and a listing is
   * reused only when that time is unchanged and was already {@link #QUIESCENT_NANOS} old when the
   * listing was taken, so a file system with a coarse clock cannot hide an entry added within the
   * same tick.
   */
  private List<Listed> list() {
    Path dir = spec.directory();
    FileSourceSpec.checkExists(dir);
    java.nio.file.attribute.FileTime dirModified;
    try {
      dirModified = Files.getLastModifiedTime(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to list the files of " + dir.toUri(), e);
    }
    if (cachedListing != null && dirModified.equals(cachedDirModified) && cachedListingQuiescent) {
      return cachedListing;
    }
    List<Listed> listing = listNow(dir);
    long ageNanos =
        java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis())
            - dirModified.to(java.util.concurrent.TimeUnit.NANOSECONDS);
    cachedListing = listing;
    cachedDirModified = dirModified;
    cachedListingQuiescent = ageNanos > QUIESCENT_NANOS;
    return listing;
  }

  private static final long QUIESCENT_NANOS = 2_000_000_000L;
  private List<Listed> cachedListing;
  private java.nio.file.attribute.FileTime cachedDirModified;
  private boolean cachedListingQuiescent;

  private List<Listed> listNow(Path dir) {
    List<Listed> out = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        String name = p.getFileName().toString();
        if (name.startsWith("_") || name.startsWith(".")) {
          continue;
        }
        if (options.pathGlobFilter() != null && !options.pathGlobFilter().matches(p.getFileName())) {
          continue;
        }
        BasicFileAttributes attrs;
        try {
          attrs = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
          continue; // deleted between listing and stat: it is not there
        }
        if (attrs.isRegularFile()) {
          out.add(new Listed(p, attrs.lastModifiedTime().toMillis()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Failed to list the files of " + dir.toUri(), e);
    }
    return out;
  }

  @Override
  public List<io.sluice.execution.BatchSplit> getSplits(Offset start, Offset end) {
    int from = start == null ? 0 : (int) ((FileOffset) start).filesTaken();
    int to = (int) ((FileOffset) end).filesTaken();
    checkRequired();
    List<io.sluice.execution.BatchSplit> splits = new ArrayList<>(to - from);
    for (Path file : taken.subList(from, to)) {
      splits.add(allocator -> readFile(file, allocator));
    }
    return splits;
  }

  private List<Batch> readFile(Path file, BufferAllocator allocator) {
    try {
      return reader.read(file, spec.schema(), columns, readerOptions, allocator);
    } catch (Exception e) {
      throw new FileReadException(
          "Encountered error while reading file " + file.toUri() + ". " + e.getMessage(), e);
    }
  }

  @Override
  public List<Batch> getBatch(Offset start, Offset end, BufferAllocator allocator) {
    int from = start == null ? 0 : (int) ((FileOffset) start).filesTaken();
    int to = (int) ((FileOffset) end).filesTaken();
    checkRequired();
    List<List<Batch>> perFile =
        tasks.map(
            taken.subList(from, to),
            file -> {
              try {
                return reader.read(file, spec.schema(), columns, readerOptions, allocator);
              } catch (Exception e) {
                throw new FileReadException(
                    "Encountered error while reading file " + file.toUri() + ". " + e.getMessage(), e);
              }
            },
            batches -> batches.forEach(Batch::close));
    List<Batch> out = new ArrayList<>();
    perFile.forEach(out::addAll);
    return out;
  }

  /** A file of the stream could not be read; the message names the file. */
  static final class FileReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FileReadException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
