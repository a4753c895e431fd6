package io.devpulse.cli;

import io.devpulse.github.GithubFileReader;
import io.devpulse.github.ParsedRecord;
import io.devpulse.github.ReadOptions;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.index.PutResult;
import io.devpulse.model.Comment;
import io.devpulse.model.Item;
import io.devpulse.model.Review;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.History;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads GitHub JSON files into the index as one unit of work: every item is classified by the rules
 * (with history from what the index held before), every record is put, then one commit; any failure —
 * a bad record, a failing rule — rolls the whole import back, so the index is exactly as before.
 */
final class Importer {
  private final Clock clock;

  Importer(Clock clock) {
    this.clock = clock;
  }

  ImportSummary importFiles(Path indexDir, List<Path> files, ReadOptions options, CompiledRules rules)
      throws IOException {
    long added = 0, replaced = 0, keptNewer = 0, comments = 0, reviews = 0, skipped = 0;
    try (IndexUpdate update = IndexUpdate.open(indexDir);
        HistoryIndex before = HistoryIndex.exists(indexDir) ? HistoryIndex.open(indexDir) : null;
        Classifier classifier = rules.newClassifier()) {
      History history = IndexHistory.of(before);
      for (Path file : files) {
        try (GithubFileReader reader = GithubFileReader.open(file, options)) {
          for (Optional<ParsedRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
            ParsedRecord record = next.get();
            switch (record.entity()) {
              case Item item -> {
                switch (update.put(item, record.json(), classifier.classify(item, history))) {
                  case ADDED -> added++;
                  case REPLACED -> replaced++;
                  case KEPT_NEWER -> keptNewer++;
                }
              }
              case Comment comment -> {
                update.put(comment, record.json());
                comments++;
              }
              case Review review -> {
                update.put(review, record.json());
                reviews++;
              }
            }
          }
          skipped += reader.skipped();
        }
      }
      update.commit(Map.of(
          CommitKeys.LAST_IMPORT, clock.instant().toString(),
          CommitKeys.RULES_FINGERPRINT, rules.fingerprint()));
    }
    return new ImportSummary(files.size(), added, replaced, keptNewer, comments, reviews, skipped);
  }
}
