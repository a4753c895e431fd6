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
 * @param releaseReports a report per published release held, oldest first
 * @param attentionText the releases and needs-attention sections of the latest daily report,
 *     rendered in the site's format ({@code ""} for none): the same lists on the repository's page
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
    List<String> otherPosts,
    List<ReleasePage> releaseReports,
    String attentionText) {

  /** One release's report page. */
  public record ReleasePage(String tag, ReportPage page) {
    public ReleasePage {
      Objects.requireNonNull(tag, "tag");
      Objects.requireNonNull(page, "page");
    }
  }

  /** A repository's history without release reports or needs-attention lists. */
  public RepositoryHistory(
      Repository repository,
      HistorySpan coverage,
      WeekAxis weeks,
      boolean lastWeekComplete,
      List<TopicHistory> topics,
      AmdHistory amd,
      ActivityHistory activity,
      List<ReportPage> reports,
      List<String> otherPosts) {
    this(
        repository,
        coverage,
        weeks,
        lastWeekComplete,
        topics,
        amd,
        activity,
        reports,
        otherPosts,
        List.of(),
        "");
  }

  public RepositoryHistory {
    releaseReports = List.copyOf(releaseReports);
    Objects.requireNonNull(attentionText, "attentionText");
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
