package io.devpulse.report;

import java.util.List;

/**
 * What the summary paragraph is made of (the counts are {@link Report#stats()}).
 *
 * @param leadingTopics the (at most three) topics with the most window items, most first, ties by
 *     name
 * @param topItems the (at most three) most urgent high or critical items
 */
public record Summary(List<TopicCount> leadingTopics, List<ItemRef> topItems) {
  public Summary {
    leadingTopics = List.copyOf(leadingTopics);
    topItems = List.copyOf(topItems);
  }
}
