package io.devpulse.rules.facts;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Earlier items that carried one of this item's labels, and their topics: one fact per label of the
 * item that the history knows. Present only when a history is available.
 *
 * @param label the label, as on the item
 * @param items the number of earlier items with that label
 * @param topicCounts topic → how many of those items had it
 */
public record LabelHistory(String label, int items, Map<String, Integer> topicCounts) {
  public LabelHistory {
    Objects.requireNonNull(label, "label");
    if (items < 0) {
      throw new IllegalArgumentException("items (" + items + ") must not be negative");
    }
    topicCounts = Map.copyOf(topicCounts);
  }

  public int count(String topic) {
    return topicCounts.getOrDefault(topic, 0);
  }

  /** The share (0..1) of earlier items with this label that had {@code topic}. */
  public double share(String topic) {
    return items == 0 ? 0 : (double) count(topic) / items;
  }

  /** The topics of those items (unordered). */
  public Set<String> topics() {
    return topicCounts.keySet();
  }

  /** Evidence: {@code label 'rocm': 40 of 42 earlier items amd-rocm}. */
  public String evidence(String topic) {
    return "label '" + label + "': " + count(topic) + " of " + items + " earlier items " + topic;
  }
}
