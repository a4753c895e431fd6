package io.devpulse.rules;

import io.devpulse.model.Item;
import io.devpulse.rules.facts.AuthorHistory;
import io.devpulse.rules.facts.LabelHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link History} over items held in memory with their known topics, for tests and evaluation.
 * Two flavours: {@link #of} counts, for an item, the author's items created strictly before it
 * (what an index gives); {@link #leaveOneOut} counts all the author's other items, earlier or later
 * (evaluation on a fixed data set). Logins and labels are compared ignoring case.
 */
public final class InMemoryHistory implements History {
  private record Entry(String key, Instant createdAt, Set<String> topics, Set<String> labels) {}

  private final boolean leaveOneOut;
  private final Map<String, List<Entry>> byAuthor = new HashMap<>();
  private final Map<String, List<Entry>> byLabel = new HashMap<>();
  private final Map<String, Map<String, Integer>> authorTotals = new HashMap<>();
  private final Map<String, Map<String, Integer>> labelTotals = new HashMap<>();
  private final Map<String, Entry> byKey = new HashMap<>();

  private InMemoryHistory(Map<Item, Set<String>> topics, boolean leaveOneOut) {
    this.leaveOneOut = leaveOneOut;
    topics.forEach(
        (item, ts) -> {
          Entry e =
              new Entry(
                  item.key(),
                  item.createdAt(),
                  Set.copyOf(ts),
                  Set.copyOf(item.labels().stream().map(InMemoryHistory::lower).toList()));
          byKey.put(item.key(), e);
          String login = lower(item.author().login());
          byAuthor.computeIfAbsent(login, k -> new ArrayList<>()).add(e);
          ts.forEach(
              t ->
                  authorTotals
                      .computeIfAbsent(login, k -> new HashMap<>())
                      .merge(t, 1, Integer::sum));
          for (String label : item.labels()) {
            String l = lower(label);
            byLabel.computeIfAbsent(l, k -> new ArrayList<>()).add(e);
            ts.forEach(
                t ->
                    labelTotals.computeIfAbsent(l, k -> new HashMap<>()).merge(t, 1, Integer::sum));
          }
        });
  }

  /** Chronological: an item's history is the items created strictly before it. */
  public static InMemoryHistory of(Map<Item, Set<String>> topicsByItem) {
    return new InMemoryHistory(topicsByItem, false);
  }

  /** Leave-one-out: an item's history is every other item (by key), regardless of time. */
  public static InMemoryHistory leaveOneOut(Map<Item, Set<String>> topicsByItem) {
    return new InMemoryHistory(topicsByItem, true);
  }

  @Override
  public Optional<AuthorHistory> author(String login, Instant before) {
    return Optional.of(
        count(
            login,
            byAuthor.getOrDefault(lower(login), List.of()),
            null,
            before,
            (n, c) -> new AuthorHistory(login, n, c)));
  }

  @Override
  public Optional<AuthorHistory> author(Item item) {
    String login = item.author().login();
    List<Entry> entries = byAuthor.getOrDefault(lower(login), List.of());
    if (!leaveOneOut) {
      return author(login, item.createdAt());
    }
    return Optional.of(
        others(
            entries.size(),
            byKey.get(item.key()),
            authorTotals.get(lower(login)),
            (n, c) -> new AuthorHistory(login, n, c)));
  }

  @Override
  public List<LabelHistory> labels(Item item) {
    List<LabelHistory> out = new ArrayList<>();
    for (String label : item.labels()) {
      List<Entry> entries = byLabel.getOrDefault(lower(label), List.of());
      Entry self = byKey.get(item.key());
      out.add(
          leaveOneOut
              ? others(
                  entries.size(),
                  self != null && self.labels().contains(lower(label)) ? self : null,
                  labelTotals.get(lower(label)),
                  (n, c) -> new LabelHistory(label, n, c))
              : count(
                  label,
                  entries,
                  item.key(),
                  item.createdAt(),
                  (n, c) -> new LabelHistory(label, n, c)));
    }
    return out;
  }

  private interface Maker<T> {
    T make(int items, Map<String, Integer> counts);
  }

  private static <T> T count(
      String who, List<Entry> entries, String exclude, Instant before, Maker<T> maker) {
    int n = 0;
    Map<String, Integer> counts = new HashMap<>();
    for (Entry e : entries) {
      if (e.createdAt().isBefore(before) && !e.key().equals(exclude)) {
        n++;
        e.topics().forEach(t -> counts.merge(t, 1, Integer::sum));
      }
    }
    return maker.make(n, counts);
  }

  /**
   * All {@code size} entries' counts ({@code totals}) minus those of {@code self} when it is among
   * them.
   */
  private static <T> T others(int size, Entry self, Map<String, Integer> totals, Maker<T> maker) {
    Map<String, Integer> counts = new HashMap<>(totals == null ? Map.of() : totals);
    int n = size;
    if (self != null) {
      n--;
      self.topics().forEach(t -> counts.merge(t, -1, Integer::sum));
      counts.values().removeIf(c -> c <= 0);
    }
    return maker.make(n, counts);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
