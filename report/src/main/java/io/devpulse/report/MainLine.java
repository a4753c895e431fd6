package io.devpulse.report;

import java.util.List;
import java.util.Objects;

/**
 * One main line of work in a window: a topic and the items that lead it (each item leads one line
 * only, so a summary never names the same item twice).
 *
 * @param count the window's items under the topic
 * @param items the leading items, most urgent first, at most two
 */
public record MainLine(String topic, int count, List<ItemRef> items) {
  public MainLine {
    Objects.requireNonNull(topic, "topic");
    items = List.copyOf(items);
  }
}
