package io.devpulse.classify;

import io.devpulse.classify.internal.HistoryNames;
import io.devpulse.classify.internal.RunningCounts;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexedItem;
import io.devpulse.index.ItemSummary;
import io.devpulse.model.Classification;
import io.devpulse.rules.Classified;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.TermEdit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings the classification of every item of an index in line with one rule pack,
 * deterministically: an item's classification is the rules' verdict on the item with the history of
 * the items of its repository created strictly before it, as those are classified — whatever order
 * items arrived in, in however many batches. Nothing is written here; the caller stores {@link
 * Result#changes()}.
 *
 * <p>How: items are visited in creation order while running counts per author and label (of the
 * items and of their topics) give each its history facts ({@link HistoryFacts}). An item whose
 * facts equal those its present classification was made with keeps it without running the rules:
 * for a stored item of the current rules those are the facts of the index before the unit of work
 * (which was consistent then), for an item put by the unit the facts it was classified with as it
 * arrived. The other items are classified, on a pool of worker threads (one classifier and item
 * loader each), with the facts of that sweep; since a new classification can change the facts of
 * later items, sweeps repeat until one finds nothing to do (each settles at least the earliest item
 * left, and after a few rounds one sequential sweep settles the rest). The result depends only on
 * the pack and the items, never on the rounds or the threads.
 */
public final class ClassificationPass {
  /**
   * Parallel rounds before the sequential sweep that finishes any (rare) long chain of
   * dependencies.
   */
  private static final int PARALLEL_ROUNDS = 4;

  private static final boolean TRACE = Boolean.getBoolean("devpulse.trace.pass");

  /** Where {@code -Ddevpulse.trace.pass=true} reports each round's timing (a developer's aid). */
  private static final System.Logger TRACE_LOG =
      System.getLogger(ClassificationPass.class.getName());

  /**
   * What an item a unit of work put was classified with: the rules' verdict and the history facts.
   */
  public record Known(Classification classification, HistoryFacts facts) {}

  /**
   * An item whose classification changes: as the index holds it now, and as the rules say, with the
   * term hits the rules encoded (to store with it; null when they could not be encoded).
   */
  public record Change(
      ItemSummary summary, Classification before, Classification after, byte[] termHits) {}

  /** The outcome of a pass. */
  public static final class Result {
    private final HistoryNames names;
    private final List<Slot> slots;
    private final List<Change> changes;
    private final int classified;
    private final int textsMatched;
    private final boolean anyStale;
    private final String fingerprint;

    Result(
        HistoryNames names,
        List<Slot> slots,
        List<Change> changes,
        int classified,
        int textsMatched,
        boolean anyStale,
        String fingerprint) {
      this.names = names;
      this.slots = slots;
      this.changes = changes;
      this.classified = classified;
      this.textsMatched = textsMatched;
      this.anyStale = anyStale;
      this.fingerprint = fingerprint;
    }

    /**
     * The items whose stored classification differs from the rules' (topics, priority, primary,
     * findings or evidence).
     */
    public List<Change> changes() {
      return changes;
    }

    /**
     * Item → new term hits, in creation order, for the items whose classification stands but whose
     * text was matched again (their stored hits were missing or made under other term lists) or
     * whose hits a term edit re-stamped: to store in place.
     */
    public Map<ItemSummary, byte[]> termHitUpdates() {
      Map<ItemSummary, byte[]> out = new java.util.LinkedHashMap<>();
      for (Slot s : slots) {
        boolean changed = s.ran != null && s.ran.differs(); // a change: re-put whole, with its hits
        if (s.hits != null && s.hits.fresh() && !changed) {
          out.put(s.now.summary(), s.hits.bytes());
        }
      }
      return out;
    }

    /**
     * How many times an item's text was cleaned and matched against the term lists (its stored term
     * hits were missing or made under other lists); the other runs of the rules reused the stored
     * hits.
     */
    public int textsMatched() {
      return textsMatched;
    }

    /** How many times the rules ran (an item may be classified again when its history changed). */
    public int classified() {
      return classified;
    }

    /**
     * How many distinct items the rules ran on: an item classified again for its history counts
     * once.
     */
    public int itemsClassified() {
      int n = 0;
      for (Slot s : slots) {
        if (s.now != null && s.ran != null) {
          n++;
        }
      }
      return n;
    }

    /** The rules' fingerprint. */
    public String fingerprint() {
      return fingerprint;
    }

    /**
     * Whether any item was classified by other rules (or none): its fingerprint needs recording.
     */
    public boolean anyStale() {
      return anyStale;
    }

    /**
     * Item key → the classification the rules give it, for the items whose classification is not as
     * stored.
     */
    public Map<String, Classification> reclassified() {
      Map<String, Classification> out = new HashMap<>();
      for (Slot s : slots) {
        if (s.now != null && s.verdict != null && s.verdict.classification() != null) {
          out.put(s.now.summary().key(), s.verdict.classification());
        }
      }
      return out;
    }

    /** Item key → the history facts the rules give it (every earlier item as classified here). */
    public Map<String, HistoryFacts> facts(Set<String> keys) {
      Map<String, HistoryFacts> out = new HashMap<>();
      RunningCounts counts = new RunningCounts(names);
      forEachGroup(
          slots,
          group -> {
            for (Slot s : group) {
              if (s.now != null && keys.contains(s.now.summary().key())) {
                out.put(
                    s.now.summary().key(),
                    names.facts(s.now.summary(), s.now.labels(), counts.snapshot(s.now.keys())));
              }
            }
            for (Slot s : group) {
              if (s.now != null) {
                counts.add(s.now.keys(), s.topicIds);
              }
            }
          });
      return out;
    }
  }

  /**
   * How an item counted in history before the unit of work: under its keys, with its stored own
   * topics.
   */
  private record Before(ItemSummary summary, int[] keys, int[] topicIds) {}

  /**
   * How an item counts now: under its keys (labels sorted as facts list them); its topics are the
   * sweep's.
   */
  private record Now(ItemSummary summary, List<String> labels, int[] keys) {}

  /** A classification and the raw history counts it was made with. */
  private record Verdict(Classification classification, int[][] raw) {}

  /**
   * Term hits the rules last used for an item; fresh when matched or re-stamped in this pass (to
   * store).
   */
  private record Hits(byte[] bytes, boolean fresh) {}

  /**
   * The rules ran on an item: whether their last verdict differs from the index's, and that one if
   * so.
   */
  private record Ran(boolean differs, Classification replaced) {}

  /**
   * One item in the sweep: as before the unit of work ({@code old}, null for a new one) and as now
   * ({@code now}, null for one gone), and where the pass stands with it.
   */
  private static final class Slot {
    final Before old;
    final Now now;
    final long created;

    /** The present verdict when it is not the stored one (null: as stored, or none yet). */
    Verdict verdict;

    /** Whether the stored classification stands as made with the old history. */
    boolean stored;

    /** Set once the rules ran on the item in this pass. */
    Ran ran;

    /** Term hits to reuse or store (null: read the stored ones when needed). */
    Hits hits;

    /** The unit of work changed the item's comments: the rules run on it in this pass. */
    boolean engaged;

    /** Topics counted for later items in the sweep under way. */
    int[] topicIds;

    Slot(Before old, Now now) {
      this.old = old;
      this.now = now;
      this.created = now != null ? now.summary().created() : old.summary().created();
    }
  }

  private record Work(Slot slot, int[][] raw) {}

  private final CompiledRules rules;
  private final HistoryIndex view;
  private final int threads;

  /**
   * @param view the index as it is now (a writer's near-real-time view, or the committed index)
   */
  public ClassificationPass(CompiledRules rules, HistoryIndex view) {
    this(rules, view, Runtime.getRuntime().availableProcessors());
  }

  public ClassificationPass(CompiledRules rules, HistoryIndex view, int threads) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.view = Objects.requireNonNull(view, "view");
    this.threads = Math.max(1, threads);
  }

  /**
   * Settles every item of {@code view}.
   *
   * @param before the items as they were before the unit of work (each classified consistently, or
   *     stale); null when the unit put nothing (a reclassification: {@code view} is that state)
   * @param put the items this unit put, by key, with what they were classified with
   * @param all run the rules on every item, not only those whose history or rules changed
   */
  public Result run(List<ItemSummary> before, Map<String, Known> put, boolean all) {
    return run(before, put, all, null, null);
  }

  /**
   * As {@link #run(List, Map, boolean)}, knowing that the items classified by the rules with
   * fingerprint {@code editedFrom} would be classified alike by these rules unless {@code edit}
   * touches them (the two packs differ in term lists only): the rules run only on the touched ones
   * (and on those whose history that changes).
   */
  public Result run(
      List<ItemSummary> before,
      Map<String, Known> put,
      boolean all,
      TermEdit edit,
      String editedFrom) {
    return run(view.itemSummaries(), before, put, all, edit, editedFrom);
  }

  /**
   * As {@link #run(List, Map, boolean, TermEdit, String)}, with {@code now}, the view's {@link
   * HistoryIndex#itemSummaries()}, already read (e.g. while the rules compiled).
   */
  public Result run(
      List<ItemSummary> now,
      List<ItemSummary> before,
      Map<String, Known> put,
      boolean all,
      TermEdit edit,
      String editedFrom) {
    return run(now, before, put, all, edit, editedFrom, Set.of());
  }

  /**
   * As {@link #run(List, List, Map, boolean, TermEdit, String)}, running the rules on the items
   * whose keys are in {@code engaged} whatever they were classified with: the unit of work changed
   * their comments, or the marks of other items as duplicates of them, which their {@link
   * io.devpulse.rules.facts.Engagement} is made of.
   */
  public Result run(
      List<ItemSummary> now,
      List<ItemSummary> before,
      Map<String, Known> put,
      boolean all,
      TermEdit edit,
      String editedFrom,
      Set<String> engaged) {
    long t0 = System.nanoTime();
    HistoryNames names = new HistoryNames();
    List<Slot> slots = slots(before == null ? now : before, now, names);
    String fingerprint = rules.fingerprint();
    boolean anyStale = false;
    for (Slot s : slots) {
      if (s.now == null) {
        continue;
      }
      Known k = put.get(s.now.summary().key());
      if (engaged.contains(s.now.summary().key())) {
        s.engaged = true; // neither as put nor as stored: classified with its comments now
        anyStale |= !fingerprint.equals(s.now.summary().fingerprint());
      } else if (k != null) {
        s.verdict = new Verdict(k.classification(), names.raw(k.facts(), s.now.labels()));
      } else if (fingerprint.equals(s.now.summary().fingerprint()) && s.old != null && !all) {
        s.stored = true;
      } else {
        anyStale |= !fingerprint.equals(s.now.summary().fingerprint());
      }
    }
    if (TRACE) {
      TRACE_LOG.log(
          System.Logger.Level.INFO,
          String.format(
              Locale.ROOT,
              "pass: %d slots read in %.1f ms",
              slots.size(),
              (System.nanoTime() - t0) / 1e6));
    }
    int classified = 0;
    int textsMatched;
    try (Workers workers = new Workers(names)) {
      if (edit != null && editedFrom != null && !all) {
        List<Slot> candidates = new ArrayList<>();
        for (Slot s : slots) {
          if (s.now != null
              && s.old != null
              && s.verdict == null
              && !s.stored
              && !s.engaged
              && editedFrom.equals(s.now.summary().fingerprint())) {
            candidates.add(s);
          }
        }
        long t1 = System.nanoTime();
        candidates.sort(Comparator.comparingInt(s -> s.now.summary().doc()));
        workers.untouched(candidates, edit);
        if (TRACE) {
          TRACE_LOG.log(
              System.Logger.Level.INFO,
              String.format(
                  Locale.ROOT,
                  "pass: term edit %s: %d items checked in %.1f ms",
                  edit.changedFiles(),
                  candidates.size(),
                  (System.nanoTime() - t1) / 1e6));
        }
      }
      for (int round = 0; ; round++) {
        boolean inline = round >= PARALLEL_ROUNDS;
        long t1 = System.nanoTime();
        List<Work> work = sweep(slots, names, inline ? workers : null);
        if (TRACE) {
          TRACE_LOG.log(
              System.Logger.Level.INFO,
              String.format(
                  Locale.ROOT,
                  "pass: round %d: sweep %.1f ms, %d to classify%s",
                  round,
                  (System.nanoTime() - t1) / 1e6,
                  inline ? workers.inlineCount : work.size(),
                  inline ? " (inline)" : ""));
        }
        classified += inline ? workers.inlineCount : 0;
        if (work.isEmpty()) {
          break;
        }
        long t2 = System.nanoTime();
        // In index order, so neighbouring items share the stored-field blocks each thread
        // decompresses.
        work.sort(Comparator.comparingInt(w -> w.slot().now.summary().doc()));
        workers.classify(work);
        if (TRACE) {
          TRACE_LOG.log(
              System.Logger.Level.INFO,
              String.format(
                  Locale.ROOT,
                  "pass: round %d: classified in %.1f ms",
                  round,
                  (System.nanoTime() - t2) / 1e6));
        }
        classified += work.size();
      }
      textsMatched = workers.textsMatched.get();
    }
    List<Change> changes = new ArrayList<>();
    for (Slot s : slots) {
      if (s.ran != null && s.ran.differs()) {
        changes.add(
            new Change(
                s.now.summary(), s.ran.replaced(), s.verdict.classification(), s.hits.bytes()));
      }
    }
    return new Result(
        names, slots, List.copyOf(changes), classified, textsMatched, anyStale, fingerprint);
  }

  /**
   * Topics (inferred ones too), priority, primary topic, findings and evidence equal (the
   * fingerprint aside).
   */
  public static boolean sameResult(Classification a, Classification b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.topics().equals(b.topics())
        && a.inferred().equals(b.inferred())
        && a.priority() == b.priority()
        && a.primary().equals(b.primary())
        && a.findings().equals(b.findings())
        && a.evidence().equals(b.evidence());
  }

  /** An item as before and as now (either may be null), before the sweep's types are built. */
  private record Pair(ItemSummary old, ItemSummary now) {
    long created() {
      return now != null ? now.created() : old.created();
    }

    String key() {
      return now != null ? now.key() : old.key();
    }
  }

  private static List<Slot> slots(
      List<ItemSummary> before, List<ItemSummary> now, HistoryNames names) {
    Map<String, ItemSummary> old = new HashMap<>(before.size() * 2);
    for (ItemSummary s : before) {
      old.put(s.key(), s);
    }
    List<Pair> pairs = new ArrayList<>(now.size() + 16);
    for (ItemSummary s : now) {
      ItemSummary o = old.remove(s.key());
      if (o != null && o.created() != s.created()) {
        pairs.add(new Pair(o, null));
        o = null;
      }
      pairs.add(new Pair(o, s));
    }
    for (ItemSummary o : old.values()) {
      pairs.add(new Pair(o, null));
    }
    pairs.sort(Comparator.comparingLong(Pair::created).thenComparing(Pair::key));
    List<Slot> slots = new ArrayList<>(pairs.size());
    for (Pair p : pairs) {
      Before b = null;
      List<String> oldLabels = null;
      if (p.old() != null) {
        oldLabels = sortedLabels(p.old());
        b = new Before(p.old(), names.keys(p.old(), oldLabels), names.topics(p.old().ownTopics()));
      }
      Now n = null;
      if (p.now() != null) {
        List<String> labels =
            p.old() != null && p.old().labels().equals(p.now().labels())
                ? oldLabels
                : sortedLabels(p.now());
        n = new Now(p.now(), labels, names.keys(p.now(), labels));
      }
      slots.add(new Slot(b, n));
    }
    return slots;
  }

  private static List<String> sortedLabels(ItemSummary s) {
    return s.labels().size() <= 1 ? s.labels() : List.copyOf(new TreeSet<>(s.labels()));
  }

  private interface GroupAction {
    void accept(List<Slot> group);
  }

  /**
   * The slots in groups of equal creation time (which do not see each other), in creation order.
   */
  private static void forEachGroup(List<Slot> slots, GroupAction action) {
    int i = 0;
    List<Slot> group = new ArrayList<>();
    while (i < slots.size()) {
      group.clear();
      long t = slots.get(i).created;
      while (i < slots.size() && slots.get(i).created == t) {
        group.add(slots.get(i++));
      }
      action.accept(group);
    }
  }

  /**
   * One sweep in creation order: the items whose facts differ from those of their present
   * classification. With {@code inline}, classifies each such item on the spot (so the sweep ends
   * with all settled).
   */
  private List<Work> sweep(List<Slot> slots, HistoryNames names, Workers inline) {
    RunningCounts oldCounts = new RunningCounts(names);
    RunningCounts newCounts = new RunningCounts(names);
    boolean[][] dirty = {new boolean[names.size()]};
    boolean[] anyDirty = {false};
    List<Work> work = new ArrayList<>();
    if (inline != null) {
      inline.inlineCount = 0;
    }
    forEachGroup(
        slots,
        group -> {
          for (Slot s : group) {
            if (s.now == null) {
              continue;
            }
            if (s.stored
                && !(anyDirty[0] && dirty(dirty[0], s.now.keys()))
                && !(anyDirty[0] && dirty(dirty[0], s.old.keys()))) {
              s.topicIds =
                  s.old.topicIds(); // same history as before: the stored classification stands
              continue;
            }
            boolean settled =
                s.stored
                    ? sameAsOld(oldCounts, newCounts, s)
                    : s.verdict != null && newCounts.matches(s.now.keys(), s.verdict.raw());
            if (settled) {
              s.topicIds =
                  s.stored
                      ? s.old.topicIds()
                      : names.topics(s.verdict.classification().ownTopics());
              continue;
            }
            int[][] raw = newCounts.snapshot(s.now.keys());
            if (inline != null) {
              inline.classify(0, new Work(s, raw));
              inline.inlineCount++;
              s.topicIds = names.topics(s.verdict.classification().ownTopics());
            } else {
              work.add(new Work(s, raw));
              s.topicIds =
                  s.verdict != null
                      ? names.topics(s.verdict.classification().ownTopics())
                      : s.old != null
                          ? s.old.topicIds()
                          : names.topics(s.now.summary().ownTopics());
            }
          }
          for (Slot s : group) {
            int[] oldKeys = s.old != null ? s.old.keys() : null;
            int[] nowKeys = s.now != null ? s.now.keys() : null;
            if (s.old != null) {
              oldCounts.add(oldKeys, s.old.topicIds());
            }
            if (s.now != null) {
              newCounts.add(nowKeys, s.topicIds);
            }
            boolean differs =
                s.old == null
                    || s.now == null
                    || !Arrays.equals(s.old.topicIds(), s.topicIds)
                    || !Arrays.equals(oldKeys, nowKeys);
            if (differs) {
              anyDirty[0] = true;
              mark(dirty, oldKeys);
              mark(dirty, nowKeys);
            }
          }
        });
    return work;
  }

  /** A stored slot's history now equals its history before (its keys' old and new counts agree). */
  private static boolean sameAsOld(RunningCounts oldCounts, RunningCounts newCounts, Slot s) {
    return Arrays.equals(s.old.keys(), s.now.keys())
        && newCounts.matches(s.now.keys(), oldCounts.snapshot(s.old.keys()));
  }

  private static boolean dirty(boolean[] dirty, int[] keys) {
    if (keys == null) {
      return false;
    }
    for (int k : keys) {
      if (k < dirty.length && dirty[k]) {
        return true;
      }
    }
    return false;
  }

  private static void mark(boolean[][] dirty, int[] keys) {
    if (keys == null) {
      return;
    }
    for (int k : keys) {
      if (k >= dirty[0].length) {
        dirty[0] = Arrays.copyOf(dirty[0], Math.max(k + 1, dirty[0].length * 2));
      }
      dirty[0][k] = true;
    }
  }

  /** One classifier and item loader per thread, kept for the whole pass. */
  private final class Workers implements AutoCloseable {
    private final HistoryNames names;
    private final Classifier[] classifiers = new Classifier[threads];
    private final HistoryIndex.ItemLoader[] loaders = new HistoryIndex.ItemLoader[threads];

    /**
     * Item key → the documents of the comments held on it (items with none absent), read once per
     * pass when needed.
     */
    private volatile Map<String, int[]> commentDocs;

    /** Item key → the other items marked duplicates of it, read once per pass when needed. */
    private volatile Map<String, List<Integer>> duplicateLinks;

    int inlineCount;
    final AtomicInteger textsMatched = new AtomicInteger();

    /** The worker threads, started on first parallel use and kept for the pass. */
    private ExecutorService pool;

    Workers(HistoryNames names) {
      this.names = names;
    }

    void classify(int worker, Work w) {
      if (classifiers[worker] == null) {
        classifiers[worker] = rules.newClassifier();
      }
      if (loaders[worker] == null) {
        loaders[worker] = view.loader();
      }
      Slot s = w.slot();
      IndexedItem stored = loaders[worker].item(s.now.summary());
      HistoryFacts facts = names.facts(s.now.summary(), s.now.labels(), w.raw());
      byte[] hits = s.hits != null ? s.hits.bytes() : loaders[worker].termHits(s.now.summary());
      Classified c =
          classifiers[worker].classify(
              stored.item(),
              comments(worker, s.now.summary()),
              duplicates(s.now.summary()),
              facts.asHistory(),
              hits);
      if (c.matched()) {
        textsMatched.incrementAndGet();
      }
      // The index holds, for an item this unit put, what it was put with; for the others the stored
      // one.
      Classification current = stored.classification();
      boolean differs = !sameResult(current, c.classification());
      boolean fresh = c.matched() || (s.hits != null && s.hits.fresh());
      // Only a change needs the classification it replaces, and its hits unless they are fresh;
      // should a
      // later round classify the item again, both are read again with it. Kept, they doubled what a
      // 100k-item pass holds (and the collector's work).
      s.hits = fresh || differs ? new Hits(c.termHits(), fresh) : null;
      s.verdict = new Verdict(c.classification(), w.raw());
      s.stored = false;
      s.ran = new Ran(differs, differs ? current : null);
    }

    /** The comments the view holds on the item (its engagement), asked only where there are any. */
    private List<io.devpulse.model.Comment> comments(int worker, ItemSummary summary) {
      Map<String, int[]> docs = commentDocs;
      if (docs == null) {
        synchronized (this) {
          if (commentDocs == null) {
            commentDocs = view.commentDocs();
          }
          docs = commentDocs;
        }
      }
      int[] mine = docs.get(summary.key());
      return mine == null ? List.of() : loaders[worker].comments(mine);
    }

    /**
     * The other items the view holds marks on as duplicates of the item (its engagement), read once
     * per pass.
     */
    private List<Integer> duplicates(ItemSummary summary) {
      Map<String, List<Integer>> links = duplicateLinks;
      if (links == null) {
        synchronized (this) {
          if (duplicateLinks == null) {
            duplicateLinks = view.duplicateLinks();
          }
          links = duplicateLinks;
        }
      }
      return links.getOrDefault(summary.key(), List.of());
    }

    /** Marks the slots {@code edit} does not touch as standing as stored. */
    void untouched(List<Slot> slots, TermEdit edit) {
      parallel(
          slots.size(),
          (worker, i) -> {
            if (loaders[worker] == null) {
              loaders[worker] = view.loader();
            }
            Slot s = slots.get(i);
            if (!edit.touches(loaders[worker].item(s.now.summary()).item())) {
              s.stored = true;
              // Its stored term hits are those of the new lists too: stamp them so, or the next
              // pass matches again.
              byte[] restamped = edit.restamp(loaders[worker].termHits(s.now.summary()));
              if (restamped != null) {
                s.hits = new Hits(restamped, true);
              }
            }
          });
    }

    void classify(List<Work> work) {
      parallel(work.size(), (worker, i) -> classify(worker, work.get(i)));
    }

    private interface Task {
      void run(int worker, int index);
    }

    /**
     * Runs {@code task} for indexes 0..size-1 on the pass's pool, each index once: one job per
     * worker (each with its own classifier and loader), taking indexes in blocks of 16 from a
     * shared counter so that a slow item does not hold up a fixed share. The first failure in index
     * order is thrown, whichever worker met one first.
     */
    private void parallel(int size, Task task) {
      int n = Math.min(threads, (size + 31) / 32);
      if (n <= 1) {
        for (int i = 0; i < size; i++) {
          task.run(0, i);
        }
        return;
      }
      AtomicInteger next = new AtomicInteger();
      AtomicBoolean failed = new AtomicBoolean();
      RuntimeException[] errors = new RuntimeException[size];
      List<Callable<Void>> jobs = new ArrayList<>(n);
      for (int t = 0; t < n; t++) {
        int worker = t;
        jobs.add(
            () -> {
              for (int i = next.getAndAdd(16); i < size && !failed.get(); i = next.getAndAdd(16)) {
                for (int j = i; j < Math.min(i + 16, size); j++) {
                  try {
                    task.run(worker, j);
                  } catch (RuntimeException e) {
                    errors[j] = e;
                    failed.set(true);
                    return null;
                  }
                }
              }
              return null;
            });
      }
      try {
        pool().invokeAll(jobs); // each job catches its own failures: the futures hold nothing
      } catch (InterruptedException e) {
        failed.set(true);
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while classifying", e);
      }
      for (RuntimeException e : errors) {
        if (e != null) {
          throw e;
        }
      }
    }

    private ExecutorService pool() {
      if (pool == null) {
        AtomicInteger named = new AtomicInteger();
        pool =
            Executors.newFixedThreadPool(
                threads,
                r ->
                    Thread.ofPlatform()
                        .name("devpulse-classify-" + named.getAndIncrement())
                        .daemon()
                        .unstarted(r));
      }
      return pool;
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.close(); // waits for every job: no worker still holds a classifier closed below
      }
      for (Classifier c : classifiers) {
        if (c != null) {
          c.close();
        }
      }
    }
  }
}
