package io.devpulse.classify;

import io.devpulse.classify.internal.HistoryKeys;
import io.devpulse.classify.internal.HistoryNames;
import io.devpulse.classify.internal.ItemKeySet;
import io.devpulse.classify.internal.LiveHistory;
import io.devpulse.classify.internal.RunningCounts;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

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

  /**
   * Items offered and not put yet, per worker: enough that the workers rarely run dry while the
   * thread that puts them waits for the oldest (in the 100k scale corpus 4 % of the items share
   * their author or a label with the item just before them, created earlier, 39 % with one of the
   * 16 before them, and wait for its topics), few enough to hold little. At 8 per worker that
   * thread waited 7,392 times, 14 s in all, in a 100k import; at 64, 5,694 times, 7.5 s.
   */
  private static final int WINDOW_PER_WORKER = 64;

  private final int workerCount;
  private final int window;
  private ArrivalWorkers workers;

  /** The items offered and not put yet, in the order offered. */
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();

  /** Classifies every item on the calling thread. */
  public BatchClassification(CompiledRules rules) {
    this(rules, 0);
  }

  /**
   * Classifies the items {@link #offer offered} on {@code workers} threads of its own (none: on the
   * calling thread, as {@link #put} does).
   */
  public BatchClassification(CompiledRules rules, int workers) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.classifier = rules.newClassifier();
    if (workers < 0) {
      throw new IllegalArgumentException("workers (" + workers + ") must not be negative");
    }
    this.workerCount = workers;
    this.window = WINDOW_PER_WORKER * Math.max(1, workers);
  }

  @Override
  public void close() {
    pending.clear();
    if (workers != null) {
      workers.close(); // before the view their loaders read is closed
      workers = null;
    }
    closeDiscussion();
    classifier.close();
  }

  /** An item offered, until it is put. */
  private static final class Pending {
    final Item item;
    final String json;
    final Consumer<PutResult> onPut;
    final String repository;
    final String key;
    final String login;
    final List<String> labels;
    final long created;

    /** Its history keys (interned): an earlier item under one of them counts in its facts. */
    int[] keys;

    /**
     * The items offered before it, not put then, whose topics count in its facts; emptied once it
     * is put.
     */
    final List<Pending> blockers = new ArrayList<>(0);

    /** Whether it was handed on with some blockers' topics counted before they were put. */
    boolean speculative;

    /** Whether it was put. */
    boolean put;

    /** The history counts it is classified with. */
    int[][] raw;

    /** Its classification on a worker, null until handed to one. */
    CompletableFuture<Classified> result;

    Pending(Item item, String json, Consumer<PutResult> onPut) {
      this.item = item;
      this.json = json;
      this.onPut = onPut;
      this.repository = item.repository().key();
      this.key = item.key();
      this.login = item.author().login();
      this.labels = List.copyOf(HistoryKeys.sorted(item.labels()));
      this.created = item.createdAt().toEpochMilli();
    }
  }

  /** Classifies {@code item} and puts it with {@code json} (after the items offered before). */
  public PutResult put(IndexUpdate update, Item item, String json) {
    drain(update);
    open(update);
    Pending p = new Pending(item, json, null);
    p.raw = live.raw(p.repository, p.login, p.labels, p.created);
    return commit(update, p, classifyHere(p));
  }

  /**
   * Classifies {@code item} and puts it with {@code json}, as {@link #put} does, but on the unit's
   * workers when it has any: the items offered are put in the order offered (each told to {@code
   * onPut}, on this thread, during this call or a later one of this unit), with what {@link #put}
   * one by one would store. An item's history facts count the topics of the earlier-created items
   * of its author and labels: an item offered while such an item is still being classified is
   * handed to a worker once that one's topics are known, with them counted as if it were put
   * already; should it not be put so (an older copy), the item is classified again here.
   */
  public void offer(IndexUpdate update, Item item, String json, Consumer<PutResult> onPut) {
    if (workerCount == 0) {
      onPut.accept(put(update, item, json));
      return;
    }
    open(update);
    while (pending.size() >= window) {
      commitHead(update);
    }
    Pending p = new Pending(item, json, onPut);
    List<String> keys = HistoryKeys.keys(p.repository, p.login, p.labels);
    p.keys = new int[keys.size()];
    for (int i = 0; i < p.keys.length; i++) {
      p.keys[i] = put.names().key(keys.get(i));
    }
    for (Pending q : pending) {
      if (q.created < p.created && shares(q.keys, p.keys)) {
        p.blockers.add(q); // its topics count in p's facts
      }
    }
    pending.addLast(p);
    dispatchReady();
  }

  /** Puts every item offered and not put yet. */
  public void drain(IndexUpdate update) {
    while (!pending.isEmpty()) {
      commitHead(update);
    }
  }

  private static boolean shares(int[] a, int[] b) {
    for (int x : a) {
      if (contains(b, x)) {
        return true;
      }
    }
    return false;
  }

  /** Opens the unit's view on its first item. */
  private void open(IndexUpdate update) {
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
  }

  /**
   * Hands to the workers every item held whose blockers' topics are known: put, or classified. True
   * if it handed on any.
   */
  private boolean dispatchReady() {
    boolean any = false;
    for (Pending q : pending) {
      if (q.result == null && ready(q)) {
        dispatch(q);
        any = true;
      }
    }
    return any;
  }

  private static boolean ready(Pending q) {
    for (Pending b : q.blockers) {
      if (!b.put
          && (b.result == null || !b.result.isDone() || b.result.isCompletedExceptionally())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Hands {@code p} to a worker with its history as it is now plus the topics of its blockers not
   * put yet, counted as if they were.
   */
  private void dispatch(Pending p) {
    if (workers == null) {
      workers = new ArrivalWorkers(rules, workerCount);
    }
    int[][] raw = live.raw(p.repository, p.login, p.labels, p.created);
    HistoryNames names = put.names();
    for (Pending b : p.blockers) {
      if (!b.put) {
        int[] topics =
            names.topicSetIds(
                names.topicSet(ArrivalWorkers.await(b.result).classification().ownTopics()));
        for (int i = 0; i < p.keys.length; i++) {
          if (contains(b.keys, p.keys[i])) {
            raw[i] = RunningCounts.plus(raw[i], topics);
          }
        }
        p.speculative = true;
      }
    }
    p.raw = raw;
    p.result = workers.submit(discussion, classification(p));
  }

  private static boolean contains(int[] keys, int key) {
    for (int k : keys) {
      if (k == key) {
        return true;
      }
    }
    return false;
  }

  /**
   * Puts the first item offered and not put yet, handing on to the workers the items that become
   * ready while it waits for it.
   */
  private void commitHead(IndexUpdate update) {
    Pending p = pending.getFirst();
    try {
      while (p.result == null || !p.result.isDone()) {
        if (!dispatchReady()) {
          awaitAny(p);
        }
      }
      Classified classified = ArrivalWorkers.await(p.result);
      if (p.speculative) {
        // Its blockers' topics were counted as put: they were, unless one was an older copy.
        int[][] exact = live.raw(p.repository, p.login, p.labels, p.created);
        boolean same = RunningCounts.sameCounts(exact, p.raw);
        p.raw = exact;
        if (!same) {
          classified = classifyHere(p);
        }
      }
      pending.removeFirst();
      p.put = true;
      // Later items may still name it a blocker, but what it waited for no one asks any more: let
      // go, or every item put would stay reachable through a chain of shared authors and labels.
      p.blockers.clear();
      p.onPut.accept(commit(update, p, classified));
    } catch (RuntimeException | Error e) {
      pending.clear(); // the unit failed: nothing after it is put
      throw e;
    }
  }

  /**
   * Waits until one of the held items being classified is: the head {@code p}, or an item some held
   * item waits for. Each once, however many wait for it: an item sharing a busy label has a blocker
   * in most of the window, and a completion registered per blocker and waiter cost more CPU than
   * the window saved.
   */
  private void awaitAny(Pending p) {
    List<CompletableFuture<Classified>> running = new ArrayList<>();
    if (p.result != null) {
      running.add(p.result); // done since the caller looked: no wait
    }
    for (Pending q : pending) {
      if (q != p && q.result != null && !q.result.isDone()) {
        running.add(q.result);
      }
    }
    if (running.isEmpty()) {
      throw new IllegalStateException("no item being classified, none ready: " + p.key);
    }
    try {
      CompletableFuture.anyOf(running.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException | CancellationException e) {
      // one failed: thrown when its turn to be put comes
    }
  }

  /** Classifies {@code p} on this thread, with the history counts it holds. */
  private Classified classifyHere(Pending p) {
    ArrivalWorkers.Task task = classification(p); // opens the view's loader on first use
    return task.run(classifier, discussionLoader);
  }

  /**
   * {@code p}'s classification with the history counts it holds now and the discussion the unit's
   * view holds on it, for a classifier and a loader over that view (this thread's, or a worker's).
   */
  private ArrivalWorkers.Task classification(Pending p) {
    int[] docs = commentDocs().docs(p.repository, p.item.number());
    List<Integer> duplicates = discussionLinks.getOrDefault(p.key, List.of());
    HistoryNames names = put.names();
    Item item = p.item;
    String login = p.login;
    List<String> labels = p.labels;
    int[][] raw = p.raw;
    return (classifier, loader) ->
        classifier.classify(
            item,
            docs.length == 0 ? List.of() : loader.comments(docs),
            duplicates,
            names.facts(login, labels, raw).asHistory(),
            null);
  }

  /** Puts {@code p} with its classification and records what the settle needs of it. */
  private PutResult commit(IndexUpdate update, Pending p, Classified classified) {
    Classification c = classified.classification();
    PutResult result = update.put(p.item, p.json, c, classified.termHits());
    if (result != PutResult.KEPT_NEWER) {
      // What the settling pass needs of it: its topics and packed counts, not the objects.
      put.put(p.key, c.ownTopics(), p.raw);
      if (!unseen.contains(p.repository, p.item.number())) {
        engaged.remove(p.repository, p.item.number()); // classified with every comment put on it
      }
      if (result == PutResult.ADDED) {
        live.add(p.repository, p.login, p.item.labels(), p.created, c.ownTopics());
      }
    }
    return result;
  }

  private CommentDocs commentDocs() {
    if (discussionComments == null) {
      discussionComments = discussion.commentDocIndex();
      discussionLoader = discussion.loader();
    }
    return discussionComments;
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
    drain(update);
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
    drain(update);
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
