package io.devpulse.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the report is about.
 *
 * @param repository {@code owner/name}; in a roll-up the full names joined by {@code " + "}
 * @param project the display name ({@code vLLM})
 * @param from the window's start (inclusive)
 * @param to the window's end (exclusive)
 * @param zone the display zone id ({@code Asia/Shanghai})
 * @param date the report's date: the day of the window's last instant in the display zone
 * @param repositories in a roll-up, the repositories' full names in the order asked; null (absent
 *     from the JSON) for a single repository
 */
public record ReportHeader(
    String repository,
    String project,
    Instant from,
    Instant to,
    String zone,
    String date,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> repositories) {

  /** The header of a single repository's report. */
  public ReportHeader(
      String repository, String project, Instant from, Instant to, String zone, String date) {
    this(repository, project, from, to, zone, date, null);
  }

  public ReportHeader {
    repositories = repositories == null ? null : List.copyOf(repositories);
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(date, "date");
  }
}
