package io.devpulse.app;

import io.devpulse.github.GithubClient;
import java.time.Duration;

/** Durations as people read them, the same way in progress lines, summaries and errors. */
public final class Durations {
  private Durations() {}

  /** {@code 45s}, {@code 2m 5s}, {@code 1h 0m}. */
  public static String human(Duration d) {
    return GithubClient.human(d);
  }
}
