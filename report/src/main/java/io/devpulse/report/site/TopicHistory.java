package io.devpulse.report.site;

import io.devpulse.report.TrendDirection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A topic's items created per week, with its trend: the last complete week held against the mean of
 * the {@link #COMPARED_WEEKS} weeks before it. An item counts under its primary topic only; the
 * other topics it carries count it as a mention, shown apart and not judged.
 *
 * @param perWeek items whose primary topic this is, per week along the site's {@link WeekAxis}
 * @param mentionsPerWeek the other items that carry the topic, per week along the same axis
 * @param lists the items per week with any, by week key
 * @param trendWeek the index (on the axis) of the week judged, or -1 when there is no complete week
 */
public record TopicHistory(
    String topic,
    List<Long> perWeek,
    List<Long> mentionsPerWeek,
    Map<String, ItemList> lists,
    int trendWeek,
    double trendMean,
    TrendDirection trend) {
  /** How many earlier weeks a week is compared with. */
  public static final int COMPARED_WEEKS = 4;

  public TopicHistory {
    Objects.requireNonNull(topic, "topic");
    perWeek = List.copyOf(perWeek);
    mentionsPerWeek = List.copyOf(mentionsPerWeek);
    if (mentionsPerWeek.size() != perWeek.size()) {
      throw new IllegalArgumentException(
          "topic "
              + topic
              + " has "
              + perWeek.size()
              + " weeks but "
              + mentionsPerWeek.size()
              + " weeks of mentions");
    }
    lists = Map.copyOf(lists);
    Objects.requireNonNull(trend, "trend");
  }

  /**
   * The history of {@code topic}; {@code lastWeekComplete} says whether the axis' last week is over
   * (a week still running would always read as falling).
   */
  public static TopicHistory of(
      String topic, List<Long> perWeek, Map<String, ItemList> lists, boolean lastWeekComplete) {
    return of(topic, perWeek, perWeek.stream().map(n -> 0L).toList(), lists, lastWeekComplete);
  }

  /** The same, with the mentions per week beside (never judged: the trend is of primary items). */
  public static TopicHistory of(
      String topic,
      List<Long> perWeek,
      List<Long> mentionsPerWeek,
      Map<String, ItemList> lists,
      boolean lastWeekComplete) {
    int judged = perWeek.size() - (lastWeekComplete ? 1 : 2);
    if (judged < 0) {
      return new TopicHistory(
          topic, perWeek, mentionsPerWeek, lists, -1, 0, TrendDirection.NO_HISTORY);
    }
    int held = Math.min(COMPARED_WEEKS, judged);
    long sum = 0;
    for (int i = judged - held; i < judged; i++) {
      sum += perWeek.get(i);
    }
    double mean = held == 0 ? 0 : sum / (double) held;
    long count = perWeek.get(judged);
    return new TopicHistory(
        topic,
        perWeek,
        mentionsPerWeek,
        lists,
        judged,
        mean,
        TrendDirection.judge(count, mean, held));
  }

  /** Items whose primary topic this is, in all. */
  public long total() {
    return perWeek.stream().mapToLong(Long::longValue).sum();
  }

  /** The other items that carry the topic, in all. */
  public long mentionsTotal() {
    return mentionsPerWeek.stream().mapToLong(Long::longValue).sum();
  }
}
