package io.devpulse.classify;

import io.devpulse.index.HistoryIndex;
import io.devpulse.index.TopicCounts;
import io.devpulse.model.Item;
import io.devpulse.rules.History;
import io.devpulse.rules.facts.AuthorHistory;
import io.devpulse.rules.facts.LabelHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules' {@link History} read from the index: an item's author's and labels' earlier items in the
 * same repository (created before it) with their stored topics. Items classified by nobody yet count as
 * items without topics.
 */
public final class IndexHistory implements History {
  private final HistoryIndex index;

  public IndexHistory(HistoryIndex index) {
    this.index = index;
  }

  /** The history in {@code indexOrNull}, or {@link History#NONE} when there is no index. */
  public static History of(HistoryIndex indexOrNull) {
    return indexOrNull == null ? History.NONE : new IndexHistory(indexOrNull);
  }

  @Override
  public Optional<AuthorHistory> author(String login, Instant before) {
    // Without the repository the question is ill-posed; the classifier always asks with the item.
    return Optional.empty();
  }

  @Override
  public Optional<AuthorHistory> author(Item item) {
    TopicCounts c = index.earlierItemsBy(item.repository(), item.author().login(), item.createdAt());
    return Optional.of(new AuthorHistory(item.author().login(), (int) c.items(), ints(c.topics())));
  }

  @Override
  public List<LabelHistory> labels(Item item) {
    List<LabelHistory> out = new ArrayList<>(item.labels().size());
    for (String label : item.labels()) {
      TopicCounts c = index.earlierItemsLabelled(item.repository(), label, item.createdAt());
      if (c.items() > 0) {
        out.add(new LabelHistory(label, (int) c.items(), ints(c.topics())));
      }
    }
    return out;
  }

  private static Map<String, Integer> ints(Map<String, Long> counts) {
    Map<String, Integer> out = new HashMap<>(counts.size() * 2);
    counts.forEach((k, v) -> out.put(k, v.intValue()));
    return out;
  }
}
