package io.devpulse.rules.facts;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the history index knows about an item's author: how many earlier items they wrote and how
 * many of those had each topic. Present in the session only when a history is available (never with
 * {@code History.NONE}), so "first-time contributor" rules do not fire without an index.
 *
 * <pre>{@code
 * $a : AuthorHistory( login == $i.author(), items >= 3 )
 * $t : String() from $a.topics()
 * eval( $a.share($t) >= 0.5 )
 * }</pre>
 *
 * @param login the author's login
 * @param items the number of the author's earlier items
 * @param topicCounts topic → how many of those items had it
 */
public record AuthorHistory(String login, int items, Map<String, Integer> topicCounts) {
  public AuthorHistory {
    Objects.requireNonNull(login, "login");
    if (items < 0) {
      throw new IllegalArgumentException("items (" + items + ") must not be negative");
    }
    topicCounts = Map.copyOf(topicCounts);
    for (var e : topicCounts.entrySet()) {
      if (e.getValue() < 0 || e.getValue() > items) {
        throw new IllegalArgumentException(
            "count of topic "
                + e.getKey()
                + " ("
                + e.getValue()
                + ") must be between 0 and "
                + items);
      }
    }
  }

  /** How many earlier items had {@code topic}. */
  public int count(String topic) {
    return topicCounts.getOrDefault(topic, 0);
  }

  /** The share (0..1) of earlier items with {@code topic}; 0 when there are none. */
  public double share(String topic) {
    return items == 0 ? 0 : (double) count(topic) / items;
  }

  /**
   * The topics of earlier items (unordered; no copy is made, so {@code from $a.topics()} is cheap).
   */
  public Set<String> topics() {
    return topicCounts.keySet();
  }

  /** No earlier item by this author. */
  public boolean isFirstTime() {
    return items == 0;
  }

  /** Evidence for a history rule: {@code author: 9 of 11 earlier items amd-rocm}. */
  public String evidence(String topic) {
    return "author: " + count(topic) + " of " + items + " earlier items " + topic;
  }

  @Override
  public String toString() {
    return "AuthorHistory[" + login + ", " + items + " items, " + new TreeMap<>(topicCounts) + "]";
  }
}
