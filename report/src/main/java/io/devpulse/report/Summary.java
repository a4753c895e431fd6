package io.devpulse.report;

import java.util.List;
import java.util.Objects;

/**
 * What the summary paragraph is made of (the counts are {@link Report#stats()}, which the summary
 * does not repeat).
 *
 * @param leadingTopics the (at most three) topics that are the primary topic of the most window
 *     items, most first, in the order of {@link Trends#topics()}
 * @param topItems the (at most three) most urgent high or critical items
 * @param activity the window's activity against the earlier windows of its length
 * @param mainLines the (at most two) main lines of work, each with its leading items
 * @param topRiskOrNull the most urgent high or critical item with the reasons for its priority;
 *     null when there is none
 */
public record Summary(
    List<TopicCount> leadingTopics,
    List<ItemRef> topItems,
    ActivityLevel activity,
    List<MainLine> mainLines,
    ReasonedItem topRiskOrNull) {
  public Summary {
    leadingTopics = List.copyOf(leadingTopics);
    topItems = List.copyOf(topItems);
    Objects.requireNonNull(activity, "activity");
    mainLines = List.copyOf(mainLines);
  }
}
