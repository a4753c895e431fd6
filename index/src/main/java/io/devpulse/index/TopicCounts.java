package io.devpulse.index;

import java.util.Map;

/**
 * How many items matched a history question, and how many of those carried each topic.
 *
 * @param items how many items matched
 * @param topics topic → how many of those items have it (topics of unclassified items are unknown)
 */
public record TopicCounts(long items, Map<String, Long> topics) {
  public TopicCounts {
    if (items < 0) {
      throw new IllegalArgumentException("items (" + items + ") must not be negative");
    }
    topics = Map.copyOf(topics);
  }
}
