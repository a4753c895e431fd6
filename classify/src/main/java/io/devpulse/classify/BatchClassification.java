package io.devpulse.classify;

import io.devpulse.classify.internal.HistoryKeys;
import io.devpulse.classify.internal.HistoryNames;
import io.devpulse.classify.internal.ItemKeySet;
import io.devpulse.classify.internal.LiveHistory;
import io.devpulse.index.CommentDocs;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexUpdate;
import io.devpulse.index.IndexedItem;
import io.devpulse.index.ItemColumns;
import io.devpulse.index.ItemSummary;
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
 * arrives with the history of everything held so far ({@link LiveHistory}) and with its discussion
 * — the comments the index holds on it and the marks of other items as duplicates of it, read from
 * the unit's view as of its first item — then {@link #settle} runs a {@link ClassificationPass}
 * over the index with the unit's items, re-classifying what arriving out of order changed, here or
 * in later items already stored, and the items whose discussion changed after they were classified
 * (comments put after their item, or on items the unit did not put; duplicate marks put after), and
 * re-puts the items whose classification changed. A unit that puts the discussion before the items
 * (as {@code ImportFiles} orders its files) thus runs the rules once per item. Not thread-safe; one
 * per unit of work (or a sequence of them, as a sync's pages); close it when done.
 */
public final class BatchClassification implements AutoCloseable {
  private final CompiledRules rules;
  private final Classifier classifier;
  private ItemColumns before;
  private LiveHistory live;
  private Arrivals put;

  /**
   * The unit's view as of its first item (held until it settles): arriving items are classified
   * with the comments and duplicate marks it holds on them.
   */
  private HistoryIndex discussion;

  private HistoryIndex.ItemLoader discussionLoader;

  /** The documents of the comments {@link #discussion} holds, read when first needed. */
  private CommentDocs discussionComments;

  /** The marks of items as duplicates of others that {@link #discussion} holds. */
  private Map<String, List<Integer>> discussionLinks;

  /**
   * Keys of the items whose comments this unit put and that no arrival classification has seen
   * since: their engagement changed, so they are classified when the unit settles.
   */
  private final ItemKeySet engaged = new ItemKeySet();

  /** Keys of the items whose comments this unit put after {@link #discussion} was opened. */
  private final ItemKeySet unseen = new ItemKeySet();

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
    closeDiscussion();
    classifier.close();
  }

  /** Classifies {@code item} and puts it with {@code json}. */
  public PutResult put(IndexUpdate update, Item item, String json) {
    if (before == null) {
      // Kept open until the unit settles: the discussion of every item the unit puts.
      discussion = update.reader();
      before = discussion.itemColumns();
      discussionLinks = discussion.duplicateLinks();
      if (linksBefore == null) {
        linksBefore = discussionLinks;
      }
      unseen.clear();
      HistoryNames names = new HistoryNames();
      live = LiveHistory.of(before, names);
      put = new Arrivals(names);
    }
    String repository = item.repository().key();
    String key = item.key();
    long created = item.createdAt().toEpochMilli();
    List<String> labels = List.copyOf(HistoryKeys.sorted(item.labels()));
    int[][] raw = live.raw(repository, item.author().login(), labels, created);
    HistoryFacts facts = put.names().facts(item.author().login(), labels, raw);
    Classified classified =
        classifier.classify(
            item,
            heldComments(repository, item.number()),
            discussionLinks.getOrDefault(key, List.of()),
            facts.asHistory(),
            null);
    Classification c = classified.classification();
    PutResult result = update.put(item, json, c, classified.termHits());
    if (result != PutResult.KEPT_NEWER) {
      // What the settling pass needs of it: its topics and packed counts, not the objects.
      put.put(key, c.ownTopics(), raw);
      if (!unseen.contains(repository, item.number())) {
        engaged.remove(repository, item.number()); // classified with every comment put on it
      }
      if (result == PutResult.ADDED) {
        live.add(repository, item.author().login(), item.labels(), created, c.ownTopics());
      }
    }
    return result;
  }

  /** The comments {@link #discussion} holds on item {@code number} of {@code repository}. */
  private List<Comment> heldComments(String repository, int number) {
    if (discussionComments == null) {
      discussionComments = discussion.commentDocIndex();
      discussionLoader = discussion.loader();
    }
    int[] docs = discussionComments.docs(repository, number);
    return docs.length == 0 ? List.of() : discussionLoader.comments(docs);
  }

  private void closeDiscussion() {
    if (discussion != null) {
      discussion.close();
    }
    discussion = null;
    discussionLoader = null;
    discussionComments = null;
    discussionLinks = null;
  }

  /**
   * Puts {@code comment} with {@code json}; unless the index held a newer copy, its item is
   * classified again when the unit settles (its engagement may have changed), whether or not the
   * item itself came with the unit, unless the item arrives later in the unit and is classified
   * with it then; so is an item the comment marks (or no longer marks) its own item a duplicate of.
   */
  public PutResult putComment(IndexUpdate update, Comment comment, String json) {
    if (linksBefore == null) {
      try (HistoryIndex held = update.reader()) {
        linksBefore = held.duplicateLinks();
      }
    }
    PutResult result = update.put(comment, json);
    if (result != PutResult.KEPT_NEWER) {
      String repository = comment.repository().key();
      engaged.add(repository, comment.itemNumber());
      if (discussion != null) {
        // an item arriving later is classified without it: settle classifies it
        unseen.add(repository, comment.itemNumber());
      }
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
      Set<String> reclassify = engaged.keys();
      Arrivals arrived = put != null ? put : Arrivals.none();
      // An item whose marks as a duplicate of by other items changed since it was classified: as
      // it arrived (with the marks of the discussion view), or before the unit.
      Map<String, List<Integer>> links = view.duplicateLinks();
      Map<String, List<Integer>> was = linksBefore == null ? Map.of() : linksBefore;
      Map<String, List<Integer>> seen = discussionLinks == null ? was : discussionLinks;
      Set<String> targets = new HashSet<>(was.keySet());
      targets.addAll(seen.keySet());
      targets.addAll(links.keySet());
      for (String key : targets) {
        List<Integer> classifiedWith = arrived.get(key) != null ? seen.get(key) : was.get(key);
        if (!Objects.equals(classifiedWith, links.get(key))) {
          reclassify.add(key);
        }
      }
      closeDiscussion(); // its comment documents are no longer needed: the pass reads the view's
      // Each decided change is put as the pass goes: what it holds stays bounded, however many
      // items change.
      ClassificationPass.Result result =
          new ClassificationPass(rules, view)
              .run(
                  view.itemColumns(),
                  old,
                  arrived,
                  false,
                  null,
                  null,
                  reclassify,
                  new Writer(update, view));
      write(update, view, result); // anything not handed over yet, and the fingerprint
    } finally {
      closeDiscussion();
      before = null;
      live = null;
      linksBefore = null;
      put = null;
      engaged.clear();
      unseen.clear();
    }
  }

  /**
   * Re-puts the changed items, stores the new term hits of the others in place, and records the
   * fingerprint when some item was classified by other rules.
   */
  public static void write(
      IndexUpdate update, HistoryIndex view, ClassificationPass.Result result) {
    Writer writer = new Writer(update, view);
    result.changes().forEach(writer::change);
    result.forEachTermHitUpdate(writer::termHits);
    if (result.anyStale()) {
      update.markAllItemsClassifiedBy(result.fingerprint());
    }
  }

  /** Writes what a pass decided into the update, reading the items whole from its view. */
  private static final class Writer implements ClassificationPass.Sink {
    private final IndexUpdate update;
    private final HistoryIndex.ItemLoader loader;

    Writer(IndexUpdate update, HistoryIndex view) {
      this.update = update;
      this.loader = view.loader();
    }

    @Override
    public void change(ClassificationPass.Change change) {
      Map.Entry<IndexedItem, String> item = loader.itemWithJson(change.summary());
      update.put(item.getKey().item(), item.getValue(), change.after(), change.termHits());
    }

    @Override
    public void termHits(ItemSummary summary, byte[] hits) {
      if (!update.updateTermHits(summary.key(), hits)) {
        // The index's first term hits (written by an earlier devpulse): put one item whole, the
        // rest in place.
        Map.Entry<IndexedItem, String> item = loader.itemWithJson(summary);
        update.put(item.getKey().item(), item.getValue(), item.getKey().classification(), hits);
      }
    }
  }
}
