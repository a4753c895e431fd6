package io.devpulse.github;

import java.time.Duration;

/**
 * Durations as people read them, the same way in the client's errors, progress lines and summaries:
 * {@code 45s}, {@code 2m 5s}, {@code 1h 0m}.
 */
public final class Durations {
  private Durations() {}

  /**
   * {@code 45s}, {@code 2m 5s}, {@code 1h 0m}: a wait as people read it (any duration, negative is
   * 0s).
   */
  public static String human(Duration d) {
    if (d.isNegative() || d.isZero()) {
      return "0s";
    }
    if (d.getSeconds() == 0) {
      return d.toMillis() > 0 ? d.toMillis() + "ms" : "0s";
    }
    long seconds =
        d.getSeconds() + (d.toMillisPart() > 0 && d.getSeconds() < Long.MAX_VALUE ? 1 : 0);
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return seconds / 60 + "m" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + "s");
    }
    return seconds / 3600 + "h " + (seconds % 3600) / 60 + "m";
  }
}
