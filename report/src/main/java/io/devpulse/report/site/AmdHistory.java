package io.devpulse.report.site;

import java.util.List;

/**
 * The AMD/ROCm page: pull requests merged and issues opened per week (counts along the site's
 * {@link WeekAxis}), the people with most AMD/ROCm items (bots left out) and the items still open.
 *
 * @param openTotal how many AMD/ROCm items are open; {@code open} holds the most recently updated
 */
public record AmdHistory(
    List<Long> mergedPerWeek,
    List<Long> newIssuesPerWeek,
    List<NamedCount> contributors,
    long openTotal,
    List<ListItem> open) {
  public AmdHistory {
    mergedPerWeek = List.copyOf(mergedPerWeek);
    newIssuesPerWeek = List.copyOf(newIssuesPerWeek);
    contributors = List.copyOf(contributors);
    open = List.copyOf(open);
  }
}
