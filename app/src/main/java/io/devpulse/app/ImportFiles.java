package io.devpulse.app;

import io.devpulse.app.internal.AccountJudge;
import io.devpulse.app.internal.CommitKeys;
import io.devpulse.app.internal.CoverageLedger;
import io.devpulse.app.internal.ImportSpans;
import io.devpulse.app.internal.IndexHistory;
import io.devpulse.github.GithubFileReader;
import io.devpulse.github.ParsedRecord;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Comment;
import io.devpulse.model.Item;
import io.devpulse.model.Review;
import io.devpulse.report.Coverage;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.History;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads GitHub JSON files into the index as one unit of work: every item is classified by the rules
 * (with history from what the index held before) and every author judged bot or human, every record is
 * put, then one commit; any failure — a bad record, a failing rule — rolls the whole import back, so the
 * index is exactly as before.
 */
public final class ImportFiles {
  private final Devpulse app;

  public ImportFiles(Devpulse app) {
    this.app = app;
  }

  public ImportSummary run(ImportRequest request) throws IOException {
    CompiledRules rules = app.rules().compile(request.pack());
    Path indexDir = request.indexDir();
    long added = 0, replaced = 0, keptNewer = 0, comments = 0, reviews = 0, skipped = 0;
    try (IndexUpdate update = IndexUpdate.open(indexDir);
        HistoryIndex before = HistoryIndex.exists(indexDir) ? HistoryIndex.open(indexDir) : null;
        Classifier classifier = rules.newClassifier()) {
      History history = IndexHistory.of(before);
      AccountJudge accounts = new AccountJudge(classifier, rules.fingerprint());
      ImportSpans spans = new ImportSpans();
      for (Path file : request.files()) {
        try (GithubFileReader reader = GithubFileReader.open(file, request.readOptions())) {
          for (Optional<ParsedRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            ParsedRecord record = next.get();
            switch (record.entity()) {
              case Item item -> {
                accounts.see(item.author());
                spans.saw(item.repository(), Coverage.Stream.ITEMS, item.updatedAt());
                switch (update.put(item, record.json(), classifier.classify(item, history))) {
                  case ADDED -> added++;
                  case REPLACED -> replaced++;
                  case KEPT_NEWER -> keptNewer++;
                }
              }
              case Comment comment -> {
                accounts.see(comment.author());
                spans.saw(comment.repository(), Coverage.Stream.COMMENTS, comment.updatedAt());
                update.put(comment, record.json());
                comments++;
              }
              case Review review -> {
                accounts.see(review.author());
                if (review.submittedAt() != null) {
                  spans.saw(review.repository(), Coverage.Stream.REVIEWS, review.submittedAt());
                }
                update.put(review, record.json());
                reviews++;
              }
            }
          }
          skipped += reader.skipped();
        }
      }
      accounts.storeIn(update);
      CoverageLedger ledger = CoverageLedger.read(update.commitData());
      spans.recordIn(ledger);
      Map<String, String> data = new HashMap<>(ledger.toUserData());
      data.put(CommitKeys.LAST_IMPORT, app.clock().instant().toString());
      data.put(CommitKeys.RULES_FINGERPRINT, rules.fingerprint());
      update.commit(data);
    }
    return new ImportSummary(request.files().size(), added, replaced, keptNewer, comments, reviews, skipped);
  }
}
