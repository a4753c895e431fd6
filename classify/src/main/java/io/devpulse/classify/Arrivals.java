package io.devpulse.classify;

import io.devpulse.classify.internal.HistoryNames;
import io.devpulse.classify.internal.RunningCounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a unit of work put, as {@link ClassificationPass} needs it to tell whether an item's
 * classification stands: per item key, the topics its content gave (what it counts as in later
 * items' history) and the history counts it was classified with, packed ({@link
 * RunningCounts#pack}) under {@link #names}' keys and topics — ~150 bytes an item, where the
 * classification and facts objects were a kilobyte or more.
 */
final class Arrivals {
  /** One item as put: its own topics and the packed raw counts it was classified with. */
  record Arrival(List<String> ownTopics, int[] facts) {}

  private final HistoryNames names;
  private final Map<String, Arrival> byKey = new HashMap<>();
  private final Map<List<String>, List<String>> topicLists = new HashMap<>();

  Arrivals(HistoryNames names) {
    this.names = names;
  }

  /** Nothing put (a reclassification), with names of its own. */
  static Arrivals none() {
    return new Arrivals(new HistoryNames());
  }

  HistoryNames names() {
    return names;
  }

  void put(String key, List<String> ownTopics, int[][] raw) {
    // Topic lists repeat: one instance of each.
    List<String> topics = topicLists.computeIfAbsent(List.copyOf(ownTopics), t -> t);
    byKey.put(key, new Arrival(topics, RunningCounts.pack(raw)));
  }

  Arrival get(String key) {
    return byKey.get(key);
  }

  boolean isEmpty() {
    return byKey.isEmpty();
  }

  Iterable<String> keys() {
    return byKey.keySet();
  }

  void clear() {
    byKey.clear();
  }
}
