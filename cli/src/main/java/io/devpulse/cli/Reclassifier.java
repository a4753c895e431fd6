package io.devpulse.cli;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Classification;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.History;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * Classifies the items already in the index again, from their stored data (no re-fetch), and commits
 * once: all of them, or only those a different rule set classified. A rule that fails leaves the index
 * as it was.
 */
final class Reclassifier {
  private final Clock clock;

  Reclassifier(Clock clock) {
    this.clock = clock;
  }

  /** Returns how many items were classified again. */
  long reclassify(Path indexDir, CompiledRules rules, boolean all) {
    String fingerprint = rules.fingerprint();
    long[] count = {0};
    // The writer first: it takes the lock, so the snapshot read below cannot change under us.
    try (IndexUpdate update = IndexUpdate.open(indexDir);
        HistoryIndex index = HistoryIndex.open(indexDir);
        Classifier classifier = rules.newClassifier()) {
      // Every item asks for its history: read it once rather than querying the index per item.
      History history = HistorySnapshot.of(index);
      index.forEachItemWithJson((hit, json) -> {
        Classification old = hit.classification();
        if (all || old == null || !old.fingerprint().equals(fingerprint)) {
          update.put(hit.item(), json, classifier.classify(hit.item(), history));
          count[0]++;
        }
      });
      update.commit(Map.of(
          CommitKeys.RULES_FINGERPRINT, fingerprint,
          CommitKeys.LAST_CLASSIFY, clock.instant().toString()));
    }
    return count[0];
  }
}
