package io.devpulse.cli;

import io.devpulse.model.Classification;
import io.devpulse.model.Item;
import io.devpulse.model.Priority;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One case of a {@code rules test} file: an item and what the rules must conclude about it — topics it
 * must have, topics it must not have, and (optionally) its priority.
 */
record RuleCase(String name, Item item, Set<String> topics, Set<String> notTopics, Priority priority) {
  RuleCase {
    topics = Set.copyOf(topics);
    notTopics = Set.copyOf(notTopics);
  }

  /** The ways {@code actual} misses this case; empty when it passes. */
  List<String> failures(Classification actual) {
    List<String> failures = new ArrayList<>();
    Set<String> missing = new TreeSet<>(topics);
    missing.removeAll(actual.topics());
    if (!missing.isEmpty()) {
      failures.add(Messages.get("rules.test.missing", missing, actual.topics()));
    }
    Set<String> unwanted = new TreeSet<>(notTopics);
    unwanted.retainAll(actual.topics());
    if (!unwanted.isEmpty()) {
      failures.add(Messages.get("rules.test.unwanted", unwanted));
    }
    if (priority != null && priority != actual.priority()) {
      failures.add(Messages.get("rules.test.priority", actual.priority().key(), priority.key()));
    }
    return failures;
  }
}
