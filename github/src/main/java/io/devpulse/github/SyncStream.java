package io.devpulse.github;

import java.util.Locale;

/** The lists a sync reads per repository, each with its own checkpoint. */
public enum SyncStream {
  /** Issues and pull requests ({@code /issues}), with their reviews and changed files. */
  ISSUES,
  /** Issue comments of the whole repository ({@code /issues/comments}). */
  COMMENTS,
  /**
   * The repository's releases ({@code /releases}): listed whole each time (the API has no {@code
   * since}), only when asked for.
   */
  RELEASES;

  /**
   * {@code issues}, {@code comments}, {@code releases}: the name in checkpoint keys and messages.
   */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
