package io.devpulse.app.internal;

import io.devpulse.index.CountBy;
import io.devpulse.index.DateField;
import io.devpulse.index.FirstItems;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.ItemQuery;
import io.devpulse.index.SearchOptions;
import io.devpulse.index.SearchResult;
import io.devpulse.model.Actor;
import io.devpulse.model.BotPolicy;
import io.devpulse.model.Coverage;
import io.devpulse.model.ItemState;
import io.devpulse.model.Repository;
import io.devpulse.model.Window;
import io.devpulse.report.FirstTimeRule;
import io.devpulse.report.HeldHistory;
import io.devpulse.report.site.ActivityHistory;
import io.devpulse.report.site.AmdHistory;
import io.devpulse.report.site.HistorySpan;
import io.devpulse.report.site.ItemList;
import io.devpulse.report.site.ListItem;
import io.devpulse.report.site.MergeTime;
import io.devpulse.report.site.NamedCount;
import io.devpulse.report.site.TopicHistory;
import io.devpulse.report.site.WeekAxis;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads one repository's history for the site from an open index. Every weekly count is the index's
 * {@code countBy} for a query in its syntax — the very call behind {@code devpulse query QUERY
 * --repo R --count-by week --date D --tz Z} — so a chart and the command agree by construction; the
 * list behind a bar is the search for that query narrowed to the week. Nothing loads every item:
 * the activity page's first-timers and times to merge are doc-values passes too, and the stored
 * fields read are those of the pages' lists and of one item per author.
 */
public final class SiteHistoryReader {
  /**
   * The queries of the charts, in the index's syntax: what a reader types to get a chart's numbers
   * (the topics page says how), so these stay text; the counts behind no chart are {@link
   * ItemQuery}s.
   */
  public static final String MERGED = "merged:true";

  public static final String CLOSED_UNMERGED = "closed:true AND NOT merged:true";
  static final int LIST_LIMIT = 50;

  /**
   * How many recent weeks get a list page behind their bars: a search per topic and week costs
   * stored fields, and 4 years of 12 topics would be 2,500 searches; older weeks are a {@code
   * devpulse query} away (the topics page says how).
   */
  public static final int LIST_WEEKS = 26;

  static final int OPEN_LIMIT = 20;
  static final int CONTRIBUTORS = 10;
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);

  private final HistoryIndex index;
  private final Repository repo;
  private final ZoneId zone;
  private final BotPolicy bots;
  private final String focusTopic;

  /**
   * @param focusTopicOrNull the topic of the AMD/ROCm page (the rule pack's focus); null: none
   */
  public SiteHistoryReader(
      HistoryIndex index, Repository repo, ZoneId zone, BotPolicy bots, String focusTopicOrNull) {
    this.index = index;
    this.repo = repo;
    this.zone = zone;
    this.bots = bots;
    this.focusTopic = focusTopicOrNull;
  }

  /** The items that carry a topic (the focus topic's page counts them all). */
  public static String topicQuery(String topic) {
    return "topic:" + topic;
  }

  /**
   * The query of a topic's chart: the items whose primary topic it is, so that an item counts under
   * one topic only.
   */
  public static String primaryQuery(String topic) {
    return "primary:" + topic;
  }

  /** The other items that carry the topic: its mentions, the chart's lighter bars. */
  public static String mentionsQuery(String topic) {
    return topicQuery(topic) + " AND NOT " + primaryQuery(topic);
  }

  /**
   * The items whose primary topic is {@code topic} created in week {@code i} of the axis, in the
   * index's syntax.
   */
  public static String weekQuery(String topic, WeekAxis axis, int i) {
    return primaryQuery(topic) + " AND created:[" + axis.start(i) + " TO " + axis.end(i) + "}";
  }

  /**
   * What the site stands on: the first and last item created (null when the repository has none).
   */
  public HistorySpan coverage() {
    Optional<Instant> first = HeldHistory.firstCreated(index, repo);
    return first.isEmpty()
        ? null
        : new HistorySpan(first.get(), HeldHistory.lastCreated(index, repo).orElseThrow());
  }

  /**
   * How many items match {@code query} per week of {@code date}, keyed like {@code --count-by
   * week}.
   */
  public Map<String, Long> weekly(String query, DateField date) {
    return index.countBy(query, repo, CountBy.WEEK, date, zone);
  }

  /** The focus topic's pull requests merged per week (none without a focus topic). */
  public Map<String, Long> focusMerged() {
    return focusTopic == null
        ? Map.of()
        : weekly(topicQuery(focusTopic) + " AND kind:pr AND merged:true", DateField.MERGED);
  }

  /** The focus topic's issues opened per week (none without a focus topic). */
  public Map<String, Long> focusIssues() {
    return focusTopic == null
        ? Map.of()
        : weekly(topicQuery(focusTopic) + " AND kind:issue", DateField.CREATED);
  }

  /** The topics any item of the repository has. */
  public List<String> topics() {
    Map<String, Long> byTopic = index.countBy(ItemQuery.all(), repo, CountBy.TOPIC, null, null);
    return List.copyOf(new TreeMap<>(byTopic).keySet());
  }

  /**
   * The weeks every chart spans: those of the coverage, widened to any week a count falls in (a
   * pull request opened in the last week may be merged later).
   */
  public WeekAxis axis(HistorySpan coverage, List<Map<String, Long>> counts) {
    return WeekAxis.covering(coverage.from(), coverage.to(), zone, counts);
  }

  /**
   * Whether the axis' last week is over, as far as the history held can tell: the last item was
   * created on its Sunday (a real coverage record will answer this properly).
   */
  public boolean lastWeekComplete(HistorySpan coverage, WeekAxis axis) {
    Instant lastWeekStart = axis.start(axis.size() - 1);
    return !coverage.to().isBefore(lastWeekStart)
        && coverage.to().atZone(zone).getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /**
   * Whether {@code login}, whose first item held falls in week {@code i}, is a first-time
   * contributor by the report's rule: GitHub's association of that item, else the history held, if
   * it is all held.
   */
  private static boolean firstTime(
      String login, FirstItems firsts, Coverage held, WeekAxis axis, int i) {
    List<String> association =
        firsts.of(login).map(first -> List.of(first.authorAssociation())).orElse(List.of());
    Window week = new Window(axis.start(i), axis.end(i));
    return FirstTimeRule.judge(association, () -> false, held.holdsAllHistoryBefore(week))
        .isFirstTime();
  }

  /**
   * A topic's weekly counts ({@code weekly}: by primary topic; {@code mentions}: the other items
   * that carry it) with the list of primary items behind each bar.
   */
  public TopicHistory topic(
      String topic,
      Map<String, Long> weekly,
      Map<String, Long> mentions,
      WeekAxis axis,
      boolean lastWeekComplete) {
    List<Long> perWeek = axis.align(weekly);
    Map<String, ItemList> lists = new LinkedHashMap<>();
    for (int i = Math.max(0, axis.size() - LIST_WEEKS); i < axis.size(); i++) {
      if (perWeek.get(i) > 0) {
        String week = axis.keys().get(i);
        String query = weekQuery(topic, axis, i);
        SearchResult hits =
            index.search(query, new SearchOptions(repo, "created", true, LIST_LIMIT));
        lists.put(
            week,
            new ItemList(
                topic,
                week,
                query,
                hits.totalHits(),
                hits.items().stream().map(h -> ListItem.of(h.item())).toList()));
      }
    }
    return TopicHistory.of(topic, perWeek, axis.align(mentions), lists, lastWeekComplete);
  }

  /** The AMD/ROCm page from its two weekly counts. */
  public AmdHistory amd(Map<String, Long> merged, Map<String, Long> issues, WeekAxis axis) {
    List<NamedCount> people = new ArrayList<>();
    if (focusTopic == null) {
      return new AmdHistory(axis.align(merged), axis.align(issues), people, 0, List.of());
    }
    for (Map.Entry<String, Long> e :
        index.countBy(ItemQuery.topic(focusTopic), repo, CountBy.AUTHOR, null, null).entrySet()) {
      if (people.size() == CONTRIBUTORS) {
        break;
      }
      if (!bots.isBot(Actor.user(e.getKey()))) {
        people.add(new NamedCount(e.getKey(), e.getValue()));
      }
    }
    SearchResult open =
        index.search(
            ItemQuery.topic(focusTopic).and(ItemQuery.state(ItemState.OPEN)),
            new SearchOptions(repo, "updated", true, OPEN_LIMIT));
    return new AmdHistory(
        axis.align(merged),
        axis.align(issues),
        people,
        open.totalHits(),
        open.items().stream().map(h -> ListItem.of(h.item())).toList());
  }

  /**
   * The activity page: weekly counts given; first-time contributors from the authors of each week
   * (doc values: one author count per week, walked oldest first) judged on each author's first item
   * (one pass for all authors, {@link HistoryIndex#firstItemsByAuthor}); times to merge in calendar
   * days from the creation days of the pull requests merged on each day (one count per day).
   */
  public ActivityHistory activity(
      Map<String, Long> created,
      Map<String, Long> merged,
      Map<String, Long> closedUnmerged,
      WeekAxis axis) {
    Map<String, Long> humans = new HashMap<>();
    Map<String, Long> botCounts = new HashMap<>();
    Set<String> seen = new HashSet<>();
    Coverage held = CoverageLedger.read(index.commitData()).coverageOf(repo);
    // Every author's first item at once: one pass over the repository, not a search per author.
    FirstItems firsts = index.firstItemsByAuthor(repo);
    Map<String, List<Long>> waits = new TreeMap<>();
    for (int i = 0; i < axis.size(); i++) {
      String week = axis.keys().get(i);
      Map<String, Long> authors =
          index.countBy(
              ItemQuery.between(DateField.CREATED, axis.start(i), axis.end(i)),
              repo,
              CountBy.AUTHOR,
              null,
              null);
      for (String login : new TreeSet<>(authors.keySet())) {
        if (!seen.add(login.toLowerCase(Locale.ROOT))) {
          continue;
        }
        if (bots.isBot(Actor.user(login))) {
          botCounts.merge(week, 1L, Long::sum);
        } else if (firstTime(login, firsts, held, axis, i)) {
          humans.merge(week, 1L, Long::sum);
        }
      }
      for (int d = 0; d < 7; d++) {
        LocalDate day = axis.mondays().get(i).plusDays(d);
        ItemQuery q =
            ItemQuery.merged()
                .and(
                    ItemQuery.between(
                        DateField.MERGED,
                        day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant()));
        Map<String, Long> byCreatedDay =
            index.countBy(q, repo, CountBy.DAY, DateField.CREATED, zone);
        List<Long> month = waits.computeIfAbsent(MONTH.format(day), k -> new ArrayList<>());
        byCreatedDay.forEach(
            (createdDay, n) -> {
              if (!createdDay.equals("none")) {
                long wait = ChronoUnit.DAYS.between(LocalDate.parse(createdDay), day);
                for (long k = 0; k < n; k++) {
                  month.add(wait);
                }
              }
            });
      }
    }
    List<MergeTime> times = new ArrayList<>();
    waits.forEach(
        (month, days) -> {
          if (!days.isEmpty()) {
            long[] sorted = days.stream().mapToLong(Long::longValue).sorted().toArray();
            times.add(new MergeTime(month, sorted.length, median(sorted), p90(sorted)));
          }
        });
    return new ActivityHistory(
        axis.align(created),
        axis.align(merged),
        axis.align(closedUnmerged),
        axis.align(humans),
        axis.align(botCounts),
        times);
  }

  static double median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  /** The 90th percentile by nearest rank. */
  static double p90(long[] sorted) {
    return sorted[(int) Math.ceil(0.9 * sorted.length) - 1];
  }
}
