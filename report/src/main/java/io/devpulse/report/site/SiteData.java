package io.devpulse.report.site;

import io.devpulse.report.ReportLanguage;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** What a site shows: one {@link RepositoryHistory} per repository, in one language, dates in one zone. */
public record SiteData(List<RepositoryHistory> repositories, ReportLanguage language, ZoneId zone) {
  public SiteData {
    repositories = List.copyOf(repositories);
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(zone, "zone");
  }
}
