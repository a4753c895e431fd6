package io.devpulse.classify;

import io.devpulse.classify.internal.HistoryKeys;
import io.devpulse.classify.internal.HistoryNames;
import io.devpulse.classify.internal.LiveHistory;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.index.IndexedItem;
import io.devpulse.index.ItemColumns;
import io.devpulse.index.PutResult;
import io.devpulse.model.Classification;
import io.devpulse.model.Comment;
import io.devpulse.model.Item;
import io.devpulse.rules.Classified;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Classifies the items a unit of work (an import, a sync page) puts, so that what it commits is
 * what classifying the whole index in creation order would give: each item is classified as it
 * arrives with the history of everything held so far ({@link LiveHistory}), then {@link #settle}
 * runs a {@link ClassificationPass} over the index with the unit's items — re-classifying what
 * arriving out of order changed, here or in later items already stored — and re-puts the items
 * whose classification changed. Not thread-safe; one per unit of work (or a sequence of them, as a
 * sync's pages); close it when done.
 */
public final class BatchClassification implements AutoCloseable {
  private final CompiledRules rules;
  private final Classifier classifier;
  private ItemColumns before;
  private LiveHistory live;
  private Arrivals put;

  /** Keys of the items whose comments this unit put: their engagement changed. */
  private final Set<String> engaged = new HashSet<>();

  /**
   * The marks of items as duplicates of others ({@link HistoryIndex#duplicateLinks()}) when the
   * unit began, null until its first put: the items whose marks the unit changes are classified
   * again when it settles.
   */
  private Map<String, List<Integer>> linksBefore;

  public BatchClassification(CompiledRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.classifier = rules.newClassifier();
  }

  @Override
  public void close() {
    classifier.close();
  }

  /** Classifies {@code item} and puts it with {@code json}. */
  public PutResult put(IndexUpdate update, Item item, String json) {
    if (before == null) {
      try (HistoryIndex committed = update.reader()) {
        before = committed.itemColumns();
        if (linksBefore == null) {
          linksBefore = committed.duplicateLinks();
        }
      }
      HistoryNames names = new HistoryNames();
      live = LiveHistory.of(before, names);
      put = new Arrivals(names);
    }
    String repository = item.repository().key();
    long created = item.createdAt().toEpochMilli();
    List<String> labels = List.copyOf(HistoryKeys.sorted(item.labels()));
    int[][] raw = live.raw(repository, item.author().login(), labels, created);
    HistoryFacts facts = put.names().facts(item.author().login(), labels, raw);
    Classified classified = classifier.classify(item, facts.asHistory(), null);
    Classification c = classified.classification();
    PutResult result = update.put(item, json, c, classified.termHits());
    if (result != PutResult.KEPT_NEWER) {
      // What the settling pass needs of it: its topics and packed counts, not the objects.
      put.put(item.key(), c.ownTopics(), raw);
      if (result == PutResult.ADDED) {
        live.add(repository, item.author().login(), item.labels(), created, c.ownTopics());
      }
    }
    return result;
  }

  /**
   * Puts {@code comment} with {@code json}; unless the index held a newer copy, its item is
   * classified again when the unit settles (its engagement may have changed), whether or not the
   * item itself came with the unit; so is an item the comment marks (or no longer marks) its own
   * item a duplicate of.
   */
  public PutResult putComment(IndexUpdate update, Comment comment, String json) {
    if (linksBefore == null) {
      try (HistoryIndex held = update.reader()) {
        linksBefore = held.duplicateLinks();
      }
    }
    PutResult result = update.put(comment, json);
    if (result != PutResult.KEPT_NEWER) {
      engaged.add(Item.keyOf(comment.repository(), comment.itemNumber()));
    }
    return result;
  }

  /**
   * Settles the classification of every item (see the class comment) and records the rules'
   * fingerprint on every item; call before committing. The next {@link #put} starts a new unit from
   * what is held then.
   */
  public void settle(IndexUpdate update) {
    ItemColumns old = before;
    if (old == null && engaged.isEmpty()) {
      linksBefore = null;
      return; // nothing put: nothing to settle
    }
    try (HistoryIndex view = update.reader()) {
      // An item put with comments already held was classified as it arrived without them.
      Set<String> withComments = new HashSet<>(engaged);
      Map<String, List<Integer>> links = view.duplicateLinks();
      Arrivals arrived = put != null ? put : Arrivals.none();
      if (!arrived.isEmpty()) {
        Map<String, Integer> counts = view.commentCounts();
        for (String key : arrived.keys()) {
          if (counts.containsKey(key) || links.containsKey(key)) {
            withComments.add(key);
          }
        }
      }
      // An item another item was marked (or no longer is) a duplicate of in this unit: its
      // engagement changed though neither it nor its comments did.
      Map<String, List<Integer>> was = linksBefore == null ? Map.of() : linksBefore;
      Set<String> targets = new HashSet<>(was.keySet());
      targets.addAll(links.keySet());
      for (String key : targets) {
        if (!Objects.equals(was.get(key), links.get(key))) {
          withComments.add(key);
        }
      }
      ClassificationPass.Result result =
          new ClassificationPass(rules, view)
              .run(view.itemColumns(), old, arrived, false, null, null, withComments);
      write(update, view, result);
    } finally {
      before = null;
      live = null;
      linksBefore = null;
      put = null;
      engaged.clear();
    }
  }

  /**
   * Re-puts the changed items, stores the new term hits of the others in place, and records the
   * fingerprint when some item was classified by other rules.
   */
  public static void write(
      IndexUpdate update, HistoryIndex view, ClassificationPass.Result result) {
    HistoryIndex.ItemLoader loader = view.loader();
    for (ClassificationPass.Change change : result.changes()) {
      Map.Entry<IndexedItem, String> item = loader.itemWithJson(change.summary());
      update.put(item.getKey().item(), item.getValue(), change.after(), change.termHits());
    }
    result.forEachTermHitUpdate(
        (summary, hits) -> {
          if (!update.updateTermHits(summary.key(), hits)) {
            // The index's first term hits (written by an earlier devpulse): put one item whole,
            // the rest in place.
            Map.Entry<IndexedItem, String> item = loader.itemWithJson(summary);
            update.put(item.getKey().item(), item.getValue(), item.getKey().classification(), hits);
          }
        });
    if (result.anyStale()) {
      update.markAllItemsClassifiedBy(result.fingerprint());
    }
  }
}
