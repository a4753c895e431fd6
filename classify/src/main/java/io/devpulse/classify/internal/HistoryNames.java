package io.devpulse.classify.internal;

import io.devpulse.classify.HistoryFacts;
import io.devpulse.index.ItemSummary;
import io.devpulse.rules.facts.AuthorHistory;
import io.devpulse.rules.facts.LabelHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Author and label keys ({@link HistoryKeys}) and topics as small ints, for a pass over many items:
 * history counts become int arrays per key — [items, count of topic 0, count of topic 1, ...] — and
 * facts are built from such counts ({@link #facts}) or turned back into them ({@link #raw}); lists
 * of topics are interned too ({@link #topicSet}), so an item's topics cost one int. Keys are
 * interned by one thread (while a pass is built, or by a unit of work); topics may be interned and
 * facts built by a pass's worker threads at once, so those methods are synchronized.
 */
public final class HistoryNames {
  private final Map<String, Integer> keys = new HashMap<>();
  private final Map<String, Integer> topicIds = new HashMap<>();
  private final List<String> topics = new ArrayList<>();

  /** How many keys were interned. */
  public int size() {
    return keys.size();
  }

  public int key(String k) {
    return keys.computeIfAbsent(k, x -> keys.size());
  }

  private final Map<List<String>, Integer> topicSetIds = new HashMap<>();
  private final List<int[]> topicSets = new ArrayList<>();

  /** How many topics were interned. */
  public synchronized int topicCount() {
    return topics.size();
  }

  /** The id of a list of topics (equal lists, equal ids), for {@link #topicSetIds}. */
  public synchronized int topicSet(List<String> ts) {
    Integer id = topicSetIds.get(ts);
    if (id == null) {
      id = topicSets.size();
      topicSets.add(topics(ts));
      topicSetIds.put(List.copyOf(ts), id);
    }
    return id;
  }

  /** The topic ids of a list of topics interned by {@link #topicSet}. */
  public synchronized int[] topicSetIds(int set) {
    return topicSets.get(set);
  }

  public synchronized int topic(String t) {
    Integer id = topicIds.get(t);
    if (id == null) {
      id = topics.size();
      topicIds.put(t, id);
      topics.add(t);
    }
    return id;
  }

  public synchronized int[] topics(List<String> ts) {
    int[] out = new int[ts.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = topic(ts.get(i));
    }
    return out;
  }

  /** Keys of an item: its author's, then its labels' in facts order (sorted). */
  public int[] keys(ItemSummary s, List<String> sortedLabels) {
    int[] out = new int[1 + sortedLabels.size()];
    out[0] = key(HistoryKeys.authorKey(s.repository(), s.author()));
    for (int i = 0; i < sortedLabels.size(); i++) {
      out[i + 1] = key(HistoryKeys.labelKey(s.repository(), sortedLabels.get(i)));
    }
    return out;
  }

  /** Facts from raw counts: per key, [items, count of topic 0, count of topic 1, ...]. */
  public HistoryFacts facts(ItemSummary s, List<String> sortedLabels, int[][] raw) {
    return facts(s.author(), sortedLabels, raw);
  }

  /** Facts from raw counts of an item by {@code author} with these labels (sorted). */
  public synchronized HistoryFacts facts(String login, List<String> sortedLabels, int[][] raw) {
    AuthorHistory author = new AuthorHistory(login, raw[0][0], topicCounts(raw[0]));
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

  /**
   * Raw counts from facts (what an item was classified with), in the order of {@code sortedLabels}.
   */
  public synchronized int[][] raw(HistoryFacts f, List<String> sortedLabels) {
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
