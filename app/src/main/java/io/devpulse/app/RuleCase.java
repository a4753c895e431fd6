package io.devpulse.app;

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
public record RuleCase(String name, Item item, Set<String> topics, Set<String> notTopics, Priority priority) {
  public RuleCase {
    topics = Set.copyOf(topics);
    notTopics = Set.copyOf(notTopics);
  }

  /** One way a classification misses a case; a front end words it. */
  public sealed interface Failure {}

  /** Topics the case wants that the rules did not give ({@code actual} is what they gave). */
  public record MissingTopics(Set<String> missing, List<String> actual) implements Failure {}

  /** Topics the case forbids that the rules gave. */
  public record UnwantedTopics(Set<String> unwanted) implements Failure {}

  public record WrongPriority(Priority actual, Priority expected) implements Failure {}

  /** The ways {@code actual} misses this case; empty when it passes. */
  public List<Failure> failures(Classification actual) {
    List<Failure> failures = new ArrayList<>();
    Set<String> missing = new TreeSet<>(topics);
    missing.removeAll(actual.topics());
    if (!missing.isEmpty()) {
      failures.add(new MissingTopics(missing, actual.topics()));
    }
    Set<String> unwanted = new TreeSet<>(notTopics);
    unwanted.retainAll(actual.topics());
    if (!unwanted.isEmpty()) {
      failures.add(new UnwantedTopics(unwanted));
    }
    if (priority != null && priority != actual.priority()) {
      failures.add(new WrongPriority(actual.priority(), priority));
    }
    return failures;
  }
}
