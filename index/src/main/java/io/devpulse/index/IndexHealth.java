package io.devpulse.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NoLockFactory;

/**
 * The health of an index directory as Lucene's {@link CheckIndex} sees it: every file's checksum
 * and the integrity of every segment (postings, stored fields, doc values, points). Read-only:
 * nothing is repaired, and nothing is written to a directory that is not devpulse's. The {@link
 * State} tells what a command can do with the directory:
 *
 * <ul>
 *   <li>{@link State#OK}: read and write;
 *   <li>{@link State#READ_ONLY}: healthy, but the directory cannot be written (read-only file
 *       system or permissions): queries, stats and reports work, import, sync and classify cannot;
 *   <li>{@link State#BUSY}: another process writes to it: not checked; readers see its last commit;
 *   <li>{@link State#NO_INDEX_YET}: nothing to read yet (no directory, an empty one, or one whose
 *       first import or sync never committed, e.g. because it was killed): an import creates the
 *       index;
 *   <li>{@link State#NOT_AN_INDEX}: the directory holds other files, so writers refuse it ({@link
 *       NotAnIndexException}): name another directory;
 *   <li>{@link State#DAMAGED}: a file is missing, truncated or does not match its checksum: restore
 *       a backup or rebuild the index.
 * </ul>
 *
 * <p>A writable index is checked under the write lock (so an index being written is {@link
 * State#BUSY}); a read-only one without it, since nobody can be writing to it.
 *
 * <pre>{@code
 * IndexHealth health = IndexHealth.check(dir);
 * switch (health.state()) { case DAMAGED -> ...; case READ_ONLY -> ...; ... }
 * }</pre>
 */
public record IndexHealth(State state, int segments, String summary, List<String> problems) {
  /** What the check found. */
  public enum State {
    /** Every segment and checksum is good, and devpulse can write to the directory. */
    OK,
    /** Every segment and checksum is good, but the directory cannot be written: readers only. */
    READ_ONLY,
    /**
     * A file is missing, truncated or does not match its checksum (or is named like one and is
     * not).
     */
    DAMAGED,
    /** Another process writes to the index: not checked. */
    BUSY,
    /** No committed index in the directory (or no directory): an import or sync creates one. */
    NO_INDEX_YET,
    /** The directory holds files that are not devpulse's: not checked, and writers refuse it. */
    NOT_AN_INDEX
  }

  private static final int MAX_PROBLEMS = 5;

  public IndexHealth {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(summary, "summary");
    problems = List.copyOf(problems);
  }

  /** Checks the index in {@code dir}; never throws for a damaged index, only reports it. */
  public static IndexHealth check(Path dir) {
    Objects.requireNonNull(dir, "dir");
    try {
      if (!Files.exists(dir)) {
        return noIndexYet("no index yet");
      }
      if (!Files.isDirectory(dir)) {
        return new IndexHealth(
            State.NOT_AN_INDEX, 0, "not an index: " + dir + " is a file", List.of());
      }
      IndexDirectory.Contents contents = IndexDirectory.inspect(dir);
      switch (contents.kind()) {
        case NEW -> {
          return noIndexYet("no index yet");
        }
        case FOREIGN -> {
          return new IndexHealth(
              State.NOT_AN_INDEX,
              0,
              "not a devpulse index: it holds other files (" + contents.foreignFilesText() + ")",
              List.of());
        }
        case MISNAMED -> {
          String files = contents.foreignFilesText();
          return new IndexHealth(
              State.DAMAGED,
              0,
              "damaged: holds " + files + ", named like a commit point",
              List.of("move " + files + " out of the index directory"));
        }
        case STRAY -> {
          String files = contents.foreignFilesText();
          return new IndexHealth(
              State.DAMAGED,
              0,
              "foreign files: holds "
                  + files
                  + ", which devpulse did not create; writers refuse the index until they are moved out",
              List.of("move " + files + " out of the index directory"));
        }
        case DEVPULSE -> {
          if (!contents.committed()) {
            return noIndexYet("no index yet: no import or sync has committed");
          }
        }
      }
      return Files.isWritable(dir) ? checkLocked(dir) : checkReadOnly(dir);
    } catch (IOException | RuntimeException e) {
      return new IndexHealth(
          State.DAMAGED,
          0,
          "damaged: " + firstLine(String.valueOf(e)),
          List.of(firstLine(String.valueOf(e))));
    }
  }

  /** Checks under the write lock: a writer at work makes it {@link State#BUSY}. */
  private static IndexHealth checkLocked(Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      CheckIndex checker;
      try {
        checker = new CheckIndex(directory);
      } catch (LockObtainFailedException e) {
        return new IndexHealth(
            State.BUSY, 0, "not checked: another devpulse process is writing", List.of());
      } catch (IOException e) {
        // The lock file cannot be written (its permissions, say): no writer can work here either.
        return checkReadOnly(dir);
      }
      try (checker) {
        return run(checker, directory, State.OK);
      }
    }
  }

  /** Checks a directory nobody can write to, without the lock (taking it would mean writing). */
  private static IndexHealth checkReadOnly(Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir, NoLockFactory.INSTANCE);
        CheckIndex checker = new CheckIndex(directory)) {
      return run(checker, directory, State.READ_ONLY);
    }
  }

  private static IndexHealth run(CheckIndex checker, Directory directory, State healthy)
      throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8), false);
    checker.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
    checker.setThreadCount(1);
    CheckIndex.Status status = checker.checkIndex();
    if (status.clean) {
      String checked = status.numSegments + " segments checked";
      return new IndexHealth(
          healthy,
          status.numSegments,
          healthy == State.OK
              ? "ok (" + checked + ")"
              : "read-only, ok (" + checked + "); cannot be written",
          List.of());
    }
    if (status.missingSegments && SegmentInfos.getLastCommitGeneration(directory.listAll()) < 0) {
      return noIndexYet("no index yet"); // the commit point went away while we looked
    }
    return damaged(status, log.toString(StandardCharsets.UTF_8));
  }

  private static IndexHealth noIndexYet(String summary) {
    return new IndexHealth(State.NO_INDEX_YET, 0, summary, List.of());
  }

  private static IndexHealth damaged(CheckIndex.Status status, String log) {
    List<String> problems = new ArrayList<>();
    for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
      if (segment.error != null && problems.size() < MAX_PROBLEMS) {
        problems.add("segment " + segment.name + ": " + firstLine(String.valueOf(segment.error)));
      }
    }
    if (problems.isEmpty()) {
      // The commit point itself could not be read: CheckIndex says why in its log.
      log.lines()
          .filter(l -> l.contains("ERROR") || l.contains("Exception"))
          .limit(MAX_PROBLEMS)
          .map(String::strip)
          .forEach(problems::add);
    }
    String summary =
        status.missingSegments
            ? "damaged: cannot read the commit point (segments_N)"
            : "damaged: "
                + status.numBadSegments
                + " of "
                + status.numSegments
                + " segments broken";
    return new IndexHealth(State.DAMAGED, status.numSegments, summary, problems);
  }

  private static String firstLine(String s) {
    return s.lines().findFirst().orElse("").strip();
  }
}
