package io.devpulse.report;

import java.time.Instant;
import java.util.Objects;

/**
 * What the report is about.
 *
 * @param repository {@code owner/name}
 * @param project the display name ({@code vLLM})
 * @param from the window's start (inclusive)
 * @param to the window's end (exclusive)
 * @param zone the display zone id ({@code Asia/Shanghai})
 * @param date the report's date: the day of the window's last instant in the display zone
 */
public record ReportHeader(String repository, String project, Instant from, Instant to, String zone, String date) {
  public ReportHeader {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(date, "date");
  }
}
