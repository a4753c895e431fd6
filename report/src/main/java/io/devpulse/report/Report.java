package io.devpulse.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A report as plain data, independent of language and format: {@link ReportBuilder} makes it from
 * the index, {@link ReportRenderer} writes it. Its JSON form ({@link ReportJson}) is the documented
 * schema.
 *
 * @param statsByRepository in a roll-up, the stats line of each repository (in the order asked),
 *     which add up to {@code stats}; null (absent from the JSON) in a single repository's report
 * @param releases the releases published in the window; null (absent) in a report made by hand
 * @param needsAttention what waits on a maintainer at the window's end; null (absent) in a report
 *     made by hand
 */
public record Report(
    ReportHeader header,
    Stats stats,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<RepositoryStats> statsByRepository,
    WindowCoverage coverage,
    Summary summary,
    AmdSection amd,
    HotDiscussions hotDiscussions,
    Trends trends,
    KeyChanges keyChanges,
    Activity activity,
    Noteworthy noteworthy,
    Appendix appendix,
    @JsonInclude(JsonInclude.Include.NON_NULL) ReleaseList releases,
    @JsonInclude(JsonInclude.Include.NON_NULL) NeedsAttention needsAttention) {

  /** A report without the releases and needs-attention sections (made by hand, as in tests). */
  public Report(
      ReportHeader header,
      Stats stats,
      List<RepositoryStats> statsByRepository,
      WindowCoverage coverage,
      Summary summary,
      AmdSection amd,
      HotDiscussions hotDiscussions,
      Trends trends,
      KeyChanges keyChanges,
      Activity activity,
      Noteworthy noteworthy,
      Appendix appendix) {
    this(
        header,
        stats,
        statsByRepository,
        coverage,
        summary,
        amd,
        hotDiscussions,
        trends,
        keyChanges,
        activity,
        noteworthy,
        appendix,
        null,
        null);
  }

  /** One repository's share of a roll-up's stats line. */
  public record RepositoryStats(String repository, Stats stats) {
    public RepositoryStats {
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(stats, "stats");
    }
  }

  /** A single repository's report. */
  public Report(
      ReportHeader header,
      Stats stats,
      WindowCoverage coverage,
      Summary summary,
      AmdSection amd,
      HotDiscussions hotDiscussions,
      Trends trends,
      KeyChanges keyChanges,
      Activity activity,
      Noteworthy noteworthy,
      Appendix appendix) {
    this(
        header,
        stats,
        null,
        coverage,
        summary,
        amd,
        hotDiscussions,
        trends,
        keyChanges,
        activity,
        noteworthy,
        appendix);
  }

  public Report {
    statsByRepository = statsByRepository == null ? null : List.copyOf(statsByRepository);
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(amd, "amd");
    Objects.requireNonNull(hotDiscussions, "hotDiscussions");
    Objects.requireNonNull(trends, "trends");
    Objects.requireNonNull(keyChanges, "keyChanges");
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(noteworthy, "noteworthy");
    Objects.requireNonNull(appendix, "appendix");
  }
}
