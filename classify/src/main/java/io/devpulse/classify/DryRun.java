package io.devpulse.classify;

import io.devpulse.classify.internal.HistoryNames;
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
 * BatchClassification} counts them ({@link LiveHistory}) — or with given facts, or none. Items
 * {@link #add added} join that history as an import's do, so a harness without an index (the
 * evaluation on a data set) classifies items in creation order with the history the product would
 * give them. Not thread-safe; close it when done.
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

  /**
   * Items classified with the history of the items {@link #add added} so far, as if into an empty
   * index.
   */
  public static DryRun withEmptyHistory(CompiledRules rules) {
    return new DryRun(rules, LiveHistory.empty(new HistoryNames()));
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

  /**
   * Adds {@code item}, classified as {@code classification}, to the history later items are
   * classified with, as an import that puts it adds it: counted with its own topics for the items
   * created after it. Add an item once (a second add counts it twice).
   *
   * @throws IllegalStateException without history ({@link #withoutHistory}, or no index)
   */
  public void add(Item item, Classification classification) {
    if (history == null) {
      throw new IllegalStateException("a dry run without history cannot add items to it");
    }
    history.add(
        item.repository().key(),
        item.author().login(),
        item.labels(),
        item.createdAt().toEpochMilli(),
        classification.ownTopics());
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
