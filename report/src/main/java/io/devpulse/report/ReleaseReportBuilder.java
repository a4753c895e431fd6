package io.devpulse.report;

import io.devpulse.index.DateField;
import io.devpulse.index.HistoryIndex;
import io.devpulse.index.IndexedItem;
import io.devpulse.index.ItemQuery;
import io.devpulse.index.SearchOptions;
import io.devpulse.index.SearchResult;
import io.devpulse.model.Classification;
import io.devpulse.model.Evidence;
import io.devpulse.model.ItemKind;
import io.devpulse.model.Priority;
import io.devpulse.model.Release;
import io.devpulse.model.Repository;
import io.devpulse.model.UserErrorException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a {@link ReleaseReport} from the index.
 *
 * <ul>
 *   <li>The release: the one tagged exactly {@code tag}, published (not a draft); an unknown tag is
 *       a one-line error naming the nearby tags held.
 *   <li>The span: from the previous release by publication time (published, not a draft,
 *       pre-releases included: what users could install) to this one; merged pull requests are
 *       those merged in {@code (previous, release]}, grouped by topic ({@link #groupOf}) with their
 *       priority reasons.
 *   <li>Regressions: issues opened from the release's publication up to the next release's (chosen
 *       as the previous one is) that report a regression naming its version ({@link
 *       RegressionReports}).
 * </ul>
 *
 * Depends only on the index and the request.
 */
public final class ReleaseReportBuilder {
  /** After any time a record may carry. */
  private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private static final int NEARBY = 5;

  private ReleaseReportBuilder() {}

  /** The group a merged pull request is listed under: its primary topic, {@code ""} for none. */
  static String groupOf(Classification c) {
    return c == null ? "" : c.primary();
  }

  public static ReleaseReport build(HistoryIndex index, ReleaseReportRequest request) {
    Repository repo = request.repository();
    List<Release> published =
        index.releases(repo).stream()
            .filter(r -> !r.draft() && r.publishedAtOrNull() != null)
            .sorted(Comparator.comparing(Release::publishedAtOrNull).thenComparingLong(Release::id))
            .toList();
    Release release =
        published.stream()
            .filter(r -> r.tag().equals(request.tag()))
            .reduce((first, second) -> second)
            .orElseThrow(() -> new UserErrorException(unknown(request.tag(), repo, published)));
    // A stable release's neighbours are stable releases: a release candidate between them neither
    // ends the span of what went in nor the time regressions of the stable one are reported in.
    List<Release> line =
        published.stream()
            .filter(r -> r == release || release.prerelease() || !r.prerelease())
            .toList();
    int at = line.indexOf(release);
    Release previous = at > 0 ? line.get(at - 1) : null;
    Release next = at + 1 < line.size() ? line.get(at + 1) : null;

    Instant from =
        previous != null
            ? previous.publishedAtOrNull().plusMillis(1)
            : HeldHistory.firstCreated(index, repo).orElse(release.publishedAtOrNull());
    Instant to = release.publishedAtOrNull().plusMillis(1);
    List<IndexedItem> merged =
        all(
            index,
            repo,
            ItemQuery.kind(ItemKind.PULL_REQUEST)
                .and(ItemQuery.between(DateField.MERGED, from, to)));
    Map<String, List<IndexedItem>> byTopic = new TreeMap<>();
    for (IndexedItem i : merged) {
      byTopic.computeIfAbsent(groupOf(i.classification()), t -> new ArrayList<>()).add(i);
    }
    Comparator<IndexedItem> urgency =
        Comparator.comparingInt(ReleaseReportBuilder::rank)
            .thenComparing(i -> i.item().mergedAt())
            .thenComparingInt(i -> i.item().number());
    List<ReleaseReport.TopicGroup> topics = new ArrayList<>();
    byTopic.forEach(
        (topic, items) ->
            topics.add(
                new ReleaseReport.TopicGroup(
                    topic,
                    items.stream()
                        .sorted(urgency)
                        .map(i -> reasoned(i, reasons(i.classification())))
                        .toList())));
    // The largest group first, the group without a topic last, else by name.
    topics.sort(
        Comparator.comparing((ReleaseReport.TopicGroup g) -> g.topic().isEmpty())
            .thenComparingInt(g -> -g.pullRequests().size())
            .thenComparing(ReleaseReport.TopicGroup::topic));

    Instant until = next != null ? next.publishedAtOrNull() : LATEST;
    List<ReasonedItem> regressions = new ArrayList<>();
    for (IndexedItem i :
        all(
            index,
            repo,
            ItemQuery.kind(ItemKind.ISSUE)
                .and(ItemQuery.between(DateField.CREATED, release.publishedAtOrNull(), until)))) {
      List<Evidence> why = RegressionReports.reasons(i.classification());
      if (!why.isEmpty() && RegressionReports.namesVersion(i.item(), release.version())) {
        regressions.add(reasoned(i, why));
      }
    }
    return new ReleaseReport(
        repo.fullName(),
        request.projectName(),
        request.zone().getId(),
        ReleaseRefs.of(release),
        previous == null ? null : ReleaseRefs.of(previous),
        next == null ? null : ReleaseRefs.of(next),
        from,
        merged.size(),
        topics,
        regressions);
  }

  private static int rank(IndexedItem i) {
    return i.classification() == null
        ? Priority.NORMAL.ordinal()
        : i.classification().priority().ordinal();
  }

  private static List<Evidence> reasons(Classification c) {
    return c == null ? List.of() : c.priorityReasons();
  }

  private static ReasonedItem reasoned(IndexedItem i, List<Evidence> reasons) {
    return new ReasonedItem(ReportBuilder.ref0(i.item(), i.classification()), reasons);
  }

  /** Every item of {@code repo} matching {@code query}, oldest first. */
  private static List<IndexedItem> all(HistoryIndex index, Repository repo, ItemQuery query) {
    SearchResult result = index.search(query, new SearchOptions(repo, "created", false, 1000));
    if (result.totalHits() > result.items().size()) {
      int all = (int) Math.min(Integer.MAX_VALUE - 8, result.totalHits());
      result = index.search(query, new SearchOptions(repo, "created", false, all));
    }
    return result.items();
  }

  /**
   * "release (v9) is not held": with the tags held that share the longest start with it, newest
   * first, so a typo shows its neighbours.
   */
  private static String unknown(String tag, Repository repo, List<Release> published) {
    if (published.isEmpty()) {
      return "release ("
          + tag
          + ") is not held: the index holds no published release of "
          + repo
          + " (sync --with-releases, or import the releases JSON)";
    }
    String lower = tag.toLowerCase(Locale.ROOT);
    List<String> nearby =
        published.reversed().stream()
            .sorted(
                Comparator.comparingInt(
                    (Release r) -> -commonStart(lower, r.tag().toLowerCase(Locale.ROOT))))
            .limit(NEARBY)
            .map(Release::tag)
            .toList();
    return "release ("
        + tag
        + ") is not a published release of "
        + repo
        + " the index holds; nearby tags: "
        + String.join(", ", nearby);
  }

  private static int commonStart(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }
}
