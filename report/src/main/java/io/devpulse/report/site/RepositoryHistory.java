package io.devpulse.report.site;

import io.devpulse.model.Repository;
import java.util.List;
import java.util.Objects;

/**
 * Everything the site shows of one repository.
 *
 * @param reports the daily reports, oldest first
 * @param otherPosts names of report posts already in the Jekyll source's {@code _posts} for this
 *     repository (e.g. hourly ones by {@code devpulse report --out}), listed in the archive too
 */
public record RepositoryHistory(
    Repository repository,
    HistorySpan coverage,
    WeekAxis weeks,
    boolean lastWeekComplete,
    List<TopicHistory> topics,
    AmdHistory amd,
    ActivityHistory activity,
    List<ReportPage> reports,
    List<String> otherPosts) {
  public RepositoryHistory {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(weeks, "weeks");
    topics = List.copyOf(topics);
    Objects.requireNonNull(amd, "amd");
    Objects.requireNonNull(activity, "activity");
    reports = List.copyOf(reports);
    otherPosts = List.copyOf(otherPosts);
  }
}
