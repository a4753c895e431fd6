package io.devpulse.report;

import java.util.Objects;

/**
 * A report as plain data, independent of language and format: {@link ReportBuilder} makes it from the
 * index, {@link ReportRenderer} writes it. Its JSON form ({@link ReportJson}) is the documented schema.
 */
public record Report(
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

  public Report {
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
