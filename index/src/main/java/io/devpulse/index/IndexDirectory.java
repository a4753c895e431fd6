package io.devpulse.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.apache.lucene.util.IOUtils;

/**
 * Whether a directory is devpulse's index, told from what it holds before anything is written to
 * it. The index directory is devpulse's alone: Lucene deletes every file in it that is named like
 * one of its own and that no commit needs ({@code _config.yml} and {@code _data.json} are, so a
 * Jekyll folder would lose them), and a name like {@code segments_backup.txt} makes it fail. So
 * writers open only:
 *
 * <ul>
 *   <li>a directory that does not exist or is empty (a lone {@code write.lock} left by an
 *       interrupted first run counts as empty): {@link Kind#NEW};
 *   <li>a directory holding the {@value #MARKER} file, which devpulse writes first thing into every
 *       index directory it creates or adopts (before any Lucene file): {@link Kind#DEVPULSE};
 *   <li>for indexes made before the marker existed: a directory whose last Lucene commit ({@code
 *       segments_N}) carries user data only devpulse writes ({@link #DEVPULSE_COMMIT_KEYS}): {@link
 *       Kind#DEVPULSE}, and the marker is added when it is next opened for writing.
 * </ul>
 *
 * Anything else is {@link Kind#FOREIGN}; devpulse's own directory holding a file named like a
 * commit point that is not one ({@code segments_backup.txt}) is {@link Kind#MISNAMED}. Nothing here
 * writes or deletes.
 */
final class IndexDirectory {
  /** The marker file's name: not a name Lucene writes, reads or deletes. */
  static final String MARKER = "devpulse-index";

  /**
   * Commit user data keys devpulse's commands write on every commit (import, sync, classify): a
   * commit with one of them was made by devpulse, even without the marker.
   */
  static final Set<String> DEVPULSE_COMMIT_KEYS =
      Set.of("lastImport", "lastSync", "lastClassify", "rules.fingerprint");

  private static final String MARKER_TEXT =
      """
      This directory is a devpulse index (Apache Lucene files and this marker).
      devpulse may delete any other file in it: keep nothing else here.
      """;

  /** A commit point Lucene writes ({@code N} in base 36), and one while it commits. */
  private static final Pattern COMMIT_POINT = Pattern.compile("segments_[0-9a-z]+");

  private static final Pattern PENDING_COMMIT_POINT = Pattern.compile("pending_segments_[0-9a-z]+");

  /** How many of a foreign directory's files messages name. */
  private static final int NAMED = 3;

  /** What a directory is, as far as devpulse is concerned. */
  enum Kind {
    /** No directory, or an empty one: a writer may create the index in it. */
    NEW,
    /** devpulse's index, committed or not yet. */
    DEVPULSE,
    /** devpulse's index, holding a file Lucene would take for a commit point and fail on. */
    MISNAMED,
    /**
     * A directory with files that are not devpulse's: writers refuse it, so nothing in it is
     * deleted.
     */
    FOREIGN,
    /**
     * devpulse's index holding a file put there by someone else that Lucene would delete as an
     * unused file of its own ({@code _config.yml}, {@code _notes.txt}): readers read it, writers
     * refuse it.
     */
    STRAY
  }

  /**
   * What {@link #inspect} found.
   *
   * @param kind what the directory is
   * @param committed whether it holds a commit point ({@code segments_N}): an index readers can
   *     open
   * @param marked whether the marker file is there
   * @param foreignFiles for {@link Kind#FOREIGN} and {@link Kind#MISNAMED}: up to three names of
   *     the files that are not devpulse's, sorted
   * @param foreignCount how many such files there are in all
   */
  record Contents(
      Kind kind, boolean committed, boolean marked, List<String> foreignFiles, int foreignCount) {
    Contents {
      foreignFiles = List.copyOf(foreignFiles);
    }

    /** {@code _config.yml, _data.json, index.md and 4 more}: for messages. */
    String foreignFilesText() {
      String named = String.join(", ", foreignFiles);
      return foreignCount > foreignFiles.size()
          ? named + " and " + (foreignCount - foreignFiles.size()) + " more"
          : named;
    }
  }

  private IndexDirectory() {}

  /**
   * Looks at {@code dir} without changing it.
   *
   * @throws IOException when it cannot be listed, or its last commit (without the marker) cannot be
   *     read
   */
  static Contents inspect(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return new Contents(Kind.NEW, false, false, List.of(), 0);
    }
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    boolean marked = names.contains(MARKER);
    boolean committed = names.stream().anyMatch(n -> COMMIT_POINT.matcher(n).matches());
    // Lucene reads every segments* file as a commit point, and fails on one like
    // segments_backup.txt.
    List<String> misnamed = names.stream().filter(IndexDirectory::looksLikeACommitPoint).toList();
    if (marked) {
      if (!misnamed.isEmpty()) {
        return with(Kind.MISNAMED, misnamed, committed, true);
      }
      List<String> strays = names.stream().filter(n -> isStray(dir.resolve(n))).toList();
      return strays.isEmpty()
          ? new Contents(Kind.DEVPULSE, committed, true, List.of(), 0)
          : with(Kind.STRAY, strays, committed, true);
    }
    // Lucene's lock file is always empty: one with content is someone else's file of that name.
    if (names.isEmpty()
        || (names.equals(List.of(IndexWriter.WRITE_LOCK_NAME))
            && Files.size(dir.resolve(IndexWriter.WRITE_LOCK_NAME)) == 0)) {
      return new Contents(Kind.NEW, false, false, List.of(), 0);
    }
    if (names.equals(List.of(IndexWriter.WRITE_LOCK_NAME))) {
      return with(Kind.FOREIGN, names, false, false);
    }
    if (committed && misnamed.isEmpty() && hasDevpulseCommitData(dir)) {
      List<String> strays = names.stream().filter(n -> isStray(dir.resolve(n))).toList();
      return strays.isEmpty()
          ? new Contents(Kind.DEVPULSE, true, false, List.of(), 0)
          : with(Kind.STRAY, strays, true, false);
    }
    List<String> others =
        names.stream().filter(n -> !n.equals(IndexWriter.WRITE_LOCK_NAME)).toList();
    return with(Kind.FOREIGN, others, committed, false);
  }

  /**
   * Writes the marker into {@code dir} (which must exist) unless it is there; durable before it
   * returns.
   */
  static void mark(Path dir) throws IOException {
    Path marker = dir.resolve(MARKER);
    try (FileChannel out =
        FileChannel.open(marker, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer text = ByteBuffer.wrap(MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
      while (text.hasRemaining()) {
        out.write(text);
      }
      out.force(true);
    } catch (FileAlreadyExistsException e) {
      return; // another writer marked it first: the same marker
    }
    IOUtils.fsync(dir, true); // the marker's name too, before any Lucene file can be
  }

  /**
   * Whether {@code file} is one Lucene would delete as an unused file of its own (its name matches
   * {@link IndexFileNames#CODEC_FILE_PATTERN}) although Lucene did not write it: every file Lucene
   * writes starts with its codec header ({@link CodecUtil#CODEC_MAGIC}), so one that does not is
   * someone else's ({@code _config.yml}, {@code _notes.txt}). Empty files, which a crash can leave,
   * and unreadable ones count as Lucene's: deleting an empty file loses nothing.
   */
  static boolean isStray(Path file) {
    if (!IndexFileNames.CODEC_FILE_PATTERN.matcher(file.getFileName().toString()).matches()) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length > 0
          && (head.length < 4 || ByteBuffer.wrap(head).getInt() != CodecUtil.CODEC_MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean looksLikeACommitPoint(String name) {
    return name.startsWith("segments")
        ? !COMMIT_POINT.matcher(name).matches()
        : name.startsWith("pending_segments") && !PENDING_COMMIT_POINT.matcher(name).matches();
  }

  private static boolean hasDevpulseCommitData(Path dir) throws IOException {
    // No lock: nothing is written, and a commit being made meanwhile is found by Lucene's retries.
    try (Directory directory = FSDirectory.open(dir, NoLockFactory.INSTANCE)) {
      Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
      return userData.keySet().stream().anyMatch(DEVPULSE_COMMIT_KEYS::contains);
    }
  }

  private static Contents with(Kind kind, List<String> files, boolean committed, boolean marked) {
    return new Contents(
        kind, committed, marked, files.subList(0, Math.min(NAMED, files.size())), files.size());
  }
}
