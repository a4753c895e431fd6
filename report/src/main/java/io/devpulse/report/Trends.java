package io.devpulse.report;

import io.devpulse.model.Coverage;
import java.util.List;

/**
 * Topic counts in the window against earlier windows of the same length.
 *
 * @param previousWindows how many earlier windows were asked for
 * @param windowsWithHistory how many of them the index holds (by its coverage; without coverage,
 *     those starting at or after the oldest item): only those count towards the mean, since a
 *     window the index does not hold would read as zero for want of data
 * @param historySourceOrNull how the index holds the compared windows: all synced, or some imported
 *     from files (completeness not verified); null when none is held
 * @param topics topics that are the primary topic of window items, most such items first (ties:
 *     more urgent items, then name); then topics no window item has as its primary topic whose
 *     earlier mean was at least one (falling), highest mean first; then the other topics window
 *     items carry ({@link TopicTrend#mentionedOnly()}), most mentions first, ties by name
 */
public record Trends(
    int previousWindows,
    int windowsWithHistory,
    Coverage.Source historySourceOrNull,
    List<TopicTrend> topics) {
  public Trends {
    topics = List.copyOf(topics);
  }
}
