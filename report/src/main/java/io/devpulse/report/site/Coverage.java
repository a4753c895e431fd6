package io.devpulse.report.site;

import io.devpulse.report.internal.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * What history of a repository the site stands on, and the one sentence that says so. Until the index
 * records what a sync covered, this is the span of the items held: the first and the last item created.
 * Swap this class (and its message) when real coverage lands; nothing else reads the span's meaning.
 */
public record Coverage(Instant from, Instant to) {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

  public Coverage {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("coverage end (" + to + ") must not be before its start (" + from + ")");
    }
  }

  /** "history held from 2025-08-01 to 2026-03-14 (…)", dates in {@code zone}; trusted text. */
  String describe(Messages m, ZoneId zone) {
    return m.format("coverage", DAY.format(from.atZone(zone)), DAY.format(to.atZone(zone)));
  }
}
