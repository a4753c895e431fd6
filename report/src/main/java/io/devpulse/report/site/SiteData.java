package io.devpulse.report.site;

import io.devpulse.report.ReportLanguage;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What a site shows: one {@link RepositoryHistory} per repository, in one language, dates in one
 * zone.
 *
 * @param rollUpReports with several repositories, the daily roll-up reports over all of them,
 *     oldest first (empty otherwise)
 */
public record SiteData(
    List<RepositoryHistory> repositories,
    ReportLanguage language,
    ZoneId zone,
    List<ReportPage> rollUpReports) {

  public SiteData(List<RepositoryHistory> repositories, ReportLanguage language, ZoneId zone) {
    this(repositories, language, zone, List.of());
  }

  public SiteData {
    repositories = List.copyOf(repositories);
    rollUpReports = List.copyOf(rollUpReports);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(zone, "zone");
  }
}
