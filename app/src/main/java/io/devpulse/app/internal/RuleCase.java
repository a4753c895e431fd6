package io.devpulse.app.internal;

import io.devpulse.model.Item;
import io.devpulse.model.Priority;
import java.util.Set;

/**
 * One case of a {@code rules test} file: an item and what the rules must conclude about it — topics
 * it must have, topics it must not have, and (optionally) its priority.
 *
 * @param priority the priority it must have, or null for any
 */
public record RuleCase(
    String name, Item item, Set<String> topics, Set<String> notTopics, Priority priority) {
  public RuleCase {
    topics = Set.copyOf(topics);
    notTopics = Set.copyOf(notTopics);
  }
}
