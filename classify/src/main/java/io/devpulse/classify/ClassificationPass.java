package io.devpulse.classify;

import io.devpulse.classify.internal.HistoryKeys;
import io.devpulse.classify.internal.HistoryNames;
import io.devpulse.classify.internal.RunningCounts;
import io.devpulse.index.CommentDocs;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexedItem;
import io.devpulse.index.ItemColumns;
import io.devpulse.index.ItemSummary;
import io.devpulse.model.Classification;
import io.devpulse.rules.Classified;
import io.devpulse.rules.Classifier;
import io.devpulse.rules.CompiledRules;
import io.devpulse.rules.TermEdit;
import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.function.BiConsumer;

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
 * (which was consistent then: the counts of the index before and now are compared), for an item put
 * by the unit the facts it was classified with as it arrived (compared in the first sweep), for an
 * item the rules ran on in this pass the facts of the sweep that ran them — which still hold in a
 * later sweep unless an earlier item of one of its authors or labels counts other topics than in
 * the sweep before (a conservative test: it may run the rules again on facts that did not change,
 * never keep a verdict whose facts did). The other items are classified, on a pool of worker
 * threads (one classifier and item loader each, in blocks of {@value #BLOCK} items so that what
 * waits for them stays small), with the facts of that sweep; since a new classification can change
 * the facts of later items, sweeps repeat until one finds nothing to do (each settles at least the
 * earliest item left, and after a few rounds one sequential sweep settles the rest). The result is
 * the one fixed point of "every item classified with the facts of its earlier items": it depends
 * only on the pack and the items, never on the rounds, the blocks or the threads.
 *
 * <p>Memory: the items come as {@link ItemColumns} and the pass keeps its state per item in
 * parallel primitive arrays (~60 bytes an item with the columns, plus the classification of each
 * item that changes), so a pass over a million items fits well inside a 1 GB heap.
 */
public final class ClassificationPass {
  /**
   * Parallel rounds before the sequential sweep that finishes any (rare) long chain of
   * dependencies.
   */
  private static final int PARALLEL_ROUNDS = 4;

  /** Items a parallel sweep hands to the workers at once. */
  static final int BLOCK = 4096;

  private static final boolean TRACE = Boolean.getBoolean("devpulse.trace.pass");

  /** Where {@code -Ddevpulse.trace.pass=true} reports each round's timing (a developer's aid). */
  private static final System.Logger TRACE_LOG =
      System.getLogger(ClassificationPass.class.getName());

  /**
   * An item whose classification changes: as the index holds it now, and as the rules say, with the
   * term hits the rules encoded (to store with it; null when they could not be encoded).
   */
  public record Change(
      ItemSummary summary, Classification before, Classification after, byte[] termHits) {}

  /**
   * Where a pass that writes as it goes hands what it decided, in creation order, as soon as no
   * later sweep can change it (see {@link #run(ItemColumns, ItemColumns, Arrivals, boolean,
   * TermEdit, String, Set, Sink)}); called on the thread that runs the pass.
   */
  public interface Sink {
    /** An item whose classification changes: to put with its new classification. */
    void change(Change change);

    /** An item whose classification stands but whose term hits are new: to store in place. */
    void termHits(ItemSummary summary, byte[] termHits);
  }

  // Per-item flags (one byte per slot: workers write distinct slots, never a shared word).
  private static final byte STORED = 1; // the stored classification stands as made with old history
  private static final byte ENGAGED = 2; // the unit changed its comments: the rules run on it
  private static final byte RAN = 4; // the rules ran on it in this pass
  private static final byte DIFFERS = 8; // their last verdict differs from the index's
  private static final byte FRESH = 16; // its hits were matched or re-stamped here: to store
  private static final byte VALID = 32; // its verdict's facts are those of the last sweep
  // Its stored hits are those of the edited lists: stored re-stamped, read again when written (a
  // term edit re-stamps nearly every item; held, their bytes were most of what the pass held).
  private static final byte RESTAMP = 64;
  // Handed to the pass's sink: what the pass decided of it is held no longer.
  private static final byte WRITTEN = (byte) 0x80;

  /** The outcome of a pass. */
  public static final class Result {
    private final State st;
    private final int classified;
    private final int textsMatched;
    private final boolean anyStale;
    private final String fingerprint;

    private final HistoryIndex view;

    Result(
        State st,
        HistoryIndex view,
        int classified,
        int textsMatched,
        boolean anyStale,
        String fingerprint) {
      this.st = st;
      this.view = view;
      this.classified = classified;
      this.textsMatched = textsMatched;
      this.anyStale = anyStale;
      this.fingerprint = fingerprint;
    }

    /**
     * The items whose stored classification differs from the rules' (topics, priority, primary,
     * findings or evidence), in creation order.
     */
    public List<Change> changes() {
      List<Change> out = new ArrayList<>();
      for (int i = 0; i < st.size; i++) {
        if ((st.flags[i] & (RAN | DIFFERS | WRITTEN)) == (RAN | DIFFERS)) {
          out.add(
              new Change(st.now.summary(st.nowRow[i]), st.replaced[i], st.after[i], st.hits[i]));
        }
      }
      return out;
    }

    /**
     * Gives {@code action} each item (in creation order) whose classification stands but whose text
     * was matched again (its stored hits were missing or made under other term lists) or whose hits
     * a term edit re-stamped, with its new term hits: to store in place. One summary at a time, so
     * a term edit's million re-stamped items are never held as a map.
     */
    public void forEachTermHitUpdate(BiConsumer<ItemSummary, byte[]> action) {
      HistoryIndex.ItemLoader loader = null;
      for (int i = 0; i < st.size; i++) {
        if ((st.flags[i] & RESTAMP) != 0 && loader == null) {
          loader = view.loader();
        }
        byte[] hits = st.termHitUpdate(i, loader);
        if (hits != null) {
          action.accept(st.summary(i), hits);
        }
      }
    }

    /**
     * How many times an item's text was cleaned and matched against the term lists (its stored term
     * hits were missing or made under other lists); the other runs of the rules reused the stored
     * hits.
     */
    public int textsMatched() {
      return textsMatched;
    }

    /**
     * How many items' classification differs from the stored one: those handed to the sink as the
     * pass went, and those of {@link #changes()}.
     */
    public int changed() {
      int n = st.changesWritten;
      for (int i = 0; i < st.size; i++) {
        if ((st.flags[i] & (RAN | DIFFERS | WRITTEN)) == (RAN | DIFFERS)) {
          n++;
        }
      }
      return n;
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
      for (int i = 0; i < st.size; i++) {
        if (st.nowRow[i] >= 0 && (st.flags[i] & RAN) != 0) {
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
     * stored (topics, priority, primary, findings or evidence); the others keep theirs.
     */
    public Map<String, Classification> reclassified() {
      Map<String, Classification> out = new HashMap<>();
      for (Change c : changes()) {
        out.put(c.summary().key(), c.after());
      }
      return out;
    }

    /** Item key → the history facts the rules give it (every earlier item as classified here). */
    public Map<String, HistoryFacts> facts(Set<String> keys) {
      Map<String, HistoryFacts> out = new HashMap<>();
      RunningCounts counts = new RunningCounts(st.names);
      int i = 0;
      while (i < st.size) {
        int end = st.groupEnd(i);
        for (int j = i; j < end; j++) {
          if (st.nowRow[j] >= 0 && keys.contains(st.now.key(st.nowRow[j]))) {
            ItemSummary s = st.now.summary(st.nowRow[j]);
            out.put(
                s.key(),
                st.names.facts(s, st.nowLabels(j).labels(), counts.snapshot(st.nowKeys(j))));
          }
        }
        for (int j = i; j < end; j++) {
          if (st.nowRow[j] >= 0) {
            counts.add(st.nowKeys(j), st.topics.ids(st.cur[j]));
          }
        }
        i = end;
      }
      return out;
    }
  }

  /** The labels of an item in facts order (sorted) and their history keys. */
  private record LabelKeys(List<String> labels, int[] keys) {}

  /** Own-topic lists as small ints (equal ids: equal lists): {@link HistoryNames#topicSet}. */
  private record TopicSets(HistoryNames names) {
    int of(List<String> topics) {
      return names.topicSet(topics);
    }

    int[] ids(int set) {
      return names.topicSetIds(set);
    }
  }

  /**
   * History keys of the rows of one {@link ItemColumns}: the author's key per (repository, author)
   * and the label keys per (repository, label set), each computed once.
   */
  private static final class ColumnKeys {
    private final ItemColumns columns;
    private final HistoryNames names;
    private final TopicSets topics;
    private final Map<Long, Integer> authors = new HashMap<>();
    private final Map<Long, Integer> labelSets = new HashMap<>();
    private final Map<Long, Integer> ownTopics = new HashMap<>();
    private final List<LabelKeys> table;

    ColumnKeys(ItemColumns columns, HistoryNames names, TopicSets topics, List<LabelKeys> table) {
      this.columns = columns;
      this.names = names;
      this.topics = topics;
      this.table = table;
    }

    int author(int row) {
      long k = ((long) columns.repositoryId(row) << 32) | columns.authorId(row);
      Integer id = authors.get(k);
      if (id == null) {
        id = names.key(HistoryKeys.authorKey(columns.repository(row), columns.author(row)));
        authors.put(k, id);
      }
      return id;
    }

    int labels(int row) {
      long k = ((long) columns.repositoryId(row) << 32) | columns.labelSet(row);
      Integer id = labelSets.get(k);
      if (id == null) {
        List<String> sorted = sortedLabels(columns.labels(row));
        int[] keys = new int[sorted.size()];
        for (int i = 0; i < keys.length; i++) {
          keys[i] = names.key(HistoryKeys.labelKey(columns.repository(row), sorted.get(i)));
        }
        id = table.size();
        table.add(new LabelKeys(sorted, keys));
        labelSets.put(k, id);
      }
      return id;
    }

    int ownTopics(int row) {
      long k = ((long) columns.topicSet(row) << 32) | columns.inferredSet(row);
      Integer id = ownTopics.get(k);
      if (id == null) {
        id = topics.of(columns.ownTopics(row));
        ownTopics.put(k, id);
      }
      return id;
    }
  }

  /**
   * The pass's items in creation order (slots) and where it stands with each, in parallel arrays:
   * as before the unit of work ({@code old*}, row -1 for a new item) and as now ({@code now*}, row
   * -1 for one gone).
   */
  private static final class State {
    final HistoryNames names;
    final TopicSets topics;
    final List<LabelKeys> labelTable = new ArrayList<>();
    final ItemColumns now;
    final ItemColumns old;
    final int size;
    final int[] nowRow;
    final int[] oldRow;
    final long[] created;
    final int[] nowAuthor;
    final int[] nowLabels;
    final int[] oldAuthor;
    final int[] oldLabels;

    /** Own topics as before the unit (topic set; -1 without an old item). */
    final int[] oldTopics;

    /** Topics counted for later items in the sweep under way (topic set; -1 for a gone item). */
    final int[] cur;

    /** What the last sweep counted for the item ({@link #cur} then; -1 before the first). */
    final int[] counted;

    final byte[] flags;

    /** Term hits to reuse or store (null: read the stored ones when needed). */
    final byte[][] hits;

    /** For an item whose verdict differs from the index's: the index's and the verdict. */
    final Classification[] replaced;

    final Classification[] after;

    /** The term edit whose re-stamped hits the items flagged {@link #RESTAMP} store, or null. */
    TermEdit edit;

    /** The raw facts an item this unit put was classified with, until the first sweep. */
    Map<Integer, int[]> putFacts = new HashMap<>();

    /** Where decided items go as the pass goes, or null: held until the pass ends. */
    Sink sink;

    /** Reads re-stamped term hits for the sink (on the pass's thread). */
    HistoryIndex.ItemLoader sinkLoader;

    /** The slots before it are decided for good, and handed to the sink. */
    int frontier;

    /** Changes handed to the sink. */
    int changesWritten;

    /**
     * Hands the slots from {@link #frontier} up to {@code end} (exclusive) to the sink, as each is
     * decided for good; with {@code checked}, stops after a slot whose topics changed since this
     * sweep counted them (later items were classified with counts the next sweep corrects). Returns
     * whether it reached {@code end}.
     */
    boolean advance(int end, boolean checked) {
      while (frontier < end) {
        int s = frontier++;
        if (nowRow[s] < 0) {
          continue;
        }
        hand(s);
        if (checked && counted[s] != cur[s]) {
          return false;
        }
      }
      return true;
    }

    private void hand(int s) {
      byte f = flags[s];
      if ((f & WRITTEN) != 0) {
        return;
      }
      if ((f & (RAN | DIFFERS)) == (RAN | DIFFERS)) {
        sink.change(new Change(summary(s), replaced[s], after[s], hits[s]));
        changesWritten++;
      } else {
        byte[] update = termHitUpdate(s, sinkLoader);
        if (update == null) {
          return;
        }
        sink.termHits(summary(s), update);
      }
      replaced[s] = null;
      after[s] = null;
      hits[s] = null;
      flags[s] |= WRITTEN;
    }

    /**
     * The term hits to store in place for slot {@code s}, whose classification stands, or null:
     * those its text was matched again with, or its stored ones re-stamped by the term edit (read
     * with {@code loader}, which may be null unless {@code s} is marked {@code RESTAMP}). Null for
     * a changed slot (put whole) and one handed to the sink already.
     */
    byte[] termHitUpdate(int s, HistoryIndex.ItemLoader loader) {
      byte f = flags[s];
      boolean changed = (f & (RAN | DIFFERS)) == (RAN | DIFFERS);
      if ((f & FRESH) == 0 || changed || (f & WRITTEN) != 0) {
        return null;
      }
      if (hits[s] != null) {
        return hits[s];
      }
      return (f & RESTAMP) != 0 ? edit.restamp(loader.termHits(summary(s))) : null;
    }

    State(ItemColumns now, ItemColumns before, HistoryNames names) {
      this.names = names;
      this.topics = new TopicSets(names);
      this.now = now;
      this.old = before == null ? now : before;
      int[] nowOrder = creationOrder(now);
      ColumnKeys nowKeys = new ColumnKeys(now, names, topics, labelTable);
      if (before == null) {
        size = nowOrder.length;
        nowRow = nowOrder;
        oldRow = nowOrder;
        created = new long[size];
        nowAuthor = new int[size];
        nowLabels = new int[size];
        oldTopics = new int[size];
        for (int i = 0; i < size; i++) {
          created[i] = now.created(nowRow[i]);
          nowAuthor[i] = nowKeys.author(nowRow[i]);
          nowLabels[i] = nowKeys.labels(nowRow[i]);
          oldTopics[i] = nowKeys.ownTopics(nowRow[i]);
        }
        oldAuthor = nowAuthor;
        oldLabels = nowLabels;
      } else {
        int[] oldOrder = creationOrder(before);
        ColumnKeys oldKeys = new ColumnKeys(before, names, topics, labelTable);
        // Merge the two orders: an item as before and as now pair up when created at the same time
        // (one whose creation time changed counts as gone and new).
        int[] n = new int[nowOrder.length + oldOrder.length];
        int[] o = new int[n.length];
        int a = 0;
        int b = 0;
        int m = 0;
        while (a < oldOrder.length || b < nowOrder.length) {
          int c =
              a == oldOrder.length
                  ? 1
                  : b == nowOrder.length ? -1 : compare(before, oldOrder[a], now, nowOrder[b]);
          o[m] = c <= 0 ? oldOrder[a++] : -1;
          n[m] = c >= 0 ? nowOrder[b++] : -1;
          m++;
        }
        size = m;
        nowRow = Arrays.copyOf(n, m);
        oldRow = Arrays.copyOf(o, m);
        created = new long[m];
        nowAuthor = new int[m];
        nowLabels = new int[m];
        oldAuthor = new int[m];
        oldLabels = new int[m];
        oldTopics = new int[m];
        for (int i = 0; i < m; i++) {
          created[i] = nowRow[i] >= 0 ? now.created(nowRow[i]) : before.created(oldRow[i]);
          nowAuthor[i] = nowRow[i] >= 0 ? nowKeys.author(nowRow[i]) : -1;
          nowLabels[i] = nowRow[i] >= 0 ? nowKeys.labels(nowRow[i]) : -1;
          oldAuthor[i] = oldRow[i] >= 0 ? oldKeys.author(oldRow[i]) : -1;
          oldLabels[i] = oldRow[i] >= 0 ? oldKeys.labels(oldRow[i]) : -1;
          oldTopics[i] = oldRow[i] >= 0 ? oldKeys.ownTopics(oldRow[i]) : -1;
        }
      }
      cur = new int[size];
      counted = new int[size];
      Arrays.fill(counted, -1);
      flags = new byte[size];
      hits = new byte[size][];
      replaced = new Classification[size];
      after = new Classification[size];
      // The topics an item counts with until the rules say otherwise: as stored.
      ColumnKeys fallback = before == null ? null : nowKeys;
      for (int i = 0; i < size; i++) {
        cur[i] =
            oldRow[i] >= 0 ? oldTopics[i] : nowRow[i] >= 0 ? fallback.ownTopics(nowRow[i]) : -1;
      }
    }

    /** The end (exclusive) of the group of slots created at the time of slot {@code i}. */
    int groupEnd(int i) {
      int j = i;
      long t = created[i];
      while (j < size && created[j] == t) {
        j++;
      }
      return j;
    }

    LabelKeys nowLabels(int i) {
      return labelTable.get(nowLabels[i]);
    }

    int[] nowKeys(int i) {
      return keys(nowAuthor[i], labelTable.get(nowLabels[i]).keys());
    }

    int[] oldKeys(int i) {
      return keys(oldAuthor[i], labelTable.get(oldLabels[i]).keys());
    }

    /** The keys of an item as now and before are the same. */
    boolean sameKeys(int i) {
      return nowAuthor[i] == oldAuthor[i]
          && (nowLabels[i] == oldLabels[i]
              || Arrays.equals(
                  labelTable.get(nowLabels[i]).keys(), labelTable.get(oldLabels[i]).keys()));
    }

    private static int[] keys(int author, int[] labels) {
      int[] out = new int[1 + labels.length];
      out[0] = author;
      System.arraycopy(labels, 0, out, 1, labels.length);
      return out;
    }

    ItemSummary summary(int i) {
      return now.summary(nowRow[i]);
    }
  }

  private static int compare(ItemColumns a, int i, ItemColumns b, int j) {
    int c = Long.compare(a.created(i), b.created(j));
    if (c == 0) {
      c = a.repository(i).compareTo(b.repository(j));
    }
    return c != 0 ? c : Integer.compare(a.number(i), b.number(j));
  }

  /** The rows of {@code columns} by creation time, then key: a merge sort of row numbers. */
  static int[] creationOrder(ItemColumns columns) {
    int n = columns.size();
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    int[] b = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int x = lo;
        int y = mid;
        int k = lo;
        while (x < mid && y < hi) {
          b[k++] = compare(columns, a[y], columns, a[x]) < 0 ? a[y++] : a[x++];
        }
        while (x < mid) {
          b[k++] = a[x++];
        }
        while (y < hi) {
          b[k++] = a[y++];
        }
      }
      int[] t = a;
      a = b;
      b = t;
    }
    return a;
  }

  private static List<String> sortedLabels(List<String> labels) {
    return labels.size() <= 1 ? labels : List.copyOf(new TreeSet<>(labels));
  }

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
   * Settles every item of {@code view} (the committed index: nothing put).
   *
   * @param all run the rules on every item, not only those whose history or rules changed
   * @param edit with {@code editedFrom}: the items classified by the rules with fingerprint {@code
   *     editedFrom} would be classified alike by these rules unless {@code edit} touches them (the
   *     two packs differ in term lists only), so the rules run only on the touched ones (and on
   *     those whose history that changes); null when not known
   */
  public Result run(boolean all, TermEdit edit, String editedFrom) {
    return run(view.itemColumns(), all, edit, editedFrom);
  }

  /**
   * As {@link #run(boolean, TermEdit, String)}, with {@code now}, the view's {@link
   * HistoryIndex#itemColumns()}, already read (e.g. while the rules compiled).
   */
  public Result run(ItemColumns now, boolean all, TermEdit edit, String editedFrom) {
    return run(now, null, Arrivals.none(), all, edit, editedFrom, Set.of(), null);
  }

  /**
   * Settles every item of {@code view} after a unit of work.
   *
   * @param now the view's {@link HistoryIndex#itemColumns()}
   * @param before the items as they were before the unit of work (each classified consistently, or
   *     stale); null when the unit put nothing (a reclassification: {@code view} is that state)
   * @param put the items this unit put, by key, with what they were classified with
   * @param engaged keys of items the rules run on whatever they were classified with: the unit of
   *     work changed their comments, or the marks of other items as duplicates of them, which their
   *     {@link io.devpulse.rules.facts.Engagement} is made of
   * @param sink null to hold every change until the pass ends ({@link Result#changes()}); else
   *     where each change and term-hit update goes as soon as it is decided for good: an item is,
   *     once every earlier item is and the counts it was last classified with were those of their
   *     final topics. So the pass holds the classifications of at most a block of items ({@value
   *     #BLOCK}) beyond the first whose topics a sweep changed, not one per change.
   */
  Result run(
      ItemColumns now,
      ItemColumns before,
      Arrivals put,
      boolean all,
      TermEdit edit,
      String editedFrom,
      Set<String> engaged,
      Sink sink) {
    long t0 = System.nanoTime();
    State st = new State(now, before, put.names());
    if (sink != null) {
      st.sink = sink;
      st.sinkLoader = view.loader();
    }
    String fingerprint = rules.fingerprint();
    boolean anyStale = false;
    boolean byKey = !put.isEmpty() || !engaged.isEmpty();
    for (int i = 0; i < st.size; i++) {
      if (st.nowRow[i] < 0) {
        continue;
      }
      int row = st.nowRow[i];
      boolean current = fingerprint.equals(now.fingerprint(row));
      String key = byKey ? now.key(row) : null;
      Arrivals.Arrival k = byKey ? put.get(key) : null;
      if (byKey && engaged.contains(key)) {
        st.flags[i] |= ENGAGED; // neither as put nor as stored: classified with its comments now
        anyStale |= !current;
      } else if (k != null) {
        st.putFacts.put(i, k.facts());
        st.cur[i] = st.topics.of(k.ownTopics());
      } else if (current && st.oldRow[i] >= 0 && !all) {
        st.flags[i] |= STORED;
      } else {
        anyStale |= !current;
      }
    }
    trace("pass: %d slots read in %.1f ms", st.size, (System.nanoTime() - t0) / 1e6);
    int classified = 0;
    int textsMatched;
    try (Workers workers = new Workers(st)) {
      if (edit != null && editedFrom != null && !all) {
        int[] candidates = new int[st.size];
        int n = 0;
        for (int i = 0; i < st.size; i++) {
          if (st.nowRow[i] >= 0
              && st.oldRow[i] >= 0
              && !st.putFacts.containsKey(i)
              && (st.flags[i] & (STORED | ENGAGED)) == 0
              && editedFrom.equals(now.fingerprint(st.nowRow[i]))) {
            candidates[n++] = i;
          }
        }
        long t1 = System.nanoTime();
        st.edit = edit;
        int[] inDocOrder = byDoc(st, Arrays.copyOf(candidates, n));
        workers.untouched(inDocOrder, edit);
        trace(
            "pass: term edit %s: %d items checked in %.1f ms",
            edit.changedFiles(), n, (System.nanoTime() - t1) / 1e6);
      }
      for (int round = 0; ; round++) {
        boolean inline = round >= PARALLEL_ROUNDS;
        long t1 = System.nanoTime();
        int ran = sweep(st, round, workers, inline);
        trace(
            "pass: round %d: %d classified in %.1f ms%s",
            round, ran, (System.nanoTime() - t1) / 1e6, inline ? " (inline)" : "");
        st.putFacts = Map.of(); // compared in the first sweep: held no longer
        classified += ran;
        if (ran == 0) {
          break;
        }
      }
      if (st.sink != null) {
        st.advance(st.size, false); // a sweep that found nothing to do: every item is decided
      }
      textsMatched = workers.textsMatched.get();
    }
    return new Result(st, view, classified, textsMatched, anyStale, fingerprint);
  }

  private static void trace(String format, Object... args) {
    if (TRACE) {
      TRACE_LOG.log(System.Logger.Level.INFO, String.format(Locale.ROOT, format, args));
    }
  }

  /** Slots by the document number of their item as now (neighbours share stored-field blocks). */
  private static int[] byDoc(State st, int[] slots) {
    long[] keyed = new long[slots.length];
    for (int i = 0; i < slots.length; i++) {
      keyed[i] = ((long) st.now.doc(st.nowRow[slots[i]]) << 32) | slots[i];
    }
    Arrays.sort(keyed);
    int[] out = new int[slots.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) keyed[i];
    }
    return out;
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

  /**
   * One sweep in creation order, classifying the items whose facts may differ from those of their
   * present classification: in blocks on the workers (each item with the facts of this sweep, its
   * present topics counted for later items until the next sweep), or with {@code inline} on the
   * spot (so the sweep ends with all settled). Returns how many it classified.
   */
  private static int sweep(State st, int round, Workers workers, boolean inline) {
    RunningCounts oldCounts = new RunningCounts(st.names);
    RunningCounts newCounts = new RunningCounts(st.names);
    Dirty sinceBefore = new Dirty(); // keys whose items count otherwise than before the unit
    Dirty sinceLastSweep = new Dirty(); // keys whose items count otherwise than in the last sweep
    int[] block = new int[BLOCK];
    int[][][] raws = new int[BLOCK][][];
    int queued = 0;
    int classified = 0;
    boolean decided = st.sink != null; // whether the sink may be handed what this sweep settles
    int i = 0;
    while (i < st.size) {
      int end = st.groupEnd(i);
      for (int s = i; s < end; s++) {
        if (st.nowRow[s] < 0) {
          continue;
        }
        byte f = st.flags[s];
        int[] keys = st.nowKeys(s);
        boolean settled;
        if ((f & STORED) != 0) {
          int[] oldKeys = st.oldKeys(s);
          settled =
              !(sinceBefore.any(keys) || sinceBefore.any(oldKeys))
                  || (st.sameKeys(s) && newCounts.matches(keys, oldCounts.snapshot(oldKeys)));
        } else if (round == 0 && st.putFacts.containsKey(s)) {
          settled = newCounts.matchesPacked(keys, st.putFacts.get(s));
        } else {
          settled = (f & VALID) != 0 && !sinceLastSweep.any(keys);
        }
        if (settled) {
          if ((f & STORED) == 0) {
            st.flags[s] |= VALID;
          }
          continue;
        }
        int[][] raw = newCounts.snapshot(keys);
        st.flags[s] &= ~VALID;
        if (inline) {
          workers.classify(0, s, raw);
          classified++;
        } else {
          if (queued == block.length) { // a group of items created at the same instant
            block = Arrays.copyOf(block, queued * 2);
            raws = Arrays.copyOf(raws, queued * 2);
          }
          block[queued] = s;
          raws[queued++] = raw;
        }
      }
      for (int s = i; s < end; s++) {
        boolean hasOld = st.oldRow[s] >= 0;
        boolean hasNow = st.nowRow[s] >= 0;
        int[] oldKeys = hasOld ? st.oldKeys(s) : null;
        int[] nowKeys = hasNow ? st.nowKeys(s) : null;
        if (hasOld) {
          oldCounts.add(oldKeys, st.topics.ids(st.oldTopics[s]));
        }
        if (hasNow) {
          newCounts.add(nowKeys, st.topics.ids(st.cur[s]));
          if (round > 0 && st.counted[s] != st.cur[s]) {
            sinceLastSweep.mark(nowKeys);
          }
          st.counted[s] = st.cur[s];
        }
        if (!hasOld || !hasNow || st.oldTopics[s] != st.cur[s] || !st.sameKeys(s)) {
          sinceBefore.mark(oldKeys);
          sinceBefore.mark(nowKeys);
        }
      }
      if (queued >= BLOCK || (end == st.size && queued > 0)) {
        // Between groups: what this sweep counted for the block's items is recorded, so their new
        // topics count from the next sweep on, as if classified after the sweep.
        workers.classify(block, raws, queued);
        classified += queued;
        Arrays.fill(raws, 0, queued, null);
        queued = 0;
      }
      if (decided && queued == 0) {
        // Every slot before end is classified and counted: those before the first whose topics
        // changed are decided.
        decided = st.advance(end, true);
      }
      i = end;
    }
    return classified;
  }

  /** History keys marked in one sweep (a growable bit per key). */
  private static final class Dirty {
    private boolean[] keys = new boolean[64];
    private boolean any;

    boolean any(int[] ks) {
      if (!any || ks == null) {
        return false;
      }
      for (int k : ks) {
        if (k < keys.length && keys[k]) {
          return true;
        }
      }
      return false;
    }

    void mark(int[] ks) {
      if (ks == null) {
        return;
      }
      any = true;
      for (int k : ks) {
        if (k >= keys.length) {
          keys = Arrays.copyOf(keys, Math.max(k + 1, keys.length * 2));
        }
        keys[k] = true;
      }
    }
  }

  /** One classifier and item loader per thread, kept for the whole pass. */
  private final class Workers implements AutoCloseable {
    private final State st;
    private final Classifier[] classifiers = new Classifier[threads];
    private final HistoryIndex.ItemLoader[] loaders = new HistoryIndex.ItemLoader[threads];

    /**
     * The documents of the comments the view holds on each item, read once per pass when needed.
     */
    private volatile CommentDocs commentDocs;

    /** Item key → the other items marked duplicates of it, read once per pass when needed. */
    private volatile Map<String, List<Integer>> duplicateLinks;

    final AtomicInteger textsMatched = new AtomicInteger();

    /** The worker threads, started on first parallel use and kept for the pass. */
    private ExecutorService pool;

    Workers(State st) {
      this.st = st;
    }

    private HistoryIndex.ItemLoader loader(int worker) {
      if (loaders[worker] == null) {
        loaders[worker] = view.loader();
      }
      return loaders[worker];
    }

    /** Classifies slot {@code s} with the history counts {@code raw}. */
    void classify(int worker, int s, int[][] raw) {
      if (classifiers[worker] == null) {
        classifiers[worker] = rules.newClassifier();
      }
      HistoryIndex.ItemLoader loader = loader(worker);
      ItemSummary summary = st.summary(s);
      IndexedItem stored = loader.item(summary);
      HistoryFacts facts = st.names.facts(summary, st.nowLabels(s).labels(), raw);
      byte[] hits =
          st.hits[s] != null
              ? st.hits[s]
              : (st.flags[s] & RESTAMP) != 0
                  ? st.edit.restamp(loader.termHits(summary))
                  : loader.termHits(summary);
      Classified c =
          classifiers[worker].classify(
              stored.item(),
              comments(worker, summary),
              duplicates(summary),
              facts.asHistory(),
              hits);
      if (c.matched()) {
        textsMatched.incrementAndGet();
      }
      // The index holds, for an item this unit put, what it was put with; for the others the stored
      // one.
      Classification current = stored.classification();
      // Handed to the sink already (decided, so not expected here): written again, whatever the
      // view holds.
      boolean differs = (st.flags[s] & WRITTEN) != 0 || !sameResult(current, c.classification());
      boolean fresh = c.matched() || (st.flags[s] & FRESH) != 0;
      // Only a change needs the classification it replaces, and its hits unless they are fresh;
      // should a later round classify the item again, both are read again with it. Kept, they
      // doubled what a 100k-item pass holds (and the collector's work).
      st.hits[s] = fresh || differs ? c.termHits() : null;
      st.replaced[s] = differs ? current : null;
      st.after[s] = differs ? c.classification() : null;
      st.cur[s] = st.topics.of(c.classification().ownTopics());
      byte f = (byte) ((st.flags[s] & ENGAGED) | RAN | VALID);
      st.flags[s] = (byte) (f | (differs ? DIFFERS : 0) | (fresh ? FRESH : 0));
    }

    /** The comments the view holds on the item (its engagement), asked only where there are any. */
    private List<io.devpulse.model.Comment> comments(int worker, ItemSummary summary) {
      CommentDocs docs = commentDocs;
      if (docs == null) {
        synchronized (this) {
          if (commentDocs == null) {
            commentDocs = view.commentDocIndex();
          }
          docs = commentDocs;
        }
      }
      int[] mine = docs.docs(summary.repository(), summary.number());
      return mine.length == 0 ? List.of() : loaders[worker].comments(mine);
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
    void untouched(int[] slots, TermEdit edit) {
      parallel(
          slots.length,
          (worker, i) -> {
            HistoryIndex.ItemLoader loader = loader(worker);
            int s = slots[i];
            ItemSummary summary = st.summary(s);
            // An edit whose entries are the same on both sides touches nothing: no item is read.
            if (!edit.entriesDiffer() || !edit.touches(loader.item(summary).item())) {
              st.flags[s] |= STORED;
              // Its stored term hits are those of the new lists too: stamp them so, or the next
              // pass matches again.
              if (edit.restamps(loader.termHits(summary))) {
                st.flags[s] |= FRESH | RESTAMP;
              }
            }
          });
    }

    /**
     * Classifies the first {@code n} slots of {@code slots}, each with its counts, in doc order.
     */
    void classify(int[] slots, int[][][] raws, int n) {
      long[] keyed = new long[n];
      for (int i = 0; i < n; i++) {
        keyed[i] = ((long) st.now.doc(st.nowRow[slots[i]]) << 32) | i;
      }
      Arrays.sort(keyed);
      parallel(
          n,
          (worker, i) -> {
            int at = (int) keyed[i];
            classify(worker, slots[at], raws[at]);
          });
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
