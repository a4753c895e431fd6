package io.devpulse.classify.internal;

import io.devpulse.classify.HistoryFacts;
import io.devpulse.index.ItemColumns;
import io.devpulse.index.ItemSummary;
import io.devpulse.rules.facts.AuthorHistory;
import io.devpulse.rules.facts.LabelHistory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The history of the items of an index plus those a unit of work has put so far, for classifying
 * each item as it arrives: per author and per label, the items' creation times with their topics,
 * answering "the earlier items and their topics" for any time. Items may arrive in any order; each
 * key keeps a sorted part with running topic counts (a binary search) and a short unsorted tail
 * merged into it once it grows past the square root of the sorted part, so answering and adding
 * stay cheap for keys with tens of thousands of items. The answers are exact for what was added;
 * {@code ClassificationPass} then settles what arriving out of creation order changed.
 */
public final class LiveHistory {
  private record Entry(long created, List<String> topics) {}

  private static final class Timeline {
    long[] times = new long[0];
    List<List<String>> topicsInOrder = new ArrayList<>();
    Map<String, int[]> running = new HashMap<>();
    final List<Entry> tail = new ArrayList<>();

    void add(long created, List<String> topics) {
      tail.add(new Entry(created, topics));
      if (tail.size() > 16 + Math.sqrt(times.length)) {
        merge();
      }
    }

    void merge() {
      List<Entry> all = new ArrayList<>(times.length + tail.size());
      for (int i = 0; i < times.length; i++) {
        all.add(new Entry(times[i], topicsInOrder.get(i)));
      }
      all.addAll(tail);
      tail.clear();
      all.sort((a, b) -> Long.compare(a.created(), b.created()));
      times = new long[all.size()];
      topicsInOrder = new ArrayList<>(all.size());
      running = new HashMap<>();
      for (int i = 0; i < all.size(); i++) {
        times[i] = all.get(i).created();
        topicsInOrder.add(all.get(i).topics());
        for (String t : all.get(i).topics()) {
          running.computeIfAbsent(t, k -> new int[times.length + 1])[i + 1]++;
        }
      }
      for (int[] counts : running.values()) {
        for (int i = 1; i < counts.length; i++) {
          counts[i] += counts[i - 1];
        }
      }
    }

    /** Items created strictly before {@code time}, and their topic counts into {@code topics}. */
    int countBefore(long time, Map<String, Integer> topics) {
      int i = Arrays.binarySearch(times, time);
      if (i < 0) {
        i = -i - 1;
      } else {
        while (i > 0 && times[i - 1] == time) {
          i--;
        }
      }
      int n = i;
      for (var e : running.entrySet()) {
        if (e.getValue()[n] > 0) {
          topics.merge(e.getKey(), e.getValue()[n], Integer::sum);
        }
      }
      for (Entry e : tail) {
        if (e.created() < time) {
          i++;
          for (String t : e.topics()) {
            topics.merge(t, 1, Integer::sum);
          }
        }
      }
      return i;
    }
  }

  private final Map<String, Timeline> timelines = new HashMap<>();

  /** The history of the items of {@code columns} (with their stored own topics). */
  public static LiveHistory of(ItemColumns columns) {
    LiveHistory h = new LiveHistory();
    for (int i = 0; i < columns.size(); i++) {
      h.add(
          columns.repository(i),
          columns.author(i),
          columns.labels(i),
          columns.created(i),
          columns.ownTopics(i));
    }
    h.timelines.values().forEach(Timeline::merge);
    return h;
  }

  /** The history of the items {@code summaries} describe (with their stored own topics). */
  public static LiveHistory of(Collection<ItemSummary> summaries) {
    LiveHistory h = new LiveHistory();
    for (ItemSummary s : summaries) {
      h.add(s.repository(), s.author(), s.labels(), s.created(), s.ownTopics());
    }
    h.timelines.values().forEach(Timeline::merge);
    return h;
  }

  public void add(
      String repository,
      String author,
      Collection<String> labels,
      long created,
      List<String> topics) {
    List<String> t = List.copyOf(topics);
    for (String key : HistoryKeys.keys(repository, author, HistoryKeys.sorted(labels))) {
      timelines.computeIfAbsent(key, k -> new Timeline()).add(created, t);
    }
  }

  public HistoryFacts facts(
      String repository, String author, Collection<String> labels, long created) {
    Map<String, Integer> topics = new HashMap<>();
    Timeline a = timelines.get(HistoryKeys.authorKey(repository, author));
    int n = a == null ? 0 : a.countBefore(created, topics);
    AuthorHistory authorHistory = new AuthorHistory(author, n, topics);
    List<LabelHistory> out = new ArrayList<>();
    for (String label : HistoryKeys.sorted(labels)) {
      Timeline l = timelines.get(HistoryKeys.labelKey(repository, label));
      Map<String, Integer> lt = new HashMap<>();
      int ln = l == null ? 0 : l.countBefore(created, lt);
      if (ln > 0) {
        out.add(new LabelHistory(label, ln, lt));
      }
    }
    return new HistoryFacts(authorHistory, out);
  }
}
