package io.devpulse.report.site;

import java.util.Objects;

/**
 * How long the pull requests merged in one month waited, in calendar days from the day opened to
 * the day merged (the same day is 0).
 *
 * @param month {@code 2025-12}
 * @param merged how many were merged
 * @param medianDays the median wait
 * @param p90Days the 90th percentile (nearest rank)
 */
public record MergeTime(String month, int merged, double medianDays, double p90Days) {
  public MergeTime {
    Objects.requireNonNull(month, "month");
  }
}
