package io.devpulse.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A release's report: what went into it and what broke with it ({@link ReleaseReportBuilder} says
 * how each part is chosen). Its JSON form ({@link ReportJson#writeRelease}) has the schema {@value
 * ReportJson#RELEASE_SCHEMA}.
 *
 * @param project the name in the title
 * @param zone the display zone of times
 * @param release the release reported on
 * @param previous the release before it (by publication time, not a draft), or null when it is the
 *     first one held (the span then starts with the history held); null in the JSON
 * @param next the release after it, or null for the latest
 * @param spanFrom the start of the span of merged pull requests: the previous release's publication
 *     (exclusive), or the first item held
 * @param mergedPullRequests how many pull requests were merged in the span
 * @param topics the merged pull requests grouped by topic, the largest group first; a pull request
 *     without a topic in a group of topic {@code ""}
 * @param regressions issues opened from the release's publication to the next release's (or all
 *     held since) that report a regression naming it ({@link RegressionReports})
 */
public record ReleaseReport(
    String repository,
    String project,
    String zone,
    ReleaseRef release,
    ReleaseRef previous,
    ReleaseRef next,
    Instant spanFrom,
    int mergedPullRequests,
    List<TopicGroup> topics,
    List<ReasonedItem> regressions) {

  /** The merged pull requests of one topic, most urgent first, each with its priority reasons. */
  public record TopicGroup(String topic, List<ReasonedItem> pullRequests) {
    public TopicGroup {
      Objects.requireNonNull(topic, "topic");
      pullRequests = List.copyOf(pullRequests);
    }
  }

  public ReleaseReport {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(release, "release");
    topics = List.copyOf(topics);
    regressions = List.copyOf(regressions);
  }
}
