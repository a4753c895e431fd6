package io.devpulse.report.site;

import java.util.List;
import java.util.Objects;

/**
 * The items behind one bar of a topic chart: what {@code devpulse query QUERY --repo R} lists.
 *
 * @param week the bar's week key ({@code 2025-W50})
 * @param query the query, in the index's syntax, whose hits these are
 * @param total how many items match (the bar's height)
 * @param items the first of them, newest first
 */
public record ItemList(String topic, String week, String query, long total, List<ListItem> items) {
  public ItemList {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(week, "week");
    Objects.requireNonNull(query, "query");
    items = List.copyOf(items);
  }
}
