package io.devpulse.index;

import io.devpulse.index.internal.AccountDocuments;
import io.devpulse.index.internal.CommentDocuments;
import io.devpulse.index.internal.IndexAnalyzers;
import io.devpulse.index.internal.IndexFields;
import io.devpulse.index.internal.ItemDocuments;
import io.devpulse.index.internal.ItemsClassifiedBy;
import io.devpulse.index.internal.KnownVersions;
import io.devpulse.index.internal.ReleaseDocuments;
import io.devpulse.index.internal.ReviewDocuments;
import io.devpulse.model.Classification;
import io.devpulse.model.Comment;
import io.devpulse.model.Entity;
import io.devpulse.model.Item;
import io.devpulse.model.Release;
import io.devpulse.model.Review;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * A writing session on the index: put items, comments and reviews, then {@link #commit} them. Only
 * one session can be open on an index at a time ({@link IndexInUseException} otherwise).
 *
 * <p>Every entity is upserted by its key; an incoming copy older than the indexed one (by {@code
 * updatedAt}) is ignored, one as new replaces it, so putting the same data twice changes nothing.
 * {@link #close()} rolls back whatever was not committed: an import that fails half way leaves the
 * index as it was at the last commit.
 *
 * <pre>{@code
 * try (IndexUpdate update = IndexUpdate.open(dir)) {
 *   for (...) update.put(entity, json);
 *   update.commit(Map.of("lastImport", Instant.now().toString()));
 * }
 * }</pre>
 *
 * <p>The index directory is devpulse's alone (Lucene deletes files in it that are named like its
 * own), so a directory that holds other files is refused before anything is written to it ({@link
 * NotAnIndexException}); a new or empty one becomes an index, marked as devpulse's with a {@value
 * IndexDirectory#MARKER} file. {@link IndexDirectory} says how an index is recognised.
 *
 * <p>I/O failures (disk full, read-only, damaged files) are thrown as {@link
 * IndexStorageException}, except in {@link #close()} ({@link UncheckedIOException}). Not
 * thread-safe.
 */
public final class IndexUpdate implements Closeable {
  private static final double RAM_BUFFER_MB = 64;

  private final Path dir;
  private final Directory directory;
  private final IndexWriter writer;
  private final KnownVersions versions;

  /** Which rules the items are known to be classified by, committed with every commit. */
  private final ItemsClassifiedBy classifiedBy;

  /** Whether the index has the term hits field (once true, stays true). */
  private boolean termHitsField;

  private boolean closed;

  private IndexUpdate(Path dir, Directory directory, IndexWriter writer, KnownVersions versions) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.versions = versions;
    Map<String, String> last = new HashMap<>();
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      data.forEach(e -> last.put(e.getKey(), e.getValue()));
    }
    this.classifiedBy = ItemsClassifiedBy.of(last, writer.getDocStats().maxDoc == 0);
  }

  /**
   * Opens (and creates, if needed) the index in {@code dir} for writing.
   *
   * @throws NotAnIndexException when {@code dir} holds files that are not devpulse's; nothing is
   *     written
   * @throws IndexInUseException when another session holds the index
   * @throws IndexStorageException when the directory cannot be written (read-only, full, no
   *     permission)
   */
  public static IndexUpdate open(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Directory directory = null;
    IndexWriter writer = null;
    try {
      IndexDirectory.Contents contents = IndexDirectory.inspect(dir);
      if (contents.kind() == IndexDirectory.Kind.FOREIGN
          || contents.kind() == IndexDirectory.Kind.MISNAMED
          || contents.kind() == IndexDirectory.Kind.STRAY) {
        throw NotAnIndexException.of(dir, contents);
      }
      Files.createDirectories(dir);
      if (!contents.marked()) {
        IndexDirectory.mark(dir); // before any Lucene file: a directory with Lucene files is marked
      }
      directory = FSDirectory.open(dir);
      IndexWriterConfig config =
          new IndexWriterConfig(IndexAnalyzers.forIndexing())
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setCommitOnClose(false)
              .setRAMBufferSizeMB(RAM_BUFFER_MB);
      writer = new IndexWriter(directory, config);
      return new IndexUpdate(
          dir, directory, writer, new KnownVersions(writer, KnownVersions.DEFAULT_MAX_PENDING));
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new IndexInUseException(dir, e);
    } catch (IOException e) {
      closeQuietly(writer == null ? null : writer::rollback, directory);
      throw IndexStorageException.writing(dir, e);
    }
  }

  /**
   * Puts an item (without classification), comment, review or release with the JSON it was read
   * from.
   */
  public PutResult put(Entity entity, String json) {
    Objects.requireNonNull(json, "json");
    return switch (entity) {
      case Item item -> put(item, json, null);
      case Comment comment ->
          write(
              comment.key(), comment.updatedAt(), () -> CommentDocuments.toDocument(comment, json));
      case Review review ->
          write(review.key(), review.updatedAt(), () -> ReviewDocuments.toDocument(review, json));
      case Release release ->
          write(
              release.key(), release.updatedAt(), () -> ReleaseDocuments.toDocument(release, json));
    };
  }

  /** Puts an item with the JSON it was read from and its classification ({@code null} for none). */
  public PutResult put(Item item, String json, Classification classification) {
    return put(item, json, classification, null);
  }

  /**
   * Puts an item with the JSON it was read from, its classification ({@code null} for none) and the
   * term hits the rules encoded for it ({@code null} for none; see {@link #updateTermHits}).
   */
  public PutResult put(Item item, String json, Classification classification, byte[] termHits) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(json, "json");
    PutResult result =
        write(
            item.key(),
            item.updatedAt(),
            () -> ItemDocuments.toDocument(item, json, classification, termHits));
    if (result != PutResult.KEPT_NEWER) {
      classifiedBy.put(classification == null ? null : classification.fingerprint());
    }
    return result;
  }

  /**
   * Replaces the stored term hits of the item with key {@code key} in place (doc values only; the
   * item is not re-indexed): for items whose classification stands but whose hits were missing or
   * made under other term lists.
   *
   * @return false, doing nothing, when no item of the index has term hits yet (written by an
   *     earlier devpulse): Lucene updates only fields that exist, so {@link #put} the item whole
   *     instead
   */
  public boolean updateTermHits(String key, byte[] termHits) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(termHits, "termHits");
    ensureOpen();
    if (!termHitsField) {
      termHitsField = writer.getFieldNames().contains(IndexFields.TERM_HITS);
      if (!termHitsField) {
        return false;
      }
    }
    try {
      writer.updateBinaryDocValue(
          new Term(IndexFields.KEY, key), IndexFields.TERM_HITS, new BytesRef(termHits));
      return true;
    } catch (IOException e) {
      throw IndexStorageException.writing(dir, e);
    }
  }

  /** Puts the rules' verdict on an account, replacing any earlier one (verdicts have no age). */
  public void put(AccountVerdict verdict) {
    Objects.requireNonNull(verdict, "verdict");
    ensureOpen();
    try {
      writer.updateDocument(
          AccountDocuments.key(verdict.account().login()), AccountDocuments.toDocument(verdict));
    } catch (IOException e) {
      throw IndexStorageException.writing(dir, e);
    }
  }

  private PutResult write(String key, Instant updatedAt, Supplier<Document> document) {
    ensureOpen();
    long incoming = updatedAt.toEpochMilli();
    try {
      OptionalLong indexed = versions.updatedAt(key);
      if (indexed.isPresent() && indexed.getAsLong() > incoming) {
        return PutResult.KEPT_NEWER;
      }
      if (indexed.isPresent()) {
        writer.updateDocument(new Term(IndexFields.KEY, key), document.get());
      } else {
        writer.addDocument(
            document.get()); // nothing to delete: skips the delete-by-term bookkeeping
      }
      versions.record(key, incoming);
      return indexed.isPresent() ? PutResult.REPLACED : PutResult.ADDED;
    } catch (IOException e) {
      throw IndexStorageException.writing(dir, e);
    }
  }

  /**
   * A reader of what this session holds now: the last commit and everything put since (near real
   * time). Close it when done; it does not see later puts.
   */
  public HistoryIndex reader() {
    return reader(null);
  }

  /** As {@link #reader()}, closing {@code owned} when it is closed. */
  HistoryIndex reader(Closeable owned) {
    ensureOpen();
    try {
      return new HistoryIndex(null, DirectoryReader.open(writer), owned);
    } catch (IOException e) {
      throw IndexStorageException.writing(dir, e);
    }
  }

  /**
   * Records that the rules with {@code fingerprint} classified every item put so far (and every
   * indexed one): an in-place doc-values update, no item is re-indexed. For a reclassification
   * whose results equal the stored ones for most items; the items whose classification changed are
   * {@link #put} again first.
   */
  public void markAllItemsClassifiedBy(String fingerprint) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    ensureOpen();
    try {
      writer.updateBinaryDocValue(
          new Term(IndexFields.DOC_TYPE, IndexFields.TYPE_ITEM),
          IndexFields.RULES,
          new BytesRef(fingerprint));
    } catch (IOException e) {
      throw IndexStorageException.writing(dir, e);
    }
    classifiedBy.markAll(fingerprint);
  }

  /**
   * Makes everything put so far durable and visible to readers. {@code userData} is merged over the
   * previous commit's user data, so keys not given (e.g. {@code lastImport}) keep their values. May
   * be called more than once per session.
   */
  public void commit(Map<String, String> userData) {
    Objects.requireNonNull(userData, "userData");
    ensureOpen();
    Map<String, String> merged = new HashMap<>();
    Iterable<Map.Entry<String, String>> previous = writer.getLiveCommitData();
    if (previous != null) {
      previous.forEach(e -> merged.put(e.getKey(), e.getValue()));
    }
    merged.putAll(userData);
    // Said by this session only: what it put and marked, not what a caller believes.
    merged.put(ItemsClassifiedBy.KEY, classifiedBy.value());
    writer.setLiveCommitData(merged.entrySet());
    try {
      writer.commit();
    } catch (IOException e) {
      throw IndexStorageException.writing(dir, e);
    }
  }

  /**
   * The user data of the last commit (or as set by this session's commits), without reading
   * documents.
   */
  public Map<String, String> commitData() {
    ensureOpen();
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  /** Rolls back everything put since the last commit and releases the index. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      IOUtils.close(versions, writer::rollback, this::removeOrphans, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index", e);
    }
  }

  /**
   * After a write that failed (a full disk above all), the files it began are of no commit, and
   * Lucene's rollback does not always delete them: they would keep the disk full until the next
   * writer. Under the write lock again (skipped when another writer has it), Lucene's own files
   * that the last commit does not need are deleted; strays ({@link IndexDirectory#isStray}) are not
   * Lucene's and stay.
   */
  private void removeOrphans() {
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      Set<String> needed = new HashSet<>(SegmentInfos.readLatestCommit(directory).files(true));
      for (String name : directory.listAll()) {
        if (!needed.contains(name)
            && IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches()
            && !IndexDirectory.isStray(dir.resolve(name))) {
          directory.deleteFile(name);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Another writer holds the lock, or there is no commit yet: its writer will tidy up.
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("index update is closed");
    }
  }

  private static void closeQuietly(Closeable... closeables) {
    IOUtils.closeWhileHandlingException(closeables);
  }
}
