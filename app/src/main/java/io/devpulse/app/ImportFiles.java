package io.devpulse.app;

import io.devpulse.app.internal.CoverageLedger;
import io.devpulse.app.internal.DiscussionFirst;
import io.devpulse.app.internal.ImportSpans;
import io.devpulse.app.internal.Messages;
import io.devpulse.app.internal.ReadAhead;
import io.devpulse.classify.AccountJudge;
import io.devpulse.classify.BatchClassification;
import io.devpulse.classify.CommitKeys;
import io.devpulse.classify.Engine;
import io.devpulse.classify.Pack;
import io.devpulse.github.GithubFileReader;
import io.devpulse.github.ParsedRecord;
import io.devpulse.github.ReadOptions;
import io.devpulse.index.IndexUpdate;
import io.devpulse.index.PutResult;
import io.devpulse.model.Comment;
import io.devpulse.model.Coverage;
import io.devpulse.model.Item;
import io.devpulse.model.Release;
import io.devpulse.model.Review;
import io.devpulse.model.UserErrorException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads GitHub JSON files into the index as one unit of work: every item is classified by the rules
 * (with the history of the items of its repository created before it, in the index or in the files:
 * see {@link BatchClassification}) and every author judged bot or human, every record is put, then
 * one commit; any failure — a bad record, a failing rule — rolls the whole import back, so the
 * index is exactly as before. Files of comments, reviews and releases are read before those of
 * items ({@link DiscussionFirst}), whatever order they are given in: the same is stored either way,
 * with the rules run once per item. The rules of arriving items run on one worker thread per core
 * ({@link BatchClassification#offer}), and each file's JSON is parsed a few hundred records ahead
 * on a thread of its own ({@link ReadAhead}); the records are put in the order read, so the index
 * is the same as with neither.
 */
public final class ImportFiles {
  private final Devpulse app;

  public ImportFiles(Devpulse app) {
    this.app = app;
  }

  /**
   * What to import: GitHub JSON {@code files} into the index in {@code indexDir}, read with {@code
   * readOptions}, classified by {@code pack}.
   */
  public record Request(Path indexDir, List<Path> files, ReadOptions readOptions, Pack pack) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      files = List.copyOf(files);
      Objects.requireNonNull(readOptions, "readOptions");
      Objects.requireNonNull(pack, "pack");
    }
  }

  /** What one import did, counted per outcome. */
  public record Result(
      int files,
      long added,
      long replaced,
      long keptNewer,
      long comments,
      long reviews,
      long skipped,
      long releases) {

    /** What an import without releases did. */
    public Result(
        int files,
        long added,
        long replaced,
        long keptNewer,
        long comments,
        long reviews,
        long skipped) {
      this(files, added, replaced, keptNewer, comments, reviews, skipped, 0);
    }

    public long items() {
      return added + replaced + keptNewer;
    }
  }

  public Result run(Request request) throws IOException {
    return run(request, Runtime.getRuntime().availableProcessors());
  }

  /**
   * As {@link #run(Request)}, classifying the arriving items on {@code workers} threads (0: on this
   * one); what is stored is the same for any number.
   */
  Result run(Request request, int workers) throws IOException {
    Engine engine = app.rules().engine(request.pack());
    Path indexDir = request.indexDir();
    long comments = 0, reviews = 0, skipped = 0;
    long releases = 0;
    long[] puts = new long[PutResult.values().length];
    String firstSkipped = null;
    try (IndexUpdate update = IndexUpdate.open(indexDir);
        BatchClassification classification = engine.batch(workers)) {
      AccountJudge accounts = engine.accountJudge();
      ImportSpans spans = new ImportSpans();
      // Comments before items: an item whose comments are held is classified once, as it arrives.
      for (Path file : DiscussionFirst.order(request.files(), request.readOptions())) {
        try (GithubFileReader reader = GithubFileReader.open(file, request.readOptions());
            ReadAhead<ParsedRecord> records = ReadAhead.start(reader::next, "devpulse-read")) {
          for (Optional<ParsedRecord> next = next(records, classification, update);
              next.isPresent();
              next = next(records, classification, update)) {
            ParsedRecord record = next.get();
            switch (record.entity()) {
              case Item item -> {
                accounts.see(item.author());
                spans.saw(item.repository(), Coverage.Stream.ITEMS, item.updatedAt());
                classification.offer(update, item, record.json(), r -> puts[r.ordinal()]++);
              }
              case Comment comment -> {
                accounts.see(comment.author());
                spans.saw(comment.repository(), Coverage.Stream.COMMENTS, comment.updatedAt());
                classification.putComment(update, comment, record.json());
                comments++;
              }
              case Review review -> {
                accounts.see(review.author());
                if (review.submittedAt() != null) {
                  spans.saw(review.repository(), Coverage.Stream.REVIEWS, review.submittedAt());
                }
                classification.drain(update); // the documents in the order read
                update.put(review, record.json());
                reviews++;
              }
              case Release release -> {
                spans.saw(release.repository(), Coverage.Stream.RELEASES, release.updatedAt());
                classification.drain(update);
                update.put(release, record.json());
                releases++;
              }
            }
          }
          classification.drain(update);
          skipped += reader.skipped();
          if (firstSkipped == null && !reader.skippedMessages().isEmpty()) {
            firstSkipped = reader.skippedMessages().get(0);
          }
        }
      }
      long added = puts[PutResult.ADDED.ordinal()];
      long replaced = puts[PutResult.REPLACED.ordinal()];
      long keptNewer = puts[PutResult.KEPT_NEWER.ordinal()];
      if (skipped > 0 && added + replaced + keptNewer + comments + reviews + releases == 0) {
        // --skip-bad is for a few bad records among good ones; all of them bad is a wrong input.
        throw new UserErrorException(Messages.get("import.allBad", skipped, firstSkipped));
      }
      classification.settle(update);
      accounts.storeIn(update);
      CoverageLedger ledger = CoverageLedger.read(update.commitData());
      spans.recordIn(ledger);
      Map<String, String> data = new HashMap<>(ledger.toUserData());
      data.putAll(engine.commitData());
      data.put(CommitKeys.LAST_IMPORT, app.clock().instant().toString());
      update.commit(data);
      return new Result(
          request.files().size(), added, replaced, keptNewer, comments, reviews, skipped, releases);
    }
  }

  /**
   * The reader's next record; should the file be bad there, the items offered before it are put
   * first, so that a failing rule among them fails the import as it would have before reading on.
   */
  private static Optional<ParsedRecord> next(
      ReadAhead<ParsedRecord> records, BatchClassification classification, IndexUpdate update)
      throws IOException {
    try {
      return records.next();
    } catch (IOException | RuntimeException e) {
      try {
        classification.drain(update);
      } catch (RuntimeException | Error earlier) {
        earlier.addSuppressed(e);
        throw earlier;
      }
      throw e;
    }
  }
}
