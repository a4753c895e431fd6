package io.devpulse.report;

import java.util.List;
import java.util.Objects;

/**
 * One topic's count in the window against the earlier windows.
 *
 * @param previousMean the mean count over the earlier windows the index holds, rounded to two
 *     decimals
 * @param examples up to three window items with the topic, most urgent first, then newest number
 */
public record TopicTrend(
    String topic,
    int count,
    double previousMean,
    TrendDirection direction,
    List<ItemRef> examples) {
  public TopicTrend {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(direction, "direction");
    examples = List.copyOf(examples);
  }
}
