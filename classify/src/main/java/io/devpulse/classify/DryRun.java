package io.devpulse.classify;

import io.devpulse.classify.internal.LiveHistory;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Classification;
import io.devpulse.model.Item;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.History;
import java.util.Objects;

/**
 * Classifies items without storing them (`classify FILE`, evaluation): each with the history facts
 * an import would give it — its author's and labels' earlier items in the index, counted as {@link
 * BatchClassification} counts them ({@link LiveHistory}) — or with given facts, or none. Not
 * thread-safe; close it when done.
 */
public final class DryRun implements AutoCloseable {
  private final Classifier classifier;
  private final LiveHistory history;

  private DryRun(CompiledRules rules, LiveHistory historyOrNull) {
    this.classifier = Objects.requireNonNull(rules, "rules").newClassifier();
    this.history = historyOrNull;
  }

  /**
   * Items classified with the history of the items of {@code indexOrNull} (none without an index).
   */
  public static DryRun withHistoryOf(CompiledRules rules, HistoryIndex indexOrNull) {
    return new DryRun(
        rules, indexOrNull == null ? null : LiveHistory.of(indexOrNull.itemColumns()));
  }

  /** Items classified with the facts the caller gives ({@link #classify(Item, HistoryFacts)}). */
  public static DryRun withoutHistory(CompiledRules rules) {
    return new DryRun(rules, null);
  }

  /** {@code item}'s classification with the history of the index's items created before it. */
  public Classification classify(Item item) {
    if (history == null) {
      return classifier.classify(item, History.NONE);
    }
    HistoryFacts facts =
        history.facts(
            item.repository().key(),
            item.author().login(),
            item.labels(),
            item.createdAt().toEpochMilli());
    return classifier.classify(item, facts.asHistory());
  }

  /** {@code item}'s classification with {@code factsOrNull} (null: no history facts at all). */
  public Classification classify(Item item, HistoryFacts factsOrNull) {
    return classifier.classify(item, factsOrNull == null ? History.NONE : factsOrNull.asHistory());
  }

  @Override
  public void close() {
    classifier.close();
  }
}
