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

/**
 * The health of an index directory as Lucene's {@link CheckIndex} sees it: every file's checksum and the
 * integrity of every segment (postings, stored fields, doc values, points). Read-only: nothing is
 * repaired. Needs the write lock for the duration of the check, so an index being written is reported
 * {@link State#BUSY} rather than checked.
 *
 * <pre>{@code
 * IndexHealth health = IndexHealth.check(dir);
 * if (health.state() != IndexHealth.State.OK) System.err.println(health.summary());
 * }</pre>
 */
public record IndexHealth(State state, int segments, String summary, List<String> problems) {
  /** What the check found. */
  public enum State {
    /** Every segment and checksum is good. */
    OK,
    /** A file is missing, truncated or does not match its checksum. */
    DAMAGED,
    /** Another process writes to the index: not checked. */
    BUSY,
    /** No index in the directory. */
    MISSING
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
    if (!Files.isDirectory(dir)) {
      return new IndexHealth(State.MISSING, 0, "no index", List.of());
    }
    try (Directory directory = FSDirectory.open(dir)) {
      CheckIndex checker;
      try {
        checker = new CheckIndex(directory);
      } catch (LockObtainFailedException e) {
        return new IndexHealth(State.BUSY, 0, "not checked: another devpulse process is writing", List.of());
      }
      try (checker) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8), false);
        checker.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
        checker.setThreadCount(1);
        CheckIndex.Status status = checker.checkIndex();
        if (status.clean) {
          return new IndexHealth(State.OK, status.numSegments,
              "ok (" + status.numSegments + " segments checked)", List.of());
        }
        if (status.missingSegments
            && SegmentInfos.getLastCommitGeneration(directory.listAll()) < 0) {
          return new IndexHealth(State.MISSING, 0, "no index", List.of());
        }
        return damaged(status, log.toString(StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      return new IndexHealth(State.DAMAGED, 0, "damaged: " + firstLine(String.valueOf(e)),
          List.of(firstLine(String.valueOf(e))));
    }
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
      log.lines().filter(l -> l.contains("ERROR") || l.contains("Exception")).limit(MAX_PROBLEMS)
          .map(String::strip).forEach(problems::add);
    }
    String summary = status.missingSegments
        ? "damaged: cannot read the commit point (segments_N)"
        : "damaged: " + status.numBadSegments + " of " + status.numSegments + " segments broken";
    return new IndexHealth(State.DAMAGED, status.numSegments, summary, problems);
  }

  private static String firstLine(String s) {
    return s.lines().findFirst().orElse("").strip();
  }
}
