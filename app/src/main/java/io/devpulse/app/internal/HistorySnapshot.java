package io.devpulse.app.internal;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.Multimaps;
import io.devpulse.index.HistoryIndex;
import io.devpulse.model.Classification;
import io.devpulse.model.Item;
import io.devpulse.rules.History;
import io.devpulse.rules.facts.AuthorHistory;
import io.devpulse.rules.facts.LabelHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The same history as {@link IndexHistory}, read from the index once and kept in memory: per author and
 * per label (in one repository, case-insensitive) the items' creation times in order, with running topic
 * counts, so "earlier items and their topics" is a binary search. For classifying every item of the
 * index again, where asking the index per item costs time proportional to the author's history each time
 * (quadratic over the whole index).
 */
public final class HistorySnapshot implements History {
  private final Map<String, Timeline> byAuthor;
  private final Map<String, Timeline> byLabel;

  private HistorySnapshot(Map<String, Timeline> byAuthor, Map<String, Timeline> byLabel) {
    this.byAuthor = byAuthor;
    this.byLabel = byLabel;
  }

  public static HistorySnapshot of(HistoryIndex index) {
    // Values in creation order, so each key's timeline is sorted as it is built.
    Comparator<Entry> byCreation = Comparator.comparingLong(Entry::created);
    ImmutableListMultimap.Builder<String, Entry> authors =
        ImmutableListMultimap.<String, Entry>builder().orderValuesBy(byCreation);
    ImmutableListMultimap.Builder<String, Entry> labels =
        ImmutableListMultimap.<String, Entry>builder().orderValuesBy(byCreation);
    index.forEachItem(hit -> {
      Item item = hit.item();
      Classification c = hit.classification();
      Entry entry = new Entry(item.createdAt().toEpochMilli(), c == null ? List.of() : c.topics());
      authors.put(key(item, item.author().login()), entry);
      for (String label : item.labels()) {
        labels.put(key(item, label), entry);
      }
    });
    return new HistorySnapshot(timelines(authors.build()), timelines(labels.build()));
  }

  @Override
  public Optional<AuthorHistory> author(String login, Instant before) {
    return Optional.empty(); // asked only with the item, which names the repository
  }

  @Override
  public Optional<AuthorHistory> author(Item item) {
    String login = item.author().login();
    Timeline t = byAuthor.get(key(item, login));
    if (t == null) {
      return Optional.of(new AuthorHistory(login, 0, Map.of()));
    }
    int n = t.countBefore(item.createdAt().toEpochMilli());
    return Optional.of(new AuthorHistory(login, n, t.topicCounts(n)));
  }

  @Override
  public List<LabelHistory> labels(Item item) {
    List<LabelHistory> out = new ArrayList<>(item.labels().size());
    for (String label : item.labels()) {
      Timeline t = byLabel.get(key(item, label));
      int n = t == null ? 0 : t.countBefore(item.createdAt().toEpochMilli());
      if (n > 0) {
        out.add(new LabelHistory(label, n, t.topicCounts(n)));
      }
    }
    return out;
  }

  private static String key(Item item, String value) {
    return item.repository().key() + '\u0000' + value.toLowerCase(Locale.ROOT);
  }

  private static Map<String, Timeline> timelines(ListMultimap<String, Entry> entries) {
    Map<String, Timeline> out = new HashMap<>(entries.keySet().size() * 2);
    Multimaps.asMap(entries).forEach((k, v) -> out.put(k, Timeline.of(v)));
    return out;
  }

  private record Entry(long created, List<String> topics) {}

  /** Creation times in order, and per topic how many of the first i items had it. */
  private record Timeline(long[] times, Map<String, int[]> runningCounts) {
    /** From entries in creation order. */
    static Timeline of(List<Entry> entries) {
      long[] times = new long[entries.size()];
      Map<String, int[]> running = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        times[i] = entries.get(i).created();
        for (String topic : entries.get(i).topics()) {
          running.computeIfAbsent(topic, k -> new int[entries.size() + 1])[i + 1]++;
        }
      }
      for (int[] counts : running.values()) {
        for (int i = 1; i < counts.length; i++) {
          counts[i] += counts[i - 1];
        }
      }
      return new Timeline(times, running);
    }

    /** How many items were created strictly before {@code time}. */
    int countBefore(long time) {
      int i = Arrays.binarySearch(times, time);
      if (i < 0) {
        return -i - 1;
      }
      while (i > 0 && times[i - 1] == time) {
        i--;
      }
      return i;
    }

    Map<String, Integer> topicCounts(int firstN) {
      Map<String, Integer> out = new HashMap<>();
      runningCounts.forEach((topic, counts) -> {
        if (counts[firstN] > 0) {
          out.put(topic, counts[firstN]);
        }
      });
      return out;
    }
  }
}
