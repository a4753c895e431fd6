package io.devpulse.report;

import java.util.List;

/**
 * Topic counts in the window against earlier windows of the same length.
 *
 * @param previousWindows how many earlier windows were asked for
 * @param windowsWithHistory how many of them start at or after the oldest item in the index (only those
 *     count towards the mean; earlier ones would read as zero only because the index does not reach back)
 * @param topics topics present in the window, most items first (ties: more urgent items, then name); then
 *     topics absent now whose earlier mean was at least one (falling), highest mean first
 */
public record Trends(int previousWindows, int windowsWithHistory, List<TopicTrend> topics) {
  public Trends {
    topics = List.copyOf(topics);
  }
}
