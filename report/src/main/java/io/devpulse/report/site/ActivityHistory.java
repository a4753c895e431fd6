package io.devpulse.report.site;

import java.util.List;

/**
 * The activity page: items opened, pull requests merged and items closed without a merge per week;
 * first-time contributors per week (the week of each account's first item held; bots apart); time
 * to merge per month. Week counts run along the site's {@link WeekAxis}.
 */
public record ActivityHistory(
    List<Long> created,
    List<Long> merged,
    List<Long> closedUnmerged,
    List<Long> firstTimers,
    List<Long> firstTimeBots,
    List<MergeTime> mergeTimes) {
  public ActivityHistory {
    created = List.copyOf(created);
    merged = List.copyOf(merged);
    closedUnmerged = List.copyOf(closedUnmerged);
    firstTimers = List.copyOf(firstTimers);
    firstTimeBots = List.copyOf(firstTimeBots);
    mergeTimes = List.copyOf(mergeTimes);
  }
}
