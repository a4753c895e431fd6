package io.devpulse.report.site;

import java.util.Objects;

/**
 * How long the pull requests merged in one month waited, from opening to merge.
 *
 * @param month {@code 2025-12}
 * @param merged how many were merged
 * @param medianHours the median wait
 * @param p90Hours the 90th percentile (nearest rank)
 */
public record MergeTime(String month, int merged, double medianHours, double p90Hours) {
  public MergeTime {
    Objects.requireNonNull(month, "month");
  }
}
