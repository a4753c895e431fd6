package io.devpulse.app;

import io.devpulse.app.internal.AccountJudge;
import io.devpulse.app.internal.CommitKeys;
import io.devpulse.app.internal.HistorySnapshot;
import io.devpulse.index.AccountVerdict;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.model.Classification;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.History;
import io.devpulse.rules.RulePack;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Classifies the items already in the index again, from their stored data (no re-fetch), and judges
 * every account again, then commits once: all items, or only those a different rule set classified. A
 * rule that fails leaves the index as it was.
 */
public final class Reclassify {
  private final Devpulse app;

  public Reclassify(Devpulse app) {
    this.app = app;
  }

  /**
   * @param all classify every item again, not only those of other rule sets
   */
  public record Request(Path indexDir, RulePack pack, boolean all) {
    public Request {
      Objects.requireNonNull(indexDir, "indexDir");
      Objects.requireNonNull(pack, "pack");
    }
  }

  /** How many items were classified again, and by which pack. */
  public record Result(long items, String packOrigin) {}

  public Result run(Request request) {
    HistoryIndex.open(request.indexDir()).close(); // a clear "no index" error rather than a new index
    CompiledRules rules = app.rules().compile(request.pack());
    String fingerprint = rules.fingerprint();
    long[] count = {0};
    // The writer first: it takes the lock, so the snapshot read below cannot change under us.
    try (IndexUpdate update = IndexUpdate.open(request.indexDir());
        HistoryIndex index = HistoryIndex.open(request.indexDir());
        Classifier classifier = rules.newClassifier()) {
      // Every item asks for its history: read it once rather than querying the index per item.
      History history = HistorySnapshot.of(index);
      index.forEachItemWithJson((hit, json) -> {
        Classification old = hit.classification();
        if (request.all() || old == null || !old.fingerprint().equals(fingerprint)) {
          update.put(hit.item(), json, classifier.classify(hit.item(), history));
          count[0]++;
        }
      });
      AccountJudge accounts = new AccountJudge(classifier, fingerprint);
      accounts.seeAll(index.authors());
      index.accountVerdicts().stream().map(AccountVerdict::account).forEach(accounts::see);
      accounts.storeIn(update);
      update.commit(Map.of(
          CommitKeys.RULES_FINGERPRINT, fingerprint,
          CommitKeys.LAST_CLASSIFY, app.clock().instant().toString()));
    }
    return new Result(count[0], request.pack().origin());
  }
}
