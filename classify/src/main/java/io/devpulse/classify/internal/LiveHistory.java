package io.devpulse.classify.internal;

import io.devpulse.classify.HistoryFacts;
import io.devpulse.index.ItemColumns;
import io.devpulse.index.ItemSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The history of the items of an index plus those a unit of work has put so far, for classifying
 * each item as it arrives: per author and per label, the items' creation times with their topics,
 * answering "the earlier items and their topics" for any time as raw counts ({@link HistoryNames}:
 * [items, count of topic 0, ...], the counts a {@link RunningCounts} sweep holds at that time) or
 * as facts. Items may arrive in any order; each key keeps a sorted timeline of (creation time,
 * interned topic list) in two primitive arrays, with the topic counts before every 64th entry (so
 * an answer is a binary search, one stored prefix and at most 63 entries), and a short unsorted
 * tail merged into it once it grows past the square root of the timeline. About 12 bytes an item
 * per author and label: a million items' history is tens of MB. The answers are exact for what was
 * added; {@code ClassificationPass} then settles what arriving out of creation order changed.
 */
public final class LiveHistory {
  private static final int BLOCK = 64;

  private final HistoryNames names;
  private final List<Timeline> timelines = new ArrayList<>();

  private final class Timeline {
    long[] times = new long[0];
    int[] sets = new int[0];

    /** Topic counts of the entries before entry {@code b * BLOCK}, per block {@code b}. */
    int[][] prefix = new int[1][];

    long[] tailTimes = new long[4];
    int[] tailSets = new int[4];
    int tail;

    void add(long created, int set) {
      if (tail == tailTimes.length) {
        tailTimes = Arrays.copyOf(tailTimes, tail * 2);
        tailSets = Arrays.copyOf(tailSets, tail * 2);
      }
      tailTimes[tail] = created;
      tailSets[tail++] = set;
      if (tail > 16 + Math.sqrt(times.length)) {
        merge();
      }
    }

    void merge() {
      if (tail == 0) {
        return;
      }
      // Sort the tail by time (insertion sort: it is short), then merge the two sorted runs.
      for (int i = 1; i < tail; i++) {
        long t = tailTimes[i];
        int s = tailSets[i];
        int j = i - 1;
        for (; j >= 0 && tailTimes[j] > t; j--) {
          tailTimes[j + 1] = tailTimes[j];
          tailSets[j + 1] = tailSets[j];
        }
        tailTimes[j + 1] = t;
        tailSets[j + 1] = s;
      }
      int n = times.length + tail;
      long[] t = new long[n];
      int[] s = new int[n];
      int a = 0;
      int b = 0;
      for (int k = 0; k < n; k++) {
        if (b == tail || (a < times.length && times[a] <= tailTimes[b])) {
          t[k] = times[a];
          s[k] = sets[a++];
        } else {
          t[k] = tailTimes[b];
          s[k] = tailSets[b++];
        }
      }
      times = t;
      sets = s;
      tail = 0;
      if (tailTimes.length > 64) {
        tailTimes = new long[4];
        tailSets = new int[4];
      }
      prefix = new int[n / BLOCK + 1][];
      int[] running = new int[names.topicCount() + 1];
      for (int k = 0; k < n; k++) {
        if (k % BLOCK == 0) {
          prefix[k / BLOCK] = running.clone();
        }
        running = count(running, sets[k]);
      }
      if (n % BLOCK == 0) {
        prefix[n / BLOCK] = running.clone();
      }
    }

    /** The raw counts of the entries created strictly before {@code time}. */
    int[] countBefore(long time) {
      int lo = 0;
      int hi = times.length;
      while (lo < hi) { // the first entry at or after time
        int mid = (lo + hi) >>> 1;
        if (times[mid] < time) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int block = lo / BLOCK;
      int[] row = prefix[block] == null ? new int[1] : prefix[block].clone();
      for (int k = block * BLOCK; k < lo; k++) {
        row = count(row, sets[k]);
      }
      row[0] = lo;
      for (int k = 0; k < tail; k++) {
        if (tailTimes[k] < time) {
          row = count(row, tailSets[k]);
          row[0]++;
        }
      }
      return row;
    }

    private int[] count(int[] row, int set) {
      for (int topic : names.topicSetIds(set)) {
        if (topic + 1 >= row.length) {
          row = Arrays.copyOf(row, topic + 2);
        }
        row[topic + 1]++;
      }
      return row;
    }
  }

  private LiveHistory(HistoryNames names) {
    this.names = names;
  }

  /** An empty history whose keys and topics {@code names} interns. */
  public static LiveHistory empty(HistoryNames names) {
    return new LiveHistory(names);
  }

  /** The history of the items of {@code columns} (with their stored own topics). */
  public static LiveHistory of(ItemColumns columns, HistoryNames names) {
    LiveHistory h = new LiveHistory(names);
    for (int i = 0; i < columns.size(); i++) {
      h.add(
          columns.repository(i),
          columns.author(i),
          columns.labels(i),
          columns.created(i),
          columns.ownTopics(i));
    }
    h.timelines.forEach(t -> t.merge());
    return h;
  }

  /** The history of the items of {@code columns}, with names of its own. */
  public static LiveHistory of(ItemColumns columns) {
    return of(columns, new HistoryNames());
  }

  /** The history of the items {@code summaries} describe (with their stored own topics). */
  public static LiveHistory of(Collection<ItemSummary> summaries) {
    return of(ItemColumns.of(List.copyOf(summaries)));
  }

  public void add(
      String repository,
      String author,
      Collection<String> labels,
      long created,
      List<String> topics) {
    int set = names.topicSet(topics);
    for (String key : HistoryKeys.keys(repository, author, HistoryKeys.sorted(labels))) {
      timeline(names.key(key)).add(created, set);
    }
  }

  private Timeline timeline(int key) {
    while (timelines.size() <= key) {
      timelines.add(null);
    }
    Timeline t = timelines.get(key);
    if (t == null) {
      t = new Timeline();
      timelines.set(key, t);
    }
    return t;
  }

  /**
   * The raw counts ({@link HistoryNames}) of the items created strictly before {@code created}
   * under each key of an item: its author's, then its labels' in facts order ({@code
   * sortedLabels}).
   */
  public int[][] raw(String repository, String author, List<String> sortedLabels, long created) {
    List<String> keys = HistoryKeys.keys(repository, author, sortedLabels);
    int[][] out = new int[keys.size()][];
    for (int i = 0; i < out.length; i++) {
      int key = names.key(keys.get(i));
      Timeline t = key < timelines.size() ? timelines.get(key) : null;
      out[i] = t == null ? new int[] {0} : t.countBefore(created);
    }
    return out;
  }

  public HistoryFacts facts(
      String repository, String author, Collection<String> labels, long created) {
    List<String> sorted = List.copyOf(HistoryKeys.sorted(labels));
    return names.facts(author, sorted, raw(repository, author, sorted, created));
  }
}
