package io.devpulse.report;

import java.util.List;
import java.util.Objects;

/**
 * One topic's count in the window against the earlier windows. An item counts under its primary
 * topic only; the other topics it carries count it as a mention, shown apart and never ranked, so
 * one item is not counted (or shown as an example) under several topics.
 *
 * @param count window items whose primary topic this is
 * @param mentions other window items that carry the topic (their primary topic is another, or none)
 * @param previousMean the mean primary count over the earlier windows the index holds, rounded to
 *     two decimals
 * @param examples up to three window items whose primary topic this is, most urgent first, then
 *     newest number
 */
public record TopicTrend(
    String topic,
    int count,
    int mentions,
    double previousMean,
    TrendDirection direction,
    List<ItemRef> examples) {
  public TopicTrend {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(direction, "direction");
    examples = List.copyOf(examples);
  }

  /**
   * True for a topic no window item has as its primary topic but some carry, and that is not
   * falling: it is a mention only, listed apart from the ranked topics.
   */
  public boolean mentionedOnly() {
    return count == 0 && mentions > 0 && direction != TrendDirection.FALLING;
  }
}
