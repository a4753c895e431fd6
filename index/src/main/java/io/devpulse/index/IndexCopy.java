package io.devpulse.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A private, writable copy of an index's last commit in a temporary directory, for a command that
 * only reads but must see the index classified by other rules than it was: it classifies the copy,
 * reads it and drops it, and the index itself is never written (it may be read-only, or busy with a
 * sync). The files of the commit are hard-linked when the file system allows (Lucene never rewrites
 * a file, so a link costs nothing and the original cannot change through it), else copied. The
 * copy's writer never commits: what the command reads is the writer's uncommitted state, and
 * closing the reader deletes everything.
 */
public final class IndexCopy implements Closeable {
  private final Path dir;
  private final IndexUpdate update;
  private boolean handedOver;

  private IndexCopy(Path dir, IndexUpdate update) {
    this.dir = dir;
    this.update = update;
  }

  /**
   * Copies the last commit of the index in {@code indexDir} and opens a writer on the copy.
   *
   * @throws IndexStorageException when the index cannot be read or the copy cannot be made
   */
  public static IndexCopy of(Path indexDir) {
    Objects.requireNonNull(indexDir, "indexDir");
    Path copy = null;
    try {
      copy = Files.createTempDirectory("devpulse-read-");
      List<String> files = new ArrayList<>();
      try (Directory directory = FSDirectory.open(indexDir)) {
        files.addAll(SegmentInfos.readLatestCommit(directory).files(true));
      }
      files.add(IndexDirectory.MARKER);
      for (String name : files) {
        link(indexDir.resolve(name), copy.resolve(name));
      }
      return new IndexCopy(copy, IndexUpdate.open(copy));
    } catch (IOException e) {
      deleteQuietly(copy);
      throw IndexStorageException.reading(indexDir, e);
    } catch (RuntimeException e) {
      deleteQuietly(copy);
      throw e;
    }
  }

  private static void link(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return; // an index made before the marker: the writer adds one to the copy
    }
    try {
      Files.createLink(to, from);
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.copy(from, to); // another file system, or links not allowed
    }
  }

  /** The writer of the copy (its commits would stay in the copy; none is needed). */
  public IndexUpdate update() {
    return update;
  }

  /**
   * A reader of the copy as its writer holds it now; it owns the copy from then on: closing it
   * closes the writer and deletes the copy.
   */
  public HistoryIndex reader() {
    HistoryIndex reader = update.reader(this::delete);
    handedOver = true;
    return reader;
  }

  /** Deletes the copy, unless a {@link #reader()} took it over. */
  @Override
  public void close() {
    if (!handedOver) {
      delete();
    }
  }

  private void delete() {
    try {
      update.close();
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory: what cannot be deleted now is the system's to clean
    }
  }

  /** The directory of the copy (for tests). */
  Path dir() {
    return dir;
  }
}
