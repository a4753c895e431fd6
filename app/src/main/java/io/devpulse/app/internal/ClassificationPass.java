package io.devpulse.app.internal;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexedItem;
import io.devpulse.index.ItemSummary;
import io.devpulse.model.Classification;
import io.devpulse.rules.Classified;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.TermEdit;
import io.devpulse.rules.facts.AuthorHistory;
import io.devpulse.rules.facts.LabelHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings the classification of every item of an index in line with one rule pack, deterministically: an
 * item's classification is the rules' verdict on the item with the history of the items of its repository
 * created strictly before it, as those are classified — whatever order items arrived in, in however many
 * batches. Nothing is written here; the caller stores {@link Result#changes()}.
 *
 * <p>How: items are visited in creation order while running counts per author and label (of the items
 * and of their topics) give each its history facts ({@link HistoryFacts}). An item whose facts equal those
 * its present classification was made with keeps it without running the rules: for a stored item of the
 * current rules those are the facts of the index before the unit of work (which was consistent then), for
 * an item put by the unit the facts it was classified with as it arrived. The other items are classified,
 * on all cores, with the facts of that sweep; since a new classification can change the facts of later
 * items, sweeps repeat until one finds nothing to do (each settles at least the earliest item left, and
 * after a few rounds one sequential sweep settles the rest). The result depends only on the pack and the
 * items, never on the rounds or the threads.
 */
public final class ClassificationPass {
  /** Parallel rounds before the sequential sweep that finishes any (rare) long chain of dependencies. */
  private static final int PARALLEL_ROUNDS = 4;

  private static final boolean TRACE = Boolean.getBoolean("devpulse.trace.pass");

  /**
   * What a classification was made with. A pass keeps the classifications it makes with null facts (their
   * counts are kept as raw ints): a 100k-item pass kept 100k history maps alive otherwise, for nothing.
   */
  public record Known(Classification classification, HistoryFacts facts) {}

  /**
   * An item whose classification changes: as the index holds it now, and as the rules say, with the term
   * hits the rules encoded (to store with it; null when they could not be encoded).
   */
  public record Change(ItemSummary summary, Classification before, Classification after, byte[] termHits) {}

  /** The outcome of a pass. */
  public static final class Result {
    private final Interning names;
    private final List<Slot> slots;
    private final List<Change> changes;
    private final int classified;
    private final int textsMatched;
    private final boolean anyStale;
    private final String fingerprint;

    Result(Interning names, List<Slot> slots, List<Change> changes, int classified, int textsMatched,
        boolean anyStale, String fingerprint) {
      this.names = names;
      this.slots = slots;
      this.changes = changes;
      this.classified = classified;
      this.textsMatched = textsMatched;
      this.anyStale = anyStale;
      this.fingerprint = fingerprint;
    }

    /** The items whose stored classification differs from the rules' (topics, priority or evidence). */
    public List<Change> changes() {
      return changes;
    }

    /**
     * Item → new term hits, in creation order, for the items whose classification stands but whose text
     * was matched again (their stored hits were missing or made under other term lists) or whose hits a
     * term edit re-stamped: to store in place.
     */
    public Map<ItemSummary, byte[]> termHitUpdates() {
      Map<ItemSummary, byte[]> out = new java.util.LinkedHashMap<>();
      for (Slot s : slots) {
        boolean changed = s.rulesRan && s.differs; // a change: re-put whole, with its hits
        if (s.now != null && s.termHitsNew && s.termHits != null && !changed) {
          out.put(s.now, s.termHits);
        }
      }
      return out;
    }

    /**
     * How many times an item's text was cleaned and matched against the term lists (its stored term hits
     * were missing or made under other lists); the other runs of the rules reused the stored hits.
     */
    public int textsMatched() {
      return textsMatched;
    }

    /** How many times the rules ran (an item may be classified again when its history changed). */
    public int classified() {
      return classified;
    }

    /** How many distinct items the rules ran on: an item classified again for its history counts once. */
    public int itemsClassified() {
      int n = 0;
      for (Slot s : slots) {
        if (s.now != null && s.rulesRan) {
          n++;
        }
      }
      return n;
    }

    /** The rules' fingerprint. */
    public String fingerprint() {
      return fingerprint;
    }

    /** Whether any item was classified by other rules (or none): its fingerprint needs recording. */
    public boolean anyStale() {
      return anyStale;
    }

    /** Item key → the classification the rules give it, for the items whose classification is not as stored. */
    public Map<String, Classification> reclassified() {
      Map<String, Classification> out = new HashMap<>();
      for (Slot s : slots) {
        if (s.now != null && s.known != null && s.known.classification() != null) {
          out.put(s.now.key(), s.known.classification());
        }
      }
      return out;
    }

    /** Item key → the history facts the rules give it (every earlier item as classified here). */
    public Map<String, HistoryFacts> facts(Set<String> keys) {
      Map<String, HistoryFacts> out = new HashMap<>();
      Counts counts = new Counts(names);
      forEachGroup(slots, group -> {
        for (Slot s : group) {
          if (s.now != null && keys.contains(s.now.key())) {
            out.put(s.now.key(), names.facts(s.now, s.nowLabels, counts.snapshot(s.nowKeys)));
          }
        }
        for (Slot s : group) {
          if (s.now != null) {
            counts.add(s.nowKeys, s.topicIds);
          }
        }
      });
      return out;
    }
  }

  /** Author and label keys, and topics, as small ints; builds facts from raw counts. */
  static final class Interning {
    final Map<String, Integer> keys = new HashMap<>();
    final Map<String, Integer> topicIds = new HashMap<>();
    final List<String> topics = new ArrayList<>();

    int key(String k) {
      return keys.computeIfAbsent(k, x -> keys.size());
    }

    int topic(String t) {
      Integer id = topicIds.get(t);
      if (id == null) {
        id = topics.size();
        topicIds.put(t, id);
        topics.add(t);
      }
      return id;
    }

    int[] topics(List<String> ts) {
      int[] out = new int[ts.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = topic(ts.get(i));
      }
      return out;
    }

    /** Keys of an item: its author's, then its labels' in facts order (sorted). */
    int[] keys(ItemSummary s, List<String> sortedLabels) {
      int[] out = new int[1 + sortedLabels.size()];
      out[0] = key(HistoryKeys.authorKey(s.repository(), s.author()));
      for (int i = 0; i < sortedLabels.size(); i++) {
        out[i + 1] = key(HistoryKeys.labelKey(s.repository(), sortedLabels.get(i)));
      }
      return out;
    }

    /** Facts from raw counts: per key, [items, count of topic 0, count of topic 1, ...]. */
    HistoryFacts facts(ItemSummary s, List<String> sortedLabels, int[][] raw) {
      AuthorHistory author = new AuthorHistory(s.author(), raw[0][0], topicCounts(raw[0]));
      List<LabelHistory> labels = new ArrayList<>();
      for (int i = 0; i < sortedLabels.size(); i++) {
        if (raw[i + 1][0] > 0) {
          labels.add(new LabelHistory(sortedLabels.get(i), raw[i + 1][0], topicCounts(raw[i + 1])));
        }
      }
      return new HistoryFacts(author, labels);
    }

    private Map<String, Integer> topicCounts(int[] row) {
      Map<String, Integer> out = new HashMap<>();
      for (int t = 1; t < row.length; t++) {
        if (row[t] > 0) {
          out.put(topics.get(t - 1), row[t]);
        }
      }
      return out;
    }

    /** Raw counts from facts (what an item was classified with), in the order of {@code sortedLabels}. */
    int[][] raw(HistoryFacts f, List<String> sortedLabels) {
      int[][] out = new int[1 + sortedLabels.size()][];
      out[0] = row(f.author().items(), f.author().topicCounts());
      Map<String, LabelHistory> byLabel = new HashMap<>();
      for (LabelHistory l : f.labels()) {
        byLabel.putIfAbsent(l.label(), l);
      }
      for (int i = 0; i < sortedLabels.size(); i++) {
        LabelHistory l = byLabel.get(sortedLabels.get(i));
        out[i + 1] = l == null ? new int[] {0} : row(l.items(), l.topicCounts());
      }
      return out;
    }

    private int[] row(int items, Map<String, Integer> counts) {
      int[] row = new int[1];
      row[0] = items;
      for (var e : counts.entrySet()) {
        int t = topic(e.getKey()) + 1;
        if (t >= row.length) {
          row = Arrays.copyOf(row, t + 1);
        }
        row[t] = e.getValue();
      }
      return row;
    }
  }

  /** Running counts per key: [items, count of topic 0, ...]. */
  static final class Counts {
    private int[][] rows;

    Counts(Interning names) {
      rows = new int[Math.max(16, names.keys.size())][];
    }

    void add(int[] keys, int[] topics) {
      for (int k : keys) {
        if (k >= rows.length) {
          rows = Arrays.copyOf(rows, Math.max(k + 1, rows.length * 2));
        }
        int[] row = rows[k];
        if (row == null) {
          row = rows[k] = new int[1];
        }
        row[0]++;
        for (int t : topics) {
          if (t + 1 >= row.length) {
            row = rows[k] = Arrays.copyOf(row, t + 2);
          }
          row[t + 1]++;
        }
      }
    }

    int[][] snapshot(int[] keys) {
      int[][] out = new int[keys.length][];
      for (int i = 0; i < keys.length; i++) {
        int[] row = keys[i] < rows.length ? rows[keys[i]] : null;
        out[i] = row == null ? new int[] {0} : row.clone();
      }
      return out;
    }

    /** Whether the counts now under {@code keys} equal {@code raw} (trailing zeros aside). */
    boolean matches(int[] keys, int[][] raw) {
      if (raw == null || raw.length != keys.length) {
        return false;
      }
      for (int i = 0; i < keys.length; i++) {
        int[] row = keys[i] < rows.length ? rows[keys[i]] : null;
        if (!sameCounts(row == null ? ZERO : row, raw[i])) {
          return false;
        }
      }
      return true;
    }

    private static final int[] ZERO = {0};

    private static boolean sameCounts(int[] a, int[] b) {
      int n = Math.max(a.length, b.length);
      for (int i = 0; i < n; i++) {
        if ((i < a.length ? a[i] : 0) != (i < b.length ? b[i] : 0)) {
          return false;
        }
      }
      return true;
    }
  }

  /** One item in the sweep: as before the unit of work ({@code old}) and as now ({@code now}). */
  static final class Slot {
    final ItemSummary old;
    final ItemSummary now;
    final long created;
    List<String> oldLabels;
    List<String> nowLabels;
    int[] oldKeys;
    int[] nowKeys;
    int[] oldTopicIds;
    /** The present classification when it is not the stored one (null: as stored, or none yet). */
    Known known;
    /** The term hits the rules last used for this item (stored ones, or new). */
    byte[] termHits;
    /** Whether {@link #termHits} were matched in this pass (not as stored). */
    boolean termHitsNew;
    /** The raw facts {@link #known} was made with (null: the old history's, for a stored one). */
    int[][] knownRaw;
    /** Whether the stored classification stands as made with the old history. */
    boolean stored;
    /** The classification in the index now, once loaded (let go again when the rules agree with it). */
    Classification current;
    boolean currentLoaded;
    /** Topics counted for later items in the sweep under way. */
    int[] topicIds;
    boolean rulesRan;
    /** Whether the rules' last verdict differs from {@link #current} (compared where it was made, in parallel). */
    boolean differs;

    Slot(ItemSummary old, ItemSummary now) {
      this.old = old;
      this.now = now;
      this.created = now != null ? now.created() : old.created();
    }
  }

  private record Work(Slot slot, int[][] raw) {}

  private final CompiledRules rules;
  private final HistoryIndex view;
  private final int threads;

  /** @param view the index as it is now (a writer's near-real-time view, or the committed index) */
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
   * @param before the items as they were before the unit of work (each classified consistently, or stale);
   *     null when the unit put nothing (a reclassification: {@code view} is that state)
   * @param put the items this unit put, by key, with what they were classified with
   * @param all run the rules on every item, not only those whose history or rules changed
   */
  public Result run(List<ItemSummary> before, Map<String, Known> put, boolean all) {
    return run(before, put, all, null, null);
  }

  /**
   * As {@link #run(List, Map, boolean)}, knowing that the items classified by the rules with fingerprint
   * {@code editedFrom} would be classified alike by these rules unless {@code edit} touches them (the two
   * packs differ in term lists only): the rules run only on the touched ones (and on those whose history
   * that changes).
   */
  public Result run(List<ItemSummary> before, Map<String, Known> put, boolean all, TermEdit edit,
      String editedFrom) {
    return run(view.itemSummaries(), before, put, all, edit, editedFrom);
  }

  /**
   * As {@link #run(List, Map, boolean, TermEdit, String)}, with {@code now}, the view's {@link
   * HistoryIndex#itemSummaries()}, already read (e.g. while the rules compiled).
   */
  public Result run(List<ItemSummary> now, List<ItemSummary> before, Map<String, Known> put, boolean all,
      TermEdit edit, String editedFrom) {
    long t0 = System.nanoTime();
    Interning names = new Interning();
    List<Slot> slots = slots(before == null ? now : before, now, names);
    String fingerprint = rules.fingerprint();
    boolean anyStale = false;
    for (Slot s : slots) {
      if (s.now == null) {
        continue;
      }
      Known k = put.get(s.now.key());
      if (k != null) {
        s.known = k;
        s.knownRaw = names.raw(k.facts(), s.nowLabels);
        s.current = k.classification();
        s.currentLoaded = true;
      } else if (fingerprint.equals(s.now.fingerprint()) && s.old != null && !all) {
        s.stored = true;
      } else {
        anyStale |= !fingerprint.equals(s.now.fingerprint());
      }
    }
    if (TRACE) {
      System.err.printf("pass: %d slots read in %.1f ms%n", slots.size(), (System.nanoTime() - t0) / 1e6);
    }
    int classified = 0;
    int textsMatched;
    try (Workers workers = new Workers(names)) {
      if (edit != null && editedFrom != null && !all) {
        List<Slot> candidates = new ArrayList<>();
        for (Slot s : slots) {
          if (s.now != null && s.old != null && s.known == null && !s.stored
              && editedFrom.equals(s.now.fingerprint())) {
            candidates.add(s);
          }
        }
        long t1 = System.nanoTime();
        candidates.sort(Comparator.comparingInt(s -> s.now.doc()));
        workers.untouched(candidates, edit);
        if (TRACE) {
          System.err.printf("pass: term edit %s: %d items checked in %.1f ms%n", edit.changedFiles(),
              candidates.size(), (System.nanoTime() - t1) / 1e6);
        }
      }
      for (int round = 0; ; round++) {
        boolean inline = round >= PARALLEL_ROUNDS;
        long t1 = System.nanoTime();
        List<Work> work = sweep(slots, names, inline ? workers : null);
        if (TRACE) {
          System.err.printf("pass: round %d: sweep %.1f ms, %d to classify%s%n", round,
              (System.nanoTime() - t1) / 1e6, inline ? workers.inlineCount : work.size(), inline ? " (inline)" : "");
        }
        classified += inline ? workers.inlineCount : 0;
        if (work.isEmpty()) {
          break;
        }
        long t2 = System.nanoTime();
        // In index order, so neighbouring items share the stored-field blocks each thread decompresses.
        work.sort(Comparator.comparingInt(w -> w.slot().now.doc()));
        workers.classify(work);
        if (TRACE) {
          System.err.printf("pass: round %d: classified in %.1f ms%n", round, (System.nanoTime() - t2) / 1e6);
        }
        classified += work.size();
      }
      textsMatched = workers.textsMatched.get();
    }
    List<Change> changes = new ArrayList<>();
    for (Slot s : slots) {
      if (s.now != null && s.rulesRan) {
        Classification after = s.known.classification();
        if (s.differs) {
          changes.add(new Change(s.now, s.current, after, s.termHits));
        }
      }
    }
    return new Result(names, slots, List.copyOf(changes), classified, textsMatched, anyStale, fingerprint);
  }

  /** Topics (inferred ones too), priority and evidence equal (the fingerprint aside). */
  public static boolean sameResult(Classification a, Classification b) {
    if (a == null || b == null) {
      return a == b;
    }
    return a.topics().equals(b.topics()) && a.inferred().equals(b.inferred()) && a.priority() == b.priority()
        && a.evidence().equals(b.evidence());
  }

  private static List<Slot> slots(List<ItemSummary> before, List<ItemSummary> now, Interning names) {
    Map<String, ItemSummary> old = new HashMap<>(before.size() * 2);
    for (ItemSummary s : before) {
      old.put(s.key(), s);
    }
    List<Slot> slots = new ArrayList<>(now.size() + 16);
    for (ItemSummary s : now) {
      ItemSummary o = old.remove(s.key());
      if (o != null && o.created() != s.created()) {
        slots.add(new Slot(o, null));
        o = null;
      }
      slots.add(new Slot(o, s));
    }
    for (ItemSummary o : old.values()) {
      slots.add(new Slot(o, null));
    }
    slots.sort(Comparator.<Slot>comparingLong(s -> s.created)
        .thenComparing(s -> s.now != null ? s.now.key() : s.old.key()));
    for (Slot s : slots) {
      if (s.old != null) {
        s.oldLabels = sortedLabels(s.old);
        s.oldKeys = names.keys(s.old, s.oldLabels);
        s.oldTopicIds = names.topics(s.old.ownTopics());
      }
      if (s.now != null) {
        s.nowLabels = s.old != null && s.old.labels().equals(s.now.labels()) ? s.oldLabels : sortedLabels(s.now);
        s.nowKeys = names.keys(s.now, s.nowLabels);
      }
    }
    return slots;
  }

  private static List<String> sortedLabels(ItemSummary s) {
    return s.labels().size() <= 1 ? s.labels() : List.copyOf(new TreeSet<>(s.labels()));
  }

  private interface GroupAction {
    void accept(List<Slot> group);
  }

  /** The slots in groups of equal creation time (which do not see each other), in creation order. */
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
   * One sweep in creation order: the items whose facts differ from those of their present classification.
   * With {@code inline}, classifies each such item on the spot (so the sweep ends with all settled).
   */
  private List<Work> sweep(List<Slot> slots, Interning names, Workers inline) {
    Counts oldCounts = new Counts(names);
    Counts newCounts = new Counts(names);
    boolean[][] dirty = {new boolean[names.keys.size()]};
    boolean[] anyDirty = {false};
    List<Work> work = new ArrayList<>();
    if (inline != null) {
      inline.inlineCount = 0;
    }
    forEachGroup(slots, group -> {
      for (Slot s : group) {
        if (s.now == null) {
          continue;
        }
        if (s.stored && !(anyDirty[0] && dirty(dirty[0], s.nowKeys)) && !(anyDirty[0] && dirty(dirty[0], s.oldKeys))) {
          s.topicIds = s.oldTopicIds; // same history as before: the stored classification stands
          continue;
        }
        boolean settled = s.stored
            ? sameAsOld(oldCounts, newCounts, s)
            : s.known != null && newCounts.matches(s.nowKeys, s.knownRaw);
        if (settled) {
          s.topicIds = s.stored ? s.oldTopicIds : names.topics(s.known.classification().ownTopics());
          continue;
        }
        int[][] raw = newCounts.snapshot(s.nowKeys);
        if (inline != null) {
          inline.classify(0, new Work(s, raw));
          inline.inlineCount++;
          s.topicIds = names.topics(s.known.classification().ownTopics());
        } else {
          work.add(new Work(s, raw));
          s.topicIds = s.known != null ? names.topics(s.known.classification().ownTopics())
              : s.old != null ? s.oldTopicIds : names.topics(s.now.ownTopics());
        }
      }
      for (Slot s : group) {
        if (s.old != null) {
          oldCounts.add(s.oldKeys, s.oldTopicIds);
        }
        if (s.now != null) {
          newCounts.add(s.nowKeys, s.topicIds);
        }
        boolean differs = s.old == null || s.now == null || !Arrays.equals(s.oldTopicIds, s.topicIds)
            || !Arrays.equals(s.oldKeys, s.nowKeys);
        if (differs) {
          anyDirty[0] = true;
          mark(dirty, s.oldKeys);
          mark(dirty, s.nowKeys);
        }
      }
    });
    return work;
  }

  /** A stored slot's history now equals its history before (its keys' old and new counts agree). */
  private static boolean sameAsOld(Counts oldCounts, Counts newCounts, Slot s) {
    return Arrays.equals(s.oldKeys, s.nowKeys) && newCounts.matches(s.nowKeys, oldCounts.snapshot(s.oldKeys));
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
    private final Interning names;
    private final Classifier[] classifiers = new Classifier[threads];
    private final HistoryIndex.ItemLoader[] loaders = new HistoryIndex.ItemLoader[threads];
    int inlineCount;
    final AtomicInteger textsMatched = new AtomicInteger();

    Workers(Interning names) {
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
      IndexedItem stored = loaders[worker].item(s.now);
      if (!s.currentLoaded) {
        s.current = stored.classification();
        s.currentLoaded = true;
      }
      HistoryFacts facts = names.facts(s.now, s.nowLabels, w.raw());
      byte[] hits = s.termHits != null ? s.termHits : loaders[worker].termHits(s.now);
      Classified c = classifiers[worker].classify(stored.item(), facts.asHistory(), hits);
      s.termHits = c.termHits();
      s.termHitsNew |= c.matched();
      if (c.matched()) {
        textsMatched.incrementAndGet();
      }
      s.known = new Known(c.classification(), null);
      s.knownRaw = w.raw();
      s.stored = false;
      s.rulesRan = true;
      s.differs = !sameResult(s.current, s.known.classification());
      if (!s.differs) {
        // Only a change needs the classification it replaces, and its hits unless they are new; should a
        // later round classify the item again, both are read again with it. Kept, they doubled what a
        // 100k-item pass holds (and the collector's work).
        s.current = null;
        s.currentLoaded = false;
        if (!s.termHitsNew) {
          s.termHits = null;
        }
      }
    }

    /** Marks the slots {@code edit} does not touch as standing as stored. */
    void untouched(List<Slot> slots, TermEdit edit) {
      parallel(slots.size(), (worker, i) -> {
        if (loaders[worker] == null) {
          loaders[worker] = view.loader();
        }
        Slot s = slots.get(i);
        if (!edit.touches(loaders[worker].item(s.now).item())) {
          s.stored = true;
          // Its stored term hits are those of the new lists too: stamp them so, or the next pass matches again.
          byte[] restamped = edit.restamp(loaders[worker].termHits(s.now));
          if (restamped != null) {
            s.termHits = restamped;
            s.termHitsNew = true;
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

    /** Runs {@code task} for indexes 0..size-1 on the pass's threads, each index once. */
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
      List<Thread> running = new ArrayList<>(n);
      for (int t = 0; t < n; t++) {
        int worker = t;
        running.add(Thread.ofPlatform().name("devpulse-classify-" + t).start(() -> {
          for (int i = next.getAndAdd(16); i < size && !failed.get(); i = next.getAndAdd(16)) {
            for (int j = i; j < Math.min(i + 16, size); j++) {
              try {
                task.run(worker, j);
              } catch (RuntimeException e) {
                errors[j] = e;
                failed.set(true);
                return;
              }
            }
          }
        }));
      }
      boolean interrupted = false;
      for (Thread t : running) {
        while (true) {
          try {
            t.join();
            break;
          } catch (InterruptedException e) {
            interrupted = true;
            failed.set(true);
          }
        }
      }
      for (RuntimeException e : errors) {
        if (e != null) {
          throw e; // the first failure in index order, whichever thread met one first
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while classifying");
      }
    }

    @Override
    public void close() {
      for (Classifier c : classifiers) {
        if (c != null) {
          c.close();
        }
      }
    }
  }
}
