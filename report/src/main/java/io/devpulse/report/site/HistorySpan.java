package io.devpulse.report.site;

import io.devpulse.report.internal.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * The span of a repository's items the site's history pages draw from — the first and the last item
 * created — and the one sentence that says so. (What a sync proved complete is the index's
 * coverage, which the site's report pages state; the charts only claim the items held.)
 */
public record HistorySpan(Instant from, Instant to) {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  public HistorySpan {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "coverage end (" + to + ") must not be before its start (" + from + ")");
    }
  }

  /** "history held from 2025-08-01 to 2026-03-14 (…)", dates in {@code zone}; trusted text. */
  String describe(Messages m, ZoneId zone) {
    return m.format("coverage", DAY.format(from.atZone(zone)), DAY.format(to.atZone(zone)));
  }
}
